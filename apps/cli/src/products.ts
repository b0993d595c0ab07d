import type { ProductConfig } from '@proxmox-openapi/core';
import { product as pbs } from '@proxmox-openapi/pbs';
import { product as pve } from '@proxmox-openapi/pve';

export const PRODUCTS: Record<string, ProductConfig> = { pve, pbs };

export function productNamed(name: string): ProductConfig | undefined {
  return Object.hasOwn(PRODUCTS, name) ? PRODUCTS[name] : undefined;
}
