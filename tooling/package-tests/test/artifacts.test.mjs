// Given -> want tables for the pieces of the product packages' generated
// modules (packages/core/bin/artifacts), on small hand-written documents.
import { describe, expect, it } from 'vitest';
import { withIndexedSlots } from '../../../packages/core/bin/artifacts/indexed-slots.mjs';
import { collectPropertyFormats } from '../../../packages/core/bin/artifacts/property-format-collect.mjs';
import {
  camelCase,
  nameFormats,
} from '../../../packages/core/bin/artifacts/property-format-names.mjs';
import { valueType } from '../../../packages/core/bin/artifacts/property-format-type.mjs';

const NET = { type: 'object', properties: { model: { type: 'string' } }, required: ['model'] };
const LXC_NET = { type: 'object', properties: { name: { type: 'string' } } };

describe('camelCase', () => {
  it.each([
    ['net[n]', 'net'],
    ['tag-style', 'tagStyle'],
    ['ring0_addr', 'ring0Addr'],
    ['acmedomain0', 'acmedomain0'],
    ['3d', '_3d'],
  ])('%s -> %s', (given, want) => expect(camelCase(given)).toBe(want));
});

describe('nameFormats', () => {
  it('names a parameter with one format after it, and qualifies one with several', () => {
    const formats = [
      { parameter: 'net[n]', endpoint: 'POST /nodes/{node}/qemu' },
      { parameter: 'tag-style', endpoint: 'PUT /cluster/options' },
      { parameter: 'net[n]', endpoint: 'POST /nodes/{node}/lxc' },
      { parameter: 'default', endpoint: 'PUT /x' },
    ];
    expect(nameFormats(formats)).toEqual(['qemuNet', 'tagStyle', 'lxcNet', 'defaultFormat']);
  });

  it('numbers names that still collide', () => {
    const formats = [
      { parameter: 'map', endpoint: 'POST /a/dir' },
      { parameter: 'map', endpoint: 'GET /b/dir' },
    ];
    expect(nameFormats(formats)).toEqual(['dirMap', 'dirMap2']);
  });
});

describe('valueType', () => {
  it('types keys by schema, optional unless required, with enums as unions', () => {
    const format = {
      properties: {
        model: { type: 'string', enum: ['virtio', 'e1000'] },
        firewall: { type: 'boolean', description: 'Firewall.\nOn or off.\n\nMore.' },
        'link-down': { type: 'boolean' },
        mtu: { type: 'integer' },
        other: {},
      },
      required: ['model'],
    };
    expect(valueType(format)).toBe(
      [
        '{',
        '  model: "virtio" | "e1000";',
        '  /** Firewall. On or off. */',
        '  firewall?: boolean;',
        '  "link-down"?: boolean;',
        '  mtu?: number;',
        '  other?: unknown;',
        '}',
      ].join('\n'),
    );
  });
});

describe('collectPropertyFormats', () => {
  const document = {
    paths: {
      '/nodes/{node}/qemu': {
        post: {
          requestBody: {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/qemu' } } },
          },
        },
        get: { parameters: [{ name: 'net0', schema: { 'x-proxmox-format': NET } }] },
      },
      '/nodes/{node}/lxc': {
        post: {
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  patternProperties: {
                    '^net[0-9]$': {
                      'x-proxmox-format': LXC_NET,
                      'x-proxmox-indexed': { prefix: 'net', count: 10 },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        qemu: {
          properties: {
            'net[n]': { 'x-proxmox-format': { $ref: '#/components/schemas/qemu.net' } },
          },
        },
        'qemu.net': NET,
      },
    },
  };

  it('finds formats through $refs, query parameters and indexed patternProperties', () => {
    const { formats, occurrences } = collectPropertyFormats(document);
    expect(formats).toEqual([
      { parameter: 'net[n]', format: NET, endpoint: 'POST /nodes/{node}/qemu' },
      { parameter: 'net0', format: NET, endpoint: 'GET /nodes/{node}/qemu' },
      { parameter: 'net[n]', format: LXC_NET, endpoint: 'POST /nodes/{node}/lxc' },
    ]);
    expect(occurrences).toEqual([
      { endpoint: 'POST /nodes/{node}/qemu', parameter: 'net[n]', index: 0 },
      { endpoint: 'GET /nodes/{node}/qemu', parameter: 'net0', index: 1 },
      { endpoint: 'POST /nodes/{node}/lxc', parameter: 'net[n]', index: 2 },
    ]);
  });
});

describe('withIndexedSlots', () => {
  it('spells an indexed patternProperties entry out as optional slots, leaving others', () => {
    const slot = {
      type: 'string',
      description: 'A disk.',
      'x-proxmox-indexed': { prefix: 'ide', count: 2 },
    };
    const schema = {
      type: 'object',
      properties: { vmid: { type: 'integer' } },
      patternProperties: { '^ide[01]$': slot, '^x-': { type: 'string' } },
    };
    const copy = withIndexedSlots({ components: { schemas: { body: schema } } });
    expect(copy.components.schemas.body).toEqual({
      type: 'object',
      properties: { vmid: { type: 'integer' }, ide0: slot, ide1: { type: 'string' } },
      patternProperties: { '^x-': { type: 'string' } },
    });
    expect(schema.patternProperties['^ide[01]$']).toBe(slot);
  });
});
