import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { emitDocument } from '../../src/emit/document.js';
import { filterPaths, underPrefix } from '../../src/filter/filter.js';
import { collectRefs, resolvePointer } from '../../src/filter/refs.js';
import { parseApidocBytes } from '../../src/source/read.js';
import { testProduct } from '../fixtures.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const op = (tag: string, schema: unknown) => ({
  tags: [tag],
  responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
});

/** A hand-made document: A uses B, B uses C, D is used by /cluster only, E by a mapping. */
const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  tags: [{ name: 'nodes' }, { name: 'cluster' }, { name: 'pools' }],
  paths: {
    '/nodes': { get: op('nodes', ref('A')) },
    '/nodes/{node}': {
      get: op('nodes', {
        oneOf: [ref('E')],
        discriminator: { propertyName: 'k', mapping: { e: '#/components/schemas/E' } },
      }),
    },
    '/nodesx': { get: op('nodes', {}) },
    '/cluster': { get: op('cluster', ref('D')) },
  },
  components: {
    schemas: {
      A: { type: 'object', properties: { b: ref('B') } },
      B: { type: 'array', items: ref('C') },
      C: { type: 'string' },
      D: { type: 'integer' },
      E: { type: 'object', properties: { k: { type: 'string' } } },
      'a~b/c': { type: 'string' },
    },
    securitySchemes: { Token: { type: 'apiKey', in: 'header', name: 'Authorization' } },
  },
};

const schemaNames = (doc: Record<string, any>) => Object.keys(doc.components?.schemas ?? {});

describe('underPrefix', () => {
  const rows: [string, string, boolean][] = [
    ['/nodes', '/nodes', true],
    ['/nodes/{node}', '/nodes', true],
    ['/nodesx', '/nodes', false],
    ['/cluster', '/nodes', false],
    ['/anything', '', true],
  ];
  it.each(rows)('%s under %s is %s', (path, prefix, want) => {
    expect(underPrefix(path, prefix)).toBe(want);
  });
});

describe('filterPaths', () => {
  const rows: [string, { include?: string[]; exclude?: string[] }, string[], string[], string[]][] =
    [
      [
        'everything',
        {},
        ['/nodes', '/nodes/{node}', '/nodesx', '/cluster'],
        ['A', 'B', 'C', 'D', 'E'],
        ['nodes', 'cluster'],
      ],
      [
        'a prefix, whole segments only',
        { include: ['/nodes/'] },
        ['/nodes', '/nodes/{node}'],
        ['A', 'B', 'C', 'E'],
        ['nodes'],
      ],
      ['a prefix without its slash', { include: ['cluster'] }, ['/cluster'], ['D'], ['cluster']],
      [
        'include then exclude',
        { include: ['/nodes'], exclude: ['/nodes/{node}'] },
        ['/nodes'],
        ['A', 'B', 'C'],
        ['nodes'],
      ],
      ['nothing left', { include: ['/pools'] }, [], [], []],
    ];
  it.each(rows)('%s', (_name, filter, paths, schemas, tags) => {
    const out = filterPaths(structuredClone(document), filter) as Record<string, any>;
    expect(Object.keys(out.paths)).toEqual(paths);
    expect(schemaNames(out)).toEqual(schemas);
    expect(out.tags.map((t: { name: string }) => t.name)).toEqual(tags);
    expect(Object.keys(out.components.securitySchemes)).toEqual(['Token']);
    for (const target of collectRefs(out))
      expect(resolvePointer(out, target), target).toBeDefined();
  });

  it('leaves its input unchanged', () => {
    const input = structuredClone(document);
    filterPaths(input, { include: ['/cluster'] });
    expect(input).toEqual(document);
  });
});

describe('filterPaths on a real apidoc', () => {
  const file = resolve(import.meta.dirname, '../../../../../shared/apidoc/pve/2026-01-04.js');
  const apidoc = parseApidocBytes(readFileSync(file), file);
  const full = emitDocument(apidoc.endpoints, testProduct, {
    apidocSha256: '0'.repeat(64),
    generatorVersion: 'test',
  }).document;

  it('keeps only /nodes/{node}/qemu and its references, and stays valid', async () => {
    const out = filterPaths(full, { include: ['/nodes/{node}/qemu'] }) as Record<string, any>;
    const paths = Object.keys(out.paths);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.every((p) => p.startsWith('/nodes/{node}/qemu'))).toBe(true);
    for (const target of collectRefs(out))
      expect(resolvePointer(out, target), target).toBeDefined();
    await expect(SwaggerParser.validate(structuredClone(out) as never)).resolves.toBeTruthy();
  });
});
