import { type Node, parseExpressionAt } from 'acorn';
import type { SourcePosition } from '../errors.js';
import type { PathLocator, PathSegment } from './normalize.js';

// acorn's node types are loose; these are the fields this walk reads.
interface AnyNode extends Node {
  [field: string]: unknown;
}

/**
 * A `PathLocator` over the api schema literal that starts at `start` in
 * `text`. The fast path reads the tree with `JSON.parse`, which keeps no
 * positions; only when there is something to report is the literal parsed
 * again, once, by acorn with locations, and the path followed in its syntax
 * tree. Depth is bounded by the scan in `locate.ts`, so acorn's recursion is
 * safe; a literal acorn cannot read yields no position rather than an error.
 */
export function pathLocator(text: () => string, start: () => number): PathLocator {
  let root: AnyNode | null | undefined;
  return (path, at) => {
    if (root === undefined) {
      try {
        root = parseExpressionAt(text(), start(), {
          ecmaVersion: 'latest',
          locations: true,
        }) as AnyNode;
      } catch {
        root = null;
      }
    }
    return root ? follow(root, path, at) : undefined;
  };
}

function follow(
  root: AnyNode,
  path: readonly PathSegment[],
  at: 'key' | 'value',
): SourcePosition | undefined {
  let node: AnyNode | undefined = root;
  let key: AnyNode | undefined;
  for (const segment of path) {
    if (!node) return undefined;
    key = undefined;
    if (typeof segment === 'number') {
      if (node.type !== 'ArrayExpression') return undefined;
      node = (node.elements as (AnyNode | null)[])[segment] ?? undefined;
    } else {
      if (node.type !== 'ObjectExpression') return undefined;
      // The last property of a name is the one kept, as in `JSON.parse`.
      const property = (node.properties as AnyNode[]).findLast(
        (p) => p.type === 'Property' && keyName(p.key as AnyNode) === segment,
      );
      node = property?.value as AnyNode | undefined;
      key = property?.key as AnyNode | undefined;
    }
  }
  const target = at === 'key' && key ? key : node;
  const loc = target?.loc?.start;
  return loc ? { line: loc.line, column: loc.column + 1 } : undefined;
}

function keyName(key: AnyNode): string {
  return key.type === 'Identifier' ? (key.name as string) : String(key.value);
}
