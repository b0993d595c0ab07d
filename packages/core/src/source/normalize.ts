import { ApidocError } from '../errors.js';
import type { ApiEndpoint, ApiMethod, ApiNode, HttpMethod } from '../model.js';

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

/**
 * Checks that a parsed api schema has the shape of the viewer's tree and lists
 * its endpoints in tree order. The walk uses an explicit stack, so a tree of
 * any depth cannot overflow the call stack.
 */
export function collectEndpoints(tree: unknown, source: string): ApiEndpoint[] {
  if (!Array.isArray(tree)) fail(source, '$', 'an array of nodes', tree);
  const endpoints: ApiEndpoint[] = [];
  const stack: [unknown, string][] = [];
  for (let i = tree.length - 1; i >= 0; i--) stack.push([tree[i], `$[${i}]`]);
  while (stack.length > 0) {
    const [value, where] = stack.pop()!;
    const node = checkNode(value, where, source);
    if (node.info !== undefined) {
      endpoints.push({ path: node.path, node, methods: checkMethods(node, where, source) });
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push([children[i], `${where}.children[${i}]`]);
    }
  }
  return endpoints;
}

function checkNode(value: unknown, where: string, source: string): ApiNode {
  if (!isObject(value)) fail(source, where, 'an object with `path` and `text`', value);
  if (typeof value.path !== 'string' || !value.path.startsWith('/')) {
    fail(source, `${where}.path`, 'an absolute path string', value.path);
  }
  if (value.children !== undefined && !Array.isArray(value.children)) {
    fail(source, `${where}.children`, 'an array of nodes', value.children);
  }
  if (value.info !== undefined && !isObject(value.info)) {
    fail(
      source,
      `${where}.info`,
      'an object of methods keyed by GET, POST, PUT or DELETE',
      value.info,
    );
  }
  return value as ApiNode;
}

function checkMethods(node: ApiNode, where: string, source: string): [HttpMethod, ApiMethod][] {
  const methods: [HttpMethod, ApiMethod][] = [];
  for (const [key, method] of Object.entries(node.info!)) {
    if (!METHODS.includes(key as HttpMethod)) {
      fail(source, `${where}.info`, 'only the keys GET, POST, PUT and DELETE', key);
    }
    if (!isObject(method)) fail(source, `${where}.info.${key}`, 'a method object', method);
    for (const field of ['parameters', 'returns', 'permissions'] as const) {
      const part = method[field];
      if (part !== undefined && !isObject(part)) {
        fail(source, `${where}.info.${key}.${field}`, 'an object', part);
      }
    }
    methods.push([key as HttpMethod, method as ApiMethod]);
  }
  // A fixed order, whatever order the apidoc lists methods in.
  return methods.sort((a, b) => METHODS.indexOf(a[0]) - METHODS.indexOf(b[0]));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(source: string, where: string, expected: string, found: unknown): never {
  throw new ApidocError(`${where}: expected ${expected}, found ${describeValue(found)}`, {
    source,
    hint: 'the api schema does not have the shape of the API viewer’s tree',
  });
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 60))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
