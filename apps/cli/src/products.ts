import type { ApiEndpoint, ProductConfig } from '@proxmox-openapi/core';
import { product as pbs } from '@proxmox-openapi/pbs';
import { product as pve } from '@proxmox-openapi/pve';

export const PRODUCTS: Record<string, ProductConfig> = { pve, pbs };

export const PRODUCT_NAMES = Object.keys(PRODUCTS);

export function productNamed(name: string): ProductConfig | undefined {
  return Object.hasOwn(PRODUCTS, name) ? PRODUCTS[name] : undefined;
}

export function detectProduct(endpoints: ApiEndpoint[]): ProductConfig | undefined {
  const paths = new Set(endpoints.map((endpoint) => endpoint.path));
  const found = PRODUCT_NAMES.filter((name) => paths.has(PRODUCTS[name]!.markerPath));
  return found.length === 1 ? PRODUCTS[found[0]!] : undefined;
}
