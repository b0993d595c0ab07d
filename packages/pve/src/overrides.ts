import type { SchemaOverride } from '@proxmox-openapi/core';

/**
 * Where the PVE apidoc contradicts itself, one line and one reason per fix.
 * The generator reports each contradiction it meets; an entry here settles it
 * and is recorded in the document as `x-proxmox-override`.
 */
export const OVERRIDES: SchemaOverride[] = [
  {
    operation: 'POST /storage',
    parameter: 'saferemove-stepsize',
    set: { enum: [1, 2, 4, 8, 16, 32] },
    reason: 'declared an integer with an enum of strings; pve-storage reads it as an integer',
  },
  {
    operation: 'PUT /storage/{storage}',
    parameter: 'saferemove-stepsize',
    set: { enum: [1, 2, 4, 8, 16, 32] },
    reason: 'declared an integer with an enum of strings; pve-storage reads it as an integer',
  },
  {
    operation: 'GET /nodes/{node}/config',
    parameter: 'property',
    set: { default: undefined },
    reason:
      'the default "all" is not in the enum: it says what leaving the parameter out ' +
      'means, and the server refuses "all" as a value',
  },
];
