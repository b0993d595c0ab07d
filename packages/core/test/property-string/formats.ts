import type { PropertyFormat } from '../../src/property-string/format.js';

/**
 * Hand-written formats in the shape `convertPropertyFormat` gives them, after
 * PVE's qemu `net[n]` and `agent` and a made-up disk; patterns are already
 * anchored as the emitter writes them.
 */
export const net: PropertyFormat = {
  type: 'object',
  properties: {
    model: { type: 'string', enum: ['e1000', 'virtio'] },
    macaddr: { type: 'string', format: 'mac-addr' },
    bridge: { type: 'string', format: 'pve-bridge-id' },
    firewall: { type: 'boolean' },
    tag: { type: 'integer', minimum: 1, maximum: 4094 },
    rate: { type: 'number', minimum: 0 },
    trunks: {
      type: 'string',
      pattern: '^(?:\\d+(?:;\\d+)*)\\n?$',
      'x-proxmox-pattern': '(?^:\\d+(?:;\\d+)*)',
    },
  },
  required: ['model'],
  additionalProperties: false,
  'x-proxmox-default-key': 'model',
  'x-proxmox-aliases': {
    e1000: { alias: 'macaddr', keyAlias: 'model' },
    virtio: { alias: 'macaddr', keyAlias: 'model' },
  },
};

export const agent: PropertyFormat = {
  type: 'object',
  properties: {
    enabled: { type: 'boolean', default: false },
    type: { type: 'string', enum: ['virtio', 'isa'] },
  },
  required: ['enabled'],
  additionalProperties: false,
  'x-proxmox-default-key': 'enabled',
};

export const disk: PropertyFormat = {
  type: 'object',
  properties: {
    file: { type: 'string', format: 'pve-volume-id' },
    size: { type: 'string', format: 'disk-size' },
    name: { type: 'string', maxLength: 4, minLength: 2 },
    serial: { type: 'string', 'x-proxmox-pattern': '(?{ code })' },
    backup: { type: 'boolean', 'x-proxmox-requires': 'size' },
  },
  required: ['size'],
  additionalProperties: false,
  'x-proxmox-aliases': { volume: { alias: 'file' } },
};

export const wakeOnLan: PropertyFormat = {
  type: 'object',
  properties: {
    mac: { type: 'string', format: 'mac-addr' },
    'bind-interface': { type: 'string', format: 'pve-iface' },
  },
  required: ['mac'],
  additionalProperties: false,
  'x-proxmox-default-key': 'mac',
};
