import { describe, expect, it } from 'vitest';
import { emitDocument } from '../src/emit/document.js';
import { indexedNamePattern, rangePattern } from '../src/emit/indexed.js';
import type { ApiMethod, ApiSchema } from '../src/model.js';
import type { ProductConfig } from '../src/product.js';
import { collectEndpoints } from '../src/source/normalize.js';
import { testProduct } from './fixtures.js';

function emit(path: string, method: string, api: ApiMethod, product: ProductConfig = testProduct) {
  const endpoints = collectEndpoints([{ path, text: 'x', info: { [method]: api } }], 'x.js');
  const result = emitDocument(endpoints, product, {
    apidocSha256: '0'.repeat(64),
    generatorVersion: '0',
  });
  const document = result.document as any;
  const op = document.paths[path][method.toLowerCase()];
  const deref = (schema: any) =>
    schema?.$ref ? document.components.schemas[schema.$ref.split('/').pop()] : schema;
  return { document, op, deref, diagnostics: result.diagnostics };
}

describe('rangePattern', () => {
  it.each([1, 4, 8, 10, 14, 16, 31, 32, 100, 256, 1000])(
    'accepts exactly 0..%i-1 without leading zeros',
    (count) => {
      const re = new RegExp(`^(?:${rangePattern(count - 1)})$`, 'u');
      for (let n = 0; n < count + 50; n++) expect(re.test(String(n))).toBe(n < count);
      expect(re.test('01')).toBe(false);
      expect(re.test('')).toBe(false);
    },
  );
});

describe('indexed parameters', () => {
  const product = { ...testProduct, indexedParameters: { net: 32 } };
  const net = { type: 'string', optional: 1, description: 'NIC' };

  it('names the real body keys with a bounded patternProperties regex', () => {
    const { op, deref } = emit(
      '/vm',
      'POST',
      { parameters: { properties: { 'net[n]': net } } },
      product,
    );
    const body = deref(op.requestBody.content['application/json'].schema);
    expect(body.properties).toEqual({});
    const [pattern, schema] = Object.entries(body.patternProperties)[0] as [string, any];
    expect(pattern).toBe(indexedNamePattern('net', 32));
    const re = new RegExp(pattern, 'u');
    expect(['net0', 'net9', 'net31'].every((n) => re.test(n))).toBe(true);
    expect(['net', 'net32', 'net01', 'xnet0', 'net[n]'].some((n) => re.test(n))).toBe(false);
    expect(schema['x-proxmox-indexed']).toEqual({ prefix: 'net', count: 32 });
  });

  it('lists every slot as its own query parameter', () => {
    const { op } = emit('/vm', 'GET', { parameters: { properties: { 'net[n]': net } } }, product);
    expect(op.parameters.map((p: any) => p.name)).toEqual(
      Array.from({ length: 32 }, (_, i) => `net${i}`),
    );
  });

  it('reports a family without a known limit', () => {
    const { diagnostics } = emit('/vm', 'POST', { parameters: { properties: { 'foo[n]': net } } });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'indexed parameter foo[n] has no known limit; any index is accepted',
    ]);
  });
});

describe('property strings', () => {
  it('puts equal formats into one component and refers to it', () => {
    const format = {
      model: { type: 'string', default_key: 1 },
      bridge: { type: 'string', optional: 1 },
    };
    const { op, deref, document } = emit('/vm', 'POST', {
      parameters: {
        properties: {
          a: { type: 'string', format },
          b: { type: 'string', format: structuredClone(format) },
        },
      },
    });
    const body = deref(op.requestBody.content['application/json'].schema);
    expect(body.properties.a['x-proxmox-format']).toEqual({
      $ref: '#/components/schemas/postVm.a',
    });
    expect(body.properties.b['x-proxmox-format']).toEqual(body.properties.a['x-proxmox-format']);
    expect(document.components.schemas['postVm.a']['x-proxmox-default-key']).toBe('model');
  });

  it('takes a PBS format, which is a whole object schema with default_key', () => {
    const { op, deref } = emit('/x', 'POST', {
      parameters: {
        properties: {
          mode: {
            type: 'string',
            format: {
              type: 'object',
              default_key: 'type',
              additionalProperties: false,
              properties: {
                type: { type: 'string', enum: ['offline'] },
                message: { type: 'string', optional: 1 },
              },
            },
          },
        },
      },
    });
    const body = deref(op.requestBody.content['application/json'].schema);
    expect(deref(body.properties.mode['x-proxmox-format'])).toEqual({
      type: 'object',
      properties: { type: { type: 'string', enum: ['offline'] }, message: { type: 'string' } },
      required: ['type'],
      additionalProperties: false,
      'x-proxmox-default-key': 'type',
    });
  });
});

describe('polymorphic parameters', () => {
  it('becomes a oneOf of one component per kind, with a discriminator', () => {
    const { op, deref } = emit('/rules', 'POST', {
      parameters: {
        properties: {
          type: { type: 'string', enum: ['node-affinity', 'resource-affinity'] },
          rule: { type: 'string' },
          nodes: { type: 'string', 'instance-types': ['node-affinity'], 'type-property': 'type' },
          affinity: {
            type: 'string',
            optional: 1,
            'instance-types': ['resource-affinity'],
            'type-property': 'type',
          },
          delete: {
            type: 'array',
            'type-property': 'type',
            oneOf: [
              {
                'instance-types': ['node-affinity'],
                type: 'array',
                optional: 1,
                items: { enum: ['nodes'], type: 'string' },
              },
              {
                'instance-types': ['resource-affinity'],
                type: 'array',
                optional: 1,
                items: { enum: ['affinity'], type: 'string' },
              },
            ],
          },
        },
      },
    });
    const body = deref(op.requestBody.content['application/json'].schema);
    expect(body.discriminator.propertyName).toBe('type');
    const [node, resource] = body.oneOf.map(deref);
    expect(body.discriminator.mapping).toEqual({
      'node-affinity': body.oneOf[0].$ref,
      'resource-affinity': body.oneOf[1].$ref,
    });
    expect(Object.keys(node.properties)).toEqual(['type', 'rule', 'nodes', 'delete']);
    expect(node.properties.type.const).toBe('node-affinity');
    expect(node.required).toEqual(['type', 'rule', 'nodes']);
    expect(node.properties.delete.items.enum).toEqual(['nodes']);
    expect(Object.keys(resource.properties)).toEqual(['type', 'rule', 'affinity', 'delete']);
    expect(resource.required).toEqual(['type', 'rule']);
  });
});

describe('overrides', () => {
  const product: ProductConfig = {
    ...testProduct,
    overrides: [
      { operation: 'POST /storage', parameter: 'step', set: { enum: [1, 2] }, reason: 'because' },
      { operation: 'POST /storage', parameter: 'gone', set: { default: 1 }, reason: 'stale' },
    ],
  };

  it('corrects the parameter, records what it replaced, and skips an absent target', () => {
    const { op, deref, diagnostics } = emit(
      '/storage',
      'POST',
      { parameters: { properties: { step: { type: 'integer', enum: ['1', '2'] } } } },
      product,
    );
    const step = deref(op.requestBody.content['application/json'].schema).properties.step;
    expect(step.enum).toEqual([1, 2]);
    expect(step['x-proxmox-override']).toEqual({
      reason: 'because',
      replaced: JSON.stringify({ enum: ['1', '2'] }),
    });
    expect(diagnostics).toEqual([]);
  });

  it('reports the contradiction when no override settles it', () => {
    const { diagnostics } = emit('/storage', 'POST', {
      parameters: { properties: { step: { type: 'integer', enum: ['1', '2'] } } },
    });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'integer with an enum of strings ["1","2"]',
    ]);
  });
});

describe('responses', () => {
  it('says what a directory index is', () => {
    const { op } = emit('/nodes', 'GET', {
      returns: {
        type: 'array',
        items: { type: 'object' },
        links: [{ rel: 'child', href: '{node}' }],
      },
    });
    const data = op.responses['200'].content['application/json'].schema.properties.data;
    expect(data.description).toMatch(/^Directory index: .* `\{node\}`/);
    expect(data['x-proxmox-links']).toEqual([{ rel: 'child', href: '{node}' }]);
  });

  it('offers the file itself where download_allowed is set', () => {
    const { op } = emit('/log', 'GET', { download_allowed: 1, returns: { type: 'any' } });
    expect(Object.keys(op.responses['200'].content)).toEqual([
      'application/json',
      'application/octet-stream',
    ]);
  });

  it.each([
    ['DOWNLOAD', 'GET'],
    ['UPLOAD', 'POST'],
  ])('treats a PBS %s as a binary transfer', (kind, method) => {
    const { op } = emit('/chunk', method, {
      method: kind,
      parameters: { properties: { digest: { type: 'string' } } },
    });
    expect(op['x-proxmox-method']).toBe(kind);
    expect(op.parameters.map((p: any) => [p.name, p.in])).toEqual([['digest', 'query']]);
    if (kind === 'UPLOAD') {
      expect(Object.keys(op.requestBody.content)).toEqual(['application/octet-stream']);
    } else {
      expect(Object.keys(op.responses['200'].content)).toEqual(['application/octet-stream']);
    }
  });

  it('puts a prose default into the description, not into default', () => {
    const { op } = emit('/vm', 'GET', {
      parameters: {
        properties: {
          units: {
            type: 'integer',
            optional: 1,
            description: 'CPU weight.',
            default: 'cgroup v1: 1024',
          },
        },
      },
    });
    expect(op.parameters[0].schema).toEqual({
      type: 'integer',
      description: 'CPU weight.\n\nDefault: cgroup v1: 1024',
      'x-proxmox-default': 'cgroup v1: 1024',
    });
  });
});

describe('contradictions and conventions of the apidoc', () => {
  it('reads a property named {id} as a map keyed by ids', () => {
    const { op } = emit('/metadata', 'GET', {
      returns: {
        type: 'object',
        properties: { mds: { type: 'object', properties: { '{id}': { type: 'object' } } } },
      },
    });
    const data = op.responses['200'].content['application/json'].schema.properties.data;
    expect(data.properties.mds).toEqual({
      type: 'object',
      properties: {},
      additionalProperties: { type: 'object', 'x-proxmox-key': 'id' },
    });
    expect(data.required).toEqual(['mds']);
  });

  it.each<[string, ApiSchema, string]>([
    [
      'below the minimum',
      { type: 'integer', minimum: 1, default: 0 },
      'default 0 is below the minimum',
    ],
    [
      'above the maximum',
      { type: 'integer', maximum: 1, default: 2 },
      'default 2 is above the maximum',
    ],
    ['too long', { type: 'string', maxLength: 2, default: 'abc' }, 'default "abc" is too long'],
    [
      'off the pattern',
      { type: 'string', pattern: '[a-z]+', default: 'A1' },
      'default "A1" does not match the pattern',
    ],
  ])('reports a default %s and keeps it out of default', (_, schema, message) => {
    const { op, diagnostics } = emit('/x', 'GET', { parameters: { properties: { p: schema } } });
    expect(op.parameters[0].schema.default).toBeUndefined();
    expect(op.parameters[0].schema['x-proxmox-default']).toBe(
      (schema as { default: unknown }).default,
    );
    expect(diagnostics.map((d) => d.message)).toEqual([message]);
  });

  it.each<[string, ApiSchema, string]>([
    ['an array with properties', { type: 'array', properties: {} }, 'an array with properties'],
    ['an object with items', { type: 'object', items: {} }, 'an object with items'],
  ])('reports %s', (_, returns, message) => {
    expect(emit('/x', 'GET', { returns }).diagnostics.map((d) => d.message)).toEqual([message]);
  });

  it('leaves out an empty summary and description', () => {
    const { op } = emit('/x', 'GET', { description: '' });
    expect(op.summary).toBeUndefined();
    expect(op.description).toBeUndefined();
  });

  it('corrects a property of returns in several operations with one entry', () => {
    const product: ProductConfig = {
      ...testProduct,
      overrides: [
        { operation: ['GET /a', 'GET /b'], returns: 'osd', set: { type: 'object' }, reason: 'r' },
      ],
    };
    const returns = { type: 'object', properties: { osd: { type: 'array', properties: {} } } };
    for (const path of ['/a', '/b']) {
      const { op, diagnostics } = emit(path, 'GET', { returns }, product);
      const data = op.responses['200'].content['application/json'].schema.properties.data;
      expect(data.properties.osd.type).toBe('object');
      expect(diagnostics).toEqual([]);
    }
  });
});
