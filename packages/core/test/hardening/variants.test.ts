import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitDocument } from '../../src/emit/document.js';
import { toJson } from '../../src/output/serialize.js';
import { parseApidocBytes } from '../../src/source/read.js';
import { testProduct } from '../fixtures.js';
import { encode, PBS_SNAPSHOT } from './helpers.js';

/**
 * The PBS snapshot with its tree cut to the `/access` folder, so that each
 * variant is read and emitted in a fraction of a second; the code around the
 * tree is the viewer's own.
 */
const snapshot = readFileSync(PBS_SNAPSHOT, 'utf8');
const DECLARATION = 'var apiSchema = ';
const treeStart = snapshot.indexOf(DECLARATION) + DECLARATION.length;
const treeEnd = snapshot.indexOf('\n];', treeStart) + 2;
const [root] = JSON.parse(snapshot.slice(treeStart, treeEnd)) as { children: { path: string }[] }[];
const tree = [{ ...root, children: root!.children.filter((node) => node.path === '/access') }];
const original =
  snapshot.slice(0, treeStart) + JSON.stringify(tree, null, 2) + snapshot.slice(treeEnd);

/** The document of an apidoc's text, with a fixed hash so that variants compare equal. */
function documentOf(text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? encode(text) : text;
  const { endpoints, warnings } = parseApidocBytes(bytes, 'variant.js');
  expect(warnings).toEqual([]);
  const options = { apidocSha256: '0'.repeat(64), generatorVersion: 'test' };
  return toJson(emitDocument(endpoints, testProduct, options).document);
}

/** The tree as hand-written JavaScript: single quotes, bare keys, comments, trailing commas. */
function asLiteral(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => `${indent}  ${asLiteral(item, `${indent}  `)},\n`);
    return `[ // ${value.length} items\n${items.join('')}${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([key, field]) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`;
      return `${indent}  ${name}: /* ${key} */ ${asLiteral(field, `${indent}  `)},\n`;
    });
    return `{\n${fields.join('')}${indent}}`;
  }
  if (typeof value === 'string')
    return `'${JSON.stringify(value).slice(1, -1).replace(/'/g, "\\'")}'`;
  return JSON.stringify(value);
}

describe('variants of one apidoc give the same document', () => {
  const want = documentOf(original);

  it('with a UTF-8 byte order mark', () => {
    expect(documentOf(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(original)]))).toBe(want);
  });

  it('with CRLF line ends', () => {
    expect(documentOf(original.replace(/\n/g, '\r\n'))).toBe(want);
  });

  it('with `];` inside strings before and after the tree', () => {
    const text = `var note = "apiSchema = [ ]; // ];";\n${original}\nvar after = '];';`;
    expect(documentOf(text)).toBe(want);
  });

  it('written as plain JavaScript literals and followed by other code', () => {
    const literal = `// hand-written\nvar apiSchema = ${asLiteral(tree)};\nExt.onReady(() => 1);\n`;
    expect(parseApidocBytes(encode(literal), 'variant.js').mode).toBe('literal');
    expect(documentOf(literal)).toBe(want);
  });
});
