import { type Node, parseExpressionAt } from 'acorn';
import { ApidocError, type ApidocWarning, type SourcePosition } from '../errors.js';

interface AcornError extends SyntaxError {
  loc?: { line: number; column: number };
}

/**
 * Builds the value of a JavaScript literal from its syntax tree, for apidocs
 * whose `apiSchema` is not plain JSON (single quotes, comments, trailing commas,
 * unquoted keys). Only literals are accepted: objects, arrays, strings,
 * numbers, booleans, `null`, `undefined`, negative numbers, template strings
 * without substitutions, and regex literals (kept as their source text). Any
 * other node (a call, a variable, a getter, a spread) is refused at its line
 * and column, so nothing in the file can run. A key written twice keeps its
 * last value, as in JavaScript, with a warning in `warnings`.
 */
export function parseLiteralAt(
  text: string,
  offset: number,
  source: string,
  warnings: ApidocWarning[] = [],
): unknown {
  let root: Node;
  try {
    root = parseExpressionAt(text, offset, { ecmaVersion: 'latest', locations: true });
  } catch (error) {
    const loc = (error as AcornError).loc;
    const position = loc ? { line: loc.line, column: loc.column + 1 } : undefined;
    // acorn turns its own stack overflow into this SyntaxError.
    const message = (error as Error).message.replace(/\s*\(\d+:\d+\)$/, '');
    if (error instanceof RangeError || message.startsWith('Not enough stack space')) {
      throw tooDeep(source, error, position);
    }
    throw new ApidocError(`not a valid JavaScript literal: ${message}`, {
      source,
      position,
      cause: error,
    });
  }
  try {
    return build(root, { source, warnings });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(source, error, undefined);
    throw error;
  }
}

function tooDeep(source: string, cause: unknown, position: SourcePosition | undefined) {
  // `locate.ts` bounds the depth before acorn runs; this is the backstop.
  return new ApidocError(
    'the api schema is nested too deeply to read; expected an api schema as deep as the viewer’s',
    { source, position, cause },
  );
}

// acorn's node types are loose; these are the fields this walk reads.
interface AnyNode extends Node {
  [field: string]: unknown;
}

function refuse(node: Node, what: string, source: string): never {
  const loc = node.loc?.start;
  throw new ApidocError(`${what} is not allowed in the api schema; expected a literal value`, {
    source,
    position: loc ? { line: loc.line, column: loc.column + 1 } : undefined,
    hint: 'the apidoc is read as data and never executed',
  });
}

interface Walk {
  source: string;
  warnings: ApidocWarning[];
}

function build(node: Node, walk: Walk): unknown {
  const { source } = walk;
  const n = node as AnyNode;
  switch (node.type) {
    case 'Literal': {
      if (n.regex) {
        const { pattern, flags } = n.regex as { pattern: string; flags: string };
        return `/${pattern}/${flags}`;
      }
      if (typeof n.bigint === 'string') return refuse(node, 'a BigInt', source);
      return n.value;
    }
    case 'ArrayExpression': {
      const out: unknown[] = [];
      for (const element of n.elements as (Node | null)[]) {
        if (element === null) refuse(node, 'an array hole', source);
        out.push(build(element, walk));
      }
      return out;
    }
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      const keys = new Map<string, Node>();
      for (const property of n.properties as AnyNode[]) {
        if (property.type !== 'Property') refuse(property, 'a spread', source);
        if (property.kind !== 'init') refuse(property, 'a getter or setter', source);
        if (property.method) refuse(property, 'a method', source);
        if (property.computed) refuse(property, 'a computed key', source);
        if (property.shorthand) refuse(property, 'a shorthand property', source);
        const key = property.key as AnyNode;
        const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
        const earlier = keys.get(name);
        if (earlier) duplicate(walk, name, earlier, key);
        keys.set(name, key);
        // Defined as own data properties, so a `__proto__` key cannot reach the prototype.
        Object.defineProperty(out, name, {
          value: build(property.value as Node, walk),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'UnaryExpression': {
      const argument = n.argument as AnyNode;
      if ((n.operator === '-' || n.operator === '+') && argument.type === 'Literal') {
        if (typeof argument.value === 'number') {
          return n.operator === '-' ? -argument.value : argument.value;
        }
      }
      return refuse(node, `the operator \`${n.operator as string}\``, source);
    }
    case 'Identifier':
      if (n.name === 'undefined') return undefined;
      return refuse(node, `the identifier \`${n.name as string}\``, source);
    case 'TemplateLiteral': {
      if ((n.expressions as Node[]).length > 0) refuse(node, 'a template substitution', source);
      const [quasi] = n.quasis as AnyNode[];
      return (quasi!.value as { cooked: string }).cooked;
    }
    default:
      return refuse(node, `a ${describe(node.type)}`, source);
  }
}

function duplicate(walk: Walk, name: string, earlier: Node, key: Node): void {
  const first = earlier.loc!.start;
  const loc = key.loc!.start;
  walk.warnings.push({
    message:
      `duplicate key ${JSON.stringify(name)}: the last value is kept, ` +
      `the one from line ${first.line}:${first.column + 1} is dropped`,
    position: { line: loc.line, column: loc.column + 1 },
  });
}

/** `CallExpression` -> `call expression`. */
function describe(type: string): string {
  return type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
