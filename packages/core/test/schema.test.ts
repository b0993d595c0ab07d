import { describe, expect, it } from 'vitest';
import { createContext } from '../src/emit/context.js';
import { convertSchema } from '../src/emit/schema.js';
import type { ApiSchema } from '../src/model.js';
import { testProduct } from './fixtures.js';

function convert(schema: ApiSchema) {
  const ctx = createContext(testProduct);
  ctx.scope = 'op';
  return {
    schema: convertSchema(schema, ctx, 'here.param'),
    diagnostics: ctx.diagnostics,
    components: ctx.components,
  };
}

// given -> want, written from the meaning of PVE::JSONSchema's fields.
describe('convertSchema', () => {
  it.each<[string, ApiSchema, Record<string, unknown>]>([
    ['a plain string', { type: 'string', description: 'd' }, { type: 'string', description: 'd' }],
    ['boolean default 0', { type: 'boolean', default: 0 }, { type: 'boolean', default: false }],
    ['boolean default "1"', { type: 'boolean', default: '1' }, { type: 'boolean', default: true }],
    [
      'boolean default "on"',
      { type: 'boolean', default: 'on' },
      { type: 'boolean', default: true },
    ],
    [
      'numbers as strings',
      { type: 'integer', minimum: '0', maximum: '10', default: '4' },
      { type: 'integer', minimum: 0, maximum: 10, default: 4 },
    ],
    [
      'lengths',
      { type: 'string', minLength: 1, maxLength: '64' },
      { type: 'string', minLength: 1, maxLength: 64 },
    ],
    [
      'an enum of an integer',
      { type: 'integer', enum: ['1', 2] },
      { type: 'integer', enum: [1, 2] },
    ],
    [
      'a prose default',
      { type: 'integer', default: 'cgroup v1: 1024, cgroup v2: 100' },
      {
        type: 'integer',
        description: 'Default: cgroup v1: 1024, cgroup v2: 100',
        'x-proxmox-default': 'cgroup v1: 1024, cgroup v2: 100',
      },
    ],
    [
      'a default outside the enum',
      { type: 'string', enum: ['a'], default: 'b' },
      { type: 'string', enum: ['a'], description: 'Default: b', 'x-proxmox-default': 'b' },
    ],
    ['type any', { type: 'any', description: 'x' }, { description: 'x' }],
    ['type null', { type: 'null' }, { type: 'null' }],
    ['no type', {}, {}],
    ['an array without items', { type: 'array' }, { type: 'array', items: {} }],
    [
      'a list format',
      { type: 'string', format: 'pve-configid-list' },
      {
        type: 'string',
        format: 'pve-configid-list',
        'x-proxmox-format-base': 'pve-configid',
        'x-proxmox-format-kind': 'list',
      },
    ],
    [
      'a format name',
      { type: 'string', format: 'pve-vmid' },
      { type: 'string', format: 'pve-vmid' },
    ],
    [
      'typetext and requires',
      { type: 'string', typetext: '<string>', requires: 'b' },
      { type: 'string', 'x-proxmox-typetext': '<string>', 'x-proxmox-requires': 'b' },
    ],
    [
      'format_description',
      { type: 'string', format_description: 'XX' },
      { type: 'string', 'x-proxmox-format-description': 'XX' },
    ],
    [
      'additionalProperties 0',
      { type: 'object', additionalProperties: 0 },
      { type: 'object', additionalProperties: false },
    ],
    [
      'additionalProperties as a schema',
      { type: 'object', additionalProperties: { type: 'integer' } },
      { type: 'object', additionalProperties: { type: 'integer' } },
    ],
    [
      'optional drops out of the property itself',
      { type: 'string', optional: 1 },
      { type: 'string' },
    ],
  ])('%s', (_, given, want) => {
    expect(convert(given).schema).toEqual(want);
  });

  it('lists properties that are not optional as required', () => {
    const { schema } = convert({
      type: 'object',
      properties: {
        a: { type: 'string' },
        b: { type: 'string', optional: 1 },
        c: { type: 'string', optional: '1' },
        d: { type: 'string', optional: 0 },
        e: { type: 'string', optional: true },
        f: { type: 'string', optional: 'no' },
        g: { type: 'string', optional: '' },
        h: { type: 'string', optional: false },
      },
    });
    // Perl truth: the string "no" is true, so PVE treats f as optional.
    expect(schema.required).toEqual(['a', 'd', 'g', 'h']);
    expect(Object.keys(schema.properties as object)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });

  it('keeps the server regex and reports one it cannot translate', () => {
    const { schema, diagnostics } = convert({ type: 'string', pattern: '(?{ code })' });
    expect(schema.pattern).toBeUndefined();
    expect(schema['x-proxmox-pattern']).toBe('(?{ code })');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.where).toBe('here.param');
  });

  it('warns about an unknown type and accepts any value', () => {
    const { schema, diagnostics } = convert({ type: 'frobnicate' });
    expect(schema).toEqual({ 'x-proxmox-type': 'frobnicate' });
    expect(diagnostics[0]!.message).toMatch(/unknown type "frobnicate"/);
  });

  it('describes a property string in x-proxmox-format', () => {
    const { schema, components } = convert({
      type: 'string',
      format: {
        model: { type: 'string', enum: ['virtio', 'e1000'], default_key: 1 },
        macaddr: { type: 'string', optional: 1 },
        firewall: { type: 'boolean', optional: 1, default: 0 },
        virtio: { alias: 'macaddr', keyAlias: 'model' },
        size: { alias: 'disk' },
      },
    });
    expect(schema).toEqual({
      type: 'string',
      'x-proxmox-format': { $ref: '#/components/schemas/op.param' },
    });
    expect(components.get('op.param')).toEqual({
      type: 'object',
      properties: {
        model: { type: 'string', enum: ['virtio', 'e1000'] },
        macaddr: { type: 'string' },
        firewall: { type: 'boolean', default: false },
      },
      required: ['model'],
      additionalProperties: false,
      'x-proxmox-default-key': 'model',
      'x-proxmox-aliases': {
        virtio: { alias: 'macaddr', keyAlias: 'model' },
        size: { alias: 'disk' },
      },
    });
  });
});
