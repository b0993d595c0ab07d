import type { ApiEndpoint, ProductConfig } from '@proxmox-openapi/core';
import { product as pbs } from '@proxmox-openapi/pbs';
import { product as pve } from '@proxmox-openapi/pve';

export const PRODUCTS: Record<string, ProductConfig> = { pve, pbs };

export const PRODUCT_NAMES = Object.keys(PRODUCTS);

/**
 * Where the API viewer's file lies on a host of the product: the folder that
 * the web server maps to the viewer's URL. PVE's pveproxy serves `/pve-docs/`
 * from `/usr/share/pve-docs` (package pve-docs). PBS's proxmox-backup-proxy
 * maps `/docs` to `/usr/share/doc/proxmox-backup/html` (its `add_alias("docs",
 * ...)`, package proxmox-backup-docs), so the file is not under
 * `/usr/share/javascript/proxmox-backup/`, where PBS keeps its own GUI code.
 */
export const HOST_APIDOC: Record<string, string> = {
  pve: '/usr/share/pve-docs/api-viewer/apidoc.js',
  pbs: '/usr/share/doc/proxmox-backup/html/api-viewer/apidoc.js',
};

/**
 * Paths that only one product has, to tell an apidoc's product when the
 * command line does not name it: guests for PVE, datastores for PBS.
 */
const MARKERS: Record<string, string> = {
  pve: '/nodes/{node}/qemu',
  pbs: '/admin/datastore',
};

export function productNamed(name: string): ProductConfig | undefined {
  return Object.hasOwn(PRODUCTS, name) ? PRODUCTS[name] : undefined;
}

export function detectProduct(endpoints: ApiEndpoint[]): ProductConfig | undefined {
  const paths = new Set(endpoints.map((endpoint) => endpoint.path));
  const found = PRODUCT_NAMES.filter((name) => paths.has(MARKERS[name]!));
  return found.length === 1 ? PRODUCTS[found[0]!] : undefined;
}
