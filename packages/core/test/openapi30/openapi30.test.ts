import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { emitDocument } from '../../src/emit/document.js';
import { toOpenApi30 } from '../../src/openapi30/document.js';
import { convertSchema30 } from '../../src/openapi30/schema.js';
import { parseApidocBytes } from '../../src/source/read.js';
import { testProduct } from '../fixtures.js';

describe('convertSchema30', () => {
  const rows: [string, unknown, unknown][] = [
    ['a nullable type', { type: ['string', 'null'] }, { type: 'string', nullable: true }],
    ['null alone', { type: 'null' }, { type: 'string', nullable: true, enum: [null] }],
    [
      'two types and null',
      { type: ['string', 'integer', 'null'] },
      {
        allOf: [
          {
            anyOf: [
              { type: 'string', nullable: true },
              { type: 'integer', nullable: true },
            ],
          },
        ],
      },
    ],
    [
      'two types',
      { type: ['string', 'integer'] },
      { allOf: [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }] },
    ],
    ['const', { const: 'x' }, { enum: ['x'] }],
    ['examples', { type: 'string', examples: ['a', 'b'] }, { type: 'string', example: 'a' }],
    ['exclusiveMinimum', { exclusiveMinimum: 0 }, { minimum: 0, exclusiveMinimum: true }],
    [
      'exclusiveMaximum beside a looser maximum',
      { maximum: 10, exclusiveMaximum: 5 },
      { maximum: 5, exclusiveMaximum: true },
    ],
    ['a stricter minimum wins', { minimum: 5, exclusiveMinimum: 3 }, { minimum: 5 }],
    [
      'patternProperties',
      { type: 'object', patternProperties: { '^net\\d+$': { type: ['string', 'null'] } } },
      {
        type: 'object',
        'x-oas31-patternProperties': { '^net\\d+$': { type: 'string', nullable: true } },
        additionalProperties: { type: 'string', nullable: true },
      },
    ],
    [
      'patternProperties beside additionalProperties: false',
      {
        patternProperties: { a: { type: 'integer' }, b: { type: 'string' } },
        additionalProperties: false,
      },
      {
        additionalProperties: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
        'x-oas31-patternProperties': { a: { type: 'integer' }, b: { type: 'string' } },
      },
    ],
    [
      '$ref with siblings',
      { $ref: '#/components/schemas/A', description: 'd' },
      { allOf: [{ $ref: '#/components/schemas/A' }], description: 'd' },
    ],
    ['$ref alone', { $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/A' }],
    [
      'an unknown keyword',
      { propertyNames: { pattern: 'a' } },
      { 'x-oas31-propertyNames': { pattern: 'a' } },
    ],
    ['an array without items', { type: 'array' }, { type: 'array', items: {} }],
    ['empty required', { type: 'object', required: [] }, { type: 'object' }],
    ['false', false, { not: {} }],
    [
      'nested',
      { properties: { a: { items: { const: 1 } } }, oneOf: [{ type: 'null' }] },
      {
        properties: { a: { items: { enum: [1] } } },
        oneOf: [{ type: 'string', nullable: true, enum: [null] }],
      },
    ],
    [
      'extensions untouched',
      { 'x-proxmox-format': { type: ['string', 'null'] } },
      { 'x-proxmox-format': { type: ['string', 'null'] } },
    ],
  ];
  it.each(rows)('%s', (_name, given, want) => {
    expect(convertSchema30(given)).toEqual(want);
  });
});

describe('toOpenApi30', () => {
  it('rewrites the document-level 3.1 parts', () => {
    const given = {
      openapi: '3.1.0',
      jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
      info: { title: 't', version: '1', summary: 's', license: { name: 'MIT', identifier: 'MIT' } },
      paths: {
        '/a': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema: { type: ['integer', 'null'] } }],
            responses: { default: { $ref: '#/components/responses/E', description: 'x' } },
          },
        },
      },
      components: {
        schemas: { S: { const: 1 } },
        responses: {
          E: { description: 'e', content: { 'application/json': { schema: { type: 'null' } } } },
        },
      },
      webhooks: {},
    };
    expect(toOpenApi30(given)).toEqual({
      openapi: '3.0.3',
      info: { title: 't', version: '1', 'x-oas31-summary': 's', license: { name: 'MIT' } },
      paths: {
        '/a': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema: { type: 'integer', nullable: true } }],
            responses: { default: { $ref: '#/components/responses/E' } },
          },
        },
      },
      components: {
        schemas: { S: { enum: [1] } },
        responses: {
          E: {
            description: 'e',
            content: {
              'application/json': { schema: { type: 'string', nullable: true, enum: [null] } },
            },
          },
        },
      },
      'x-oas31-webhooks': {},
    });
  });
});

describe.each(['pve/2026-01-04.js', 'pbs/2026-07-05.js'])('toOpenApi30 of %s', (name) => {
  const file = resolve(import.meta.dirname, '../../../../../shared/apidoc', name);
  const apidoc = parseApidocBytes(readFileSync(file), file);
  const document = emitDocument(apidoc.endpoints, testProduct, {
    apidocSha256: '0'.repeat(64),
    generatorVersion: 'test',
  }).document;

  it('validates as OpenAPI 3.0 with swagger-parser', async () => {
    const converted = toOpenApi30(document);
    expect(converted.openapi).toBe('3.0.3');
    await expect(SwaggerParser.validate(converted as never)).resolves.toBeTruthy();
  });

  it('has the same paths and operations', () => {
    const converted = toOpenApi30(document) as Record<string, any>;
    const operations = (doc: Record<string, any>) =>
      Object.entries(doc.paths).flatMap(([p, item]) =>
        Object.keys(item as object).map((m) => `${m} ${p}`),
      );
    expect(operations(converted)).toEqual(operations(document));
  });
});
