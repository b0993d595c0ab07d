import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emitDocument } from '../../src/emit/document.js';
import type { PropertyFormat } from '../../src/property-string/format.js';
import { parseApidocBytes } from '../../src/source/read.js';
import { testProduct } from '../fixtures.js';

/** `../shared` beside the repository, as the working agreement places it. */
const shared = fileURLToPath(new URL('../../../../../shared/', import.meta.url));

/** One line of `fixtures/pve-property-strings.jsonl`, judged by PVE's own parser. */
export interface FixtureLine {
  endpoint: string;
  parameter: string;
  string: string;
  ok: boolean;
  parsed?: Record<string, string | number>;
  errors?: Record<string, string>;
  message?: string;
}

export function readFixtureLines(): FixtureLine[] {
  const text = readFileSync(`${shared}fixtures/pve-property-strings.jsonl`, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as FixtureLine);
}

/** A JSON object of the emitted document. */
type Node = { [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `keys` below `node`, or undefined where the path leaves the tree. */
function at(node: unknown, ...keys: string[]): unknown {
  let current = node;
  for (const key of keys) {
    if (!isNode(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** The PVE document as the real emitter makes it from the apidoc the fixtures name. */
export function emitPveDocument(): Node {
  const path = `${shared}apidoc/pve/2026-01-04.js`;
  const apidoc = parseApidocBytes(readFileSync(path), path);
  const { document } = emitDocument(apidoc.endpoints, testProduct, {
    apidocSha256: apidoc.sha256,
    generatorVersion: '0',
  });
  return document;
}

/**
 * The `x-proxmox-format` of a parameter, looked up by the fixture's endpoint
 * and name. An indexed name (`net[n]`) may be a property of that very name, a
 * numbered one (`net0`), one marked `x-proxmox-indexed`, or a
 * `patternProperties` entry that matches `net0`, whichever shape the emitter
 * gives it; `$ref`s are followed.
 */
export function formatOf(document: Node, endpoint: string, parameter: string): PropertyFormat {
  const [method, path] = endpoint.split(' ') as [string, string];
  const operation = at(document, 'paths', path, method.toLowerCase());
  if (!isNode(operation)) throw new Error(`no operation ${endpoint}`);
  const resolve = (node: unknown) => resolveRef(document, node);

  const candidates: unknown[] = [];
  const body = resolve(at(operation, 'requestBody', 'content', 'application/json', 'schema'));
  candidates.push(...schemasNamed(body, parameter));
  const parameters = at(operation, 'parameters');
  for (const entry of Array.isArray(parameters) ? parameters : []) {
    const param = resolve(entry);
    if (
      typeof at(param, 'name') === 'string' &&
      namesMatch(at(param, 'name') as string, parameter)
    ) {
      candidates.push(at(param, 'schema'));
    }
  }
  for (const candidate of candidates) {
    const found = propertyFormat(resolve(candidate), resolve);
    if (found) return found;
  }
  throw new Error(`no property string ${parameter} in ${endpoint}`);
}

function schemasNamed(object: unknown, parameter: string): unknown[] {
  const found: unknown[] = [];
  const properties = at(object, 'properties');
  for (const [name, schema] of Object.entries(isNode(properties) ? properties : {})) {
    if (namesMatch(name, parameter) || at(schema, 'x-proxmox-indexed') === parameter) {
      found.push(schema);
    }
  }
  const example = parameter.replace('[n]', '0');
  const patterns = at(object, 'patternProperties');
  for (const [pattern, schema] of Object.entries(isNode(patterns) ? patterns : {})) {
    if (new RegExp(pattern, 'u').test(example)) found.push(schema);
  }
  return found;
}

function namesMatch(name: string, parameter: string): boolean {
  return name === parameter || name === parameter.replace('[n]', '0');
}

/** The format itself, or the first in an `allOf`/`oneOf`/`anyOf` that has one. */
function propertyFormat(
  schema: unknown,
  resolve: (node: unknown) => unknown,
): PropertyFormat | undefined {
  const format = resolve(at(schema, 'x-proxmox-format'));
  if (isNode(format)) return format as PropertyFormat;
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const list = at(schema, key);
    for (const inner of Array.isArray(list) ? list : []) {
      const found = propertyFormat(resolve(inner), resolve);
      if (found) return found;
    }
  }
  return undefined;
}

/** Follows local `$ref`s (`#/components/schemas/...`) until a node that is not one. */
function resolveRef(document: Node, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 16; hops++) {
    const ref = at(current, '$ref');
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return current;
    const keys = ref
      .slice(2)
      .split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
    current = at(document, ...keys);
  }
  return current;
}
