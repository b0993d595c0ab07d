import { ApidocError, type ApidocWarning, type SourcePosition } from '../errors.js';
import type { ApiEndpoint, ApiMethod, ApiNode, HttpMethod } from '../model.js';

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

/** The fields the API viewer reads from a node (`expanded` only in PBS). */
const NODE_FIELDS = new Set(['path', 'text', 'leaf', 'info', 'children', 'expanded']);

/** A step from the root of the api schema: an array index or an object key. */
export type PathSegment = string | number;

/**
 * Finds where the value at `path` (or its key, for `at: 'key'`) is written in
 * the apidoc, so that messages can name the line and column. Only called when
 * there is something to report.
 */
export type PathLocator = (
  path: readonly PathSegment[],
  at: 'key' | 'value',
) => SourcePosition | undefined;

export interface NormalizeOptions {
  locate?: PathLocator | undefined;
}

export interface NormalizedApiSchema {
  endpoints: ApiEndpoint[];
  /** Node fields the viewer does not know: kept on the node, and reported here. */
  warnings: ApidocWarning[];
}

/** A path from the root, linked from its end: a deep tree shares its prefixes. */
interface Trail {
  parent: Trail | undefined;
  key: PathSegment;
}

/**
 * Checks that a parsed api schema has the shape of the viewer's tree and lists
 * its endpoints in tree order. The walk uses an explicit stack, so a tree of
 * any depth cannot overflow the call stack.
 */
export function normalizeApiSchema(
  tree: unknown,
  source: string,
  options: NormalizeOptions = {},
): NormalizedApiSchema {
  const check: Checker = new Checker(source, options.locate);
  if (!Array.isArray(tree)) check.fail(undefined, 'an array of nodes', tree);
  const endpoints: ApiEndpoint[] = [];
  const stack: [unknown, Trail][] = [];
  for (let i = tree.length - 1; i >= 0; i--) stack.push([tree[i], { parent: undefined, key: i }]);
  while (stack.length > 0) {
    const [value, trail] = stack.pop()!;
    const node = check.node(value, trail);
    if (node.info !== undefined) {
      endpoints.push({ path: node.path, node, methods: check.methods(node, trail) });
    }
    const children = node.children ?? [];
    const childrenTrail = { parent: trail, key: 'children' };
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push([children[i], { parent: childrenTrail, key: i }]);
    }
  }
  return { endpoints, warnings: check.warnings };
}

/** The endpoints alone, for callers that do not report warnings. */
export function collectEndpoints(
  tree: unknown,
  source: string,
  options: NormalizeOptions = {},
): ApiEndpoint[] {
  return normalizeApiSchema(tree, source, options).endpoints;
}

class Checker {
  readonly warnings: ApidocWarning[] = [];
  readonly source: string;
  readonly locate: PathLocator | undefined;

  constructor(source: string, locate: PathLocator | undefined) {
    this.source = source;
    this.locate = locate;
  }

  node(value: unknown, trail: Trail): ApiNode {
    if (!isObject(value)) this.fail(trail, 'an object with `path` and `text`', value);
    if (typeof value.path !== 'string' || !value.path.startsWith('/')) {
      this.fail(child(trail, 'path'), 'an absolute path string', value.path);
    }
    if (value.children !== undefined && !Array.isArray(value.children)) {
      this.fail(child(trail, 'children'), 'an array of nodes', value.children);
    }
    if (value.info !== undefined && !isObject(value.info)) {
      this.fail(
        child(trail, 'info'),
        'an object of methods keyed by GET, POST, PUT or DELETE',
        value.info,
      );
    }
    for (const field of Object.keys(value)) {
      if (!NODE_FIELDS.has(field)) this.unknownField(child(trail, field), field);
    }
    return value as ApiNode;
  }

  methods(node: ApiNode, trail: Trail): [HttpMethod, ApiMethod][] {
    const methods: [HttpMethod, ApiMethod][] = [];
    const info = child(trail, 'info');
    for (const [key, method] of Object.entries(node.info!)) {
      const at = child(info, key);
      if (!METHODS.includes(key as HttpMethod)) {
        this.fail(at, 'only the keys GET, POST, PUT and DELETE', key, 'key');
      }
      if (!isObject(method)) this.fail(at, 'a method object', method);
      for (const field of ['parameters', 'returns', 'permissions'] as const) {
        const part = method[field];
        if (part !== undefined && !isObject(part)) {
          this.fail(child(at, field), 'an object', part);
        }
      }
      methods.push([key as HttpMethod, method as ApiMethod]);
    }
    // A fixed order, whatever order the apidoc lists methods in.
    return methods.sort((a, b) => METHODS.indexOf(a[0]) - METHODS.indexOf(b[0]));
  }

  unknownField(trail: Trail, field: string): void {
    this.warnings.push({
      message:
        `${pointer(trail.parent)}: unknown node field ${JSON.stringify(field)}; ` +
        'kept in the tree, expected only path, text, leaf, info, children and expanded',
      position: this.locate?.(segments(trail), 'key'),
    });
  }

  fail(
    trail: Trail | undefined,
    expected: string,
    found: unknown,
    at: 'key' | 'value' = 'value',
  ): never {
    const what = at === 'key' ? `the key ${JSON.stringify(found)}` : describeValue(found);
    throw new ApidocError(`${pointer(trail)}: expected ${expected}, found ${what}`, {
      source: this.source,
      position: this.locate?.(segments(trail), at),
      hint: 'the api schema does not have the shape of the API viewer’s tree',
    });
  }
}

function child(parent: Trail | undefined, key: PathSegment): Trail {
  return { parent, key };
}

function segments(trail: Trail | undefined): PathSegment[] {
  const out: PathSegment[] = [];
  for (let t = trail; t; t = t.parent) out.push(t.key);
  return out.reverse();
}

/**
 * `$[0].children[3].info.GET`, the place in the tree for messages; the middle
 * of a very deep path is elided, so a message stays readable.
 */
function pointer(trail: Trail | undefined): string {
  const parts = segments(trail).map((key) =>
    typeof key === 'number'
      ? `[${key}]`
      : /^[A-Za-z_$][\w$]*$/.test(key)
        ? `.${key}`
        : `[${JSON.stringify(key)}]`,
  );
  if (parts.length > MAX_POINTER) {
    const elided = parts.length - MAX_POINTER;
    parts.splice(MAX_POINTER / 2, elided, `…(${elided} more)…`);
  }
  return `$${parts.join('')}`;
}

const MAX_POINTER = 16;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 60))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
