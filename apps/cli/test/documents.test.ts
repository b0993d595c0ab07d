import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { emitDocument, parseApidocBytes, toJson, toYaml } from '@proxmox-openapi/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PRODUCTS } from '../src/products.js';
import { snapshots } from './snapshots.js';

/**
 * `METHOD path` of every method in the apidoc, found by a walk of its own
 * rather than by the generator's reader: the array is cut out at the line
 * that closes it, as both viewers write it.
 */
function methodsOfApidoc(text: string): string[] {
  const start = text.indexOf('[');
  const end = text.search(/\n\];?\s*\n/);
  const found: string[] = [];
  const walk = (node: any) => {
    for (const method of Object.keys(node.info ?? {})) found.push(`${method} ${node.path}`);
    for (const child of node.children ?? []) walk(child);
  };
  for (const node of JSON.parse(text.slice(start, end + 2))) walk(node);
  return found.sort();
}

function methodsOfDocument(document: any): string[] {
  return Object.entries(document.paths as Record<string, object>)
    .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

describe.each(snapshots())('$product $date', ({ product, file }) => {
  const bytes = readFileSync(file);
  const emit = () =>
    emitDocument(parseApidocBytes(bytes, file).endpoints, PRODUCTS[product]!, {
      apidocSha256: '0'.repeat(64),
      generatorVersion: 'test',
    }).document;
  const document = emit();

  it('has every endpoint and method of the apidoc, and nothing else', () => {
    const expected = methodsOfApidoc(bytes.toString('utf8'));
    expect(expected.length).toBeGreaterThan(300);
    expect(methodsOfDocument(document)).toEqual(expected);
  });

  it('validates with swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('is the same, byte for byte, when generated again', () => {
    expect(toJson(emit())).toBe(toJson(document));
  });

  it('has YAML that reads back as the JSON document', () => {
    expect(parseYaml(toYaml(document))).toEqual(JSON.parse(toJson(document)));
  });

  it('uses every operationId once', () => {
    const ids = Object.values(document.paths as Record<string, Record<string, any>>).flatMap(
      (item) => Object.values(item).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
