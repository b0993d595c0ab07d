import type { SchemaOverride } from '@proxmox-openapi/core';

/**
 * Where the PBS apidoc contradicts itself, one line and one reason per fix.
 * The generator reports each contradiction it meets; an entry here settles it
 * and is recorded in the document as `x-proxmox-override`.
 */
export const OVERRIDES: SchemaOverride[] = [
  {
    operation: 'POST /nodes/{node}/disks/zfs',
    parameter: 'compression',
    set: { default: 'on' },
    reason:
      'the default is written "On", the Rust variant name; the enum, and the server, ' +
      'spell it "on"',
  },
];
