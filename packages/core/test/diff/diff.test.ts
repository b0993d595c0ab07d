import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/change.js';
import { diffDocuments } from '../../src/diff/diff.js';
import { diffToMarkdown } from '../../src/diff/markdown.js';
import { emitDocument } from '../../src/emit/document.js';
import { parseApidocBytes } from '../../src/source/read.js';
import { testProduct } from '../fixtures.js';

type Schema = Record<string, unknown>;

/** A document with one operation, `POST /x`, taking `query` parameters and a body. */
function doc(options: { query?: Record<string, [boolean, Schema]>; body?: Schema; data?: Schema }) {
  const parameters = Object.entries(options.query ?? {}).map(([name, [required, schema]]) => ({
    name,
    in: 'query',
    required,
    schema,
  }));
  const operation: Schema = {
    parameters,
    responses: {
      '200': {
        description: 'ok',
        content: {
          'application/json': {
            schema: { type: 'object', properties: { data: options.data ?? {} } },
          },
        },
      },
    },
  };
  if (options.body) {
    operation.requestBody = { content: { 'application/json': { schema: options.body } } };
  }
  return {
    openapi: '3.1.0',
    paths: { '/x': { post: operation } },
    components: { schemas: { S: { type: 'integer' } } },
  };
}

const summary = (changes: Change[]) =>
  changes.map((c) => `${c.severity} ${c.where ?? c.operation}: ${c.message}`);

describe('diffDocuments', () => {
  const str = { type: 'string' };
  const rows: [string, Schema, Schema, string[]][] = [
    ['nothing', doc({}), doc({}), []],
    [
      'an optional parameter added',
      doc({}),
      doc({ query: { a: [false, str] } }),
      ['non-breaking query.a: optional parameter added'],
    ],
    [
      'a required parameter added',
      doc({}),
      doc({ query: { a: [true, str] } }),
      ['breaking query.a: required parameter added'],
    ],
    [
      'a parameter removed',
      doc({ query: { a: [false, str] } }),
      doc({}),
      ['breaking query.a: parameter removed'],
    ],
    [
      'now required',
      doc({ query: { a: [false, str] } }),
      doc({ query: { a: [true, str] } }),
      ['breaking query.a: now required'],
    ],
    [
      'now optional',
      doc({ query: { a: [true, str] } }),
      doc({ query: { a: [false, str] } }),
      ['non-breaking query.a: now optional'],
    ],
    [
      'a type changed',
      doc({ query: { a: [false, str] } }),
      doc({ query: { a: [false, { type: 'integer' }] } }),
      ['breaking query.a: type string -> integer'],
    ],
    [
      'a type widened',
      doc({ query: { a: [false, { type: 'integer' }] } }),
      doc({ query: { a: [false, { type: ['integer', 'string'] }] } }),
      ['non-breaking query.a: type integer -> integer | string'],
    ],
    [
      'a $ref that resolves to the same type',
      doc({ query: { a: [false, { type: 'integer' }] } }),
      doc({ query: { a: [false, { $ref: '#/components/schemas/S' }] } }),
      [],
    ],
    [
      'an enum narrowed',
      doc({ query: { a: [false, { type: 'string', enum: ['x', 'y'] }] } }),
      doc({ query: { a: [false, { type: 'string', enum: ['x'] }] } }),
      ['breaking query.a: enum removed "y"'],
    ],
    [
      'an enum widened',
      doc({ query: { a: [false, { type: 'string', enum: ['x'] }] } }),
      doc({ query: { a: [false, { type: 'string', enum: ['x', 'z'] }] } }),
      ['non-breaking query.a: enum added "z"'],
    ],
    [
      'an enum where there was none',
      doc({ query: { a: [false, str] } }),
      doc({ query: { a: [false, { type: 'string', enum: ['x'] }] } }),
      ['breaking query.a: now limited to "x"'],
    ],
    [
      'a default changed',
      doc({ query: { a: [false, { type: 'integer', default: 1 }] } }),
      doc({ query: { a: [false, { type: 'integer', default: 2 }] } }),
      ['non-breaking query.a: default 1 -> 2'],
    ],
    [
      'property string keys removed and added',
      doc({
        query: {
          a: [false, { type: 'string', 'x-proxmox-format': { properties: { k: str, old: str } } }],
        },
      }),
      doc({
        query: {
          a: [
            false,
            {
              type: 'string',
              'x-proxmox-format': { properties: { k: str, n: str, r: str }, required: ['r'] },
            },
          ],
        },
      }),
      [
        'breaking query.a[old]: key removed from the property string',
        'non-breaking query.a[n]: optional key added to the property string',
        'breaking query.a[r]: required key added to the property string',
      ],
    ],
    [
      'an indexed body field narrowed',
      doc({
        body: {
          type: 'object',
          patternProperties: { '^net\\d+$': { type: 'string', enum: ['a', 'b'] } },
        },
      }),
      doc({
        body: {
          type: 'object',
          patternProperties: { '^net\\d+$': { type: 'string', enum: ['a'] } },
        },
      }),
      ['breaking body./^net\\d+$/: enum removed "b"'],
    ],
    [
      'a body field made required',
      doc({ body: { type: 'object', properties: { b: str } } }),
      doc({ body: { type: 'object', properties: { b: str }, required: ['b'] } }),
      ['breaking body.b: now required'],
    ],
    [
      'a response field removed and one added',
      doc({ data: { type: 'object', properties: { a: str } } }),
      doc({ data: { type: 'object', properties: { b: str } } }),
      ['breaking response.data.a: field removed', 'non-breaking response.data.b: field added'],
    ],
    [
      'a response type widened',
      doc({
        data: { type: 'array', items: { type: 'object', properties: { a: { type: 'integer' } } } },
      }),
      doc({
        data: { type: 'array', items: { type: 'object', properties: { a: { type: 'number' } } } },
      }),
      ['breaking response.data[].a: type integer -> number'],
    ],
    [
      'a response type narrowed',
      doc({ data: { type: ['string', 'null'] } }),
      doc({ data: str }),
      ['non-breaking response.data: type null | string -> string'],
    ],
  ];
  it.each(rows)('%s', (_name, before, after, want) => {
    expect(summary(diffDocuments(before, after).changes)).toEqual(want);
  });

  it('classifies removed and added operations', () => {
    const before = { paths: { '/a': { get: { responses: {} } } } };
    const after = { paths: { '/a': { post: { responses: {} } } } };
    const result = diffDocuments(before, after);
    expect(summary(result.changes)).toEqual([
      'breaking GET /a: removed',
      'non-breaking POST /a: added',
    ]);
    expect([result.breaking, result.nonBreaking]).toEqual([1, 1]);
  });
});

describe('diffToMarkdown', () => {
  it('lists breaking changes first', () => {
    const result = diffDocuments(
      doc({ query: { a: [false, { type: 'string' }] } }),
      doc({ query: { b: [false, { type: 'string' }] } }),
    );
    expect(diffToMarkdown(result, 'Changes')).toBe(
      [
        '# Changes',
        '',
        '1 breaking and 1 non-breaking changes; 0 operations added, 0 removed.',
        '',
        '## Breaking changes',
        '',
        '- `POST /x` `query.a`: parameter removed',
        '',
        '## Non-breaking changes',
        '',
        '- `POST /x` `query.b`: optional parameter added',
        '',
      ].join('\n'),
    );
  });
});

describe.each([
  ['pve', '2025-08-10.js', '2026-01-04.js'],
  ['pbs', '2025-08-10.js', '2026-07-05.js'],
])('diffDocuments of the %s snapshots', (product, oldName, newName) => {
  const dir = resolve(import.meta.dirname, '../../../../../shared/apidoc', product);
  const load = (name: string) => {
    const file = resolve(dir, name);
    const bytes = readFileSync(file);
    const apidoc = parseApidocBytes(bytes, file);
    const document = emitDocument(apidoc.endpoints, testProduct, {
      apidocSha256: '0'.repeat(64),
      generatorVersion: 'test',
    }).document;
    return { document, methods: methodsOf(bytes.toString('utf8')) };
  };
  const before = load(oldName);
  const after = load(newName);
  const result = diffDocuments(before.document, after.document);

  it('finds the methods added and removed that a plain walk of the apidocs finds', () => {
    const added = [...after.methods].filter((m) => !before.methods.has(m)).sort();
    const removed = [...before.methods].filter((m) => !after.methods.has(m)).sort();
    const of = (kind: string) =>
      result.changes
        .filter((c) => c.kind === kind)
        .map((c) => c.operation)
        .sort();
    expect(added.length).toBeGreaterThan(0);
    expect(of('operation-added')).toEqual(added);
    expect(of('operation-removed')).toEqual(removed);
  });

  it('finds parameter changes', () => {
    expect(result.changes.some((c) => c.kind === 'parameter-added')).toBe(true);
  });
});

/** `METHOD path` of the apidoc, by a walk of the array cut at the line that closes it. */
function methodsOf(text: string): Set<string> {
  const start = text.indexOf('[');
  const end = text.search(/\n\];?\s*\n/);
  const found = new Set<string>();
  const walk = (node: { path: string; info?: object; children?: unknown[] }) => {
    for (const method of Object.keys(node.info ?? {})) found.add(`${method} ${node.path}`);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  for (const node of JSON.parse(text.slice(start, end + 2))) walk(node);
  return found;
}
