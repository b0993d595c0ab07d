import { escaped } from './lexer.js';
import { MAX_DEPTH } from './locate.js';

const COLON = 0x3a; // :

/**
 * Reads the api schema array that opens at `open` as JSON, which every real
 * apidoc holds, at little more than the cost of `JSON.parse`; undefined when
 * the slow path must decide: the layout is not the viewer's, the text is not
 * JSON, a key repeats or the tree is too deep.
 *
 * The viewer writes the array's closing `]` at the start of a line (`\n]\n;`
 * in PVE, `\n];` in PBS), and a JSON string cannot hold a raw newline, so the
 * first `\n]` is the end when the slice up to it parses (in a file without
 * one, such as a test's single line, the first `];`). A slice that parses
 * is a complete JSON array, and JSON is a subset of JavaScript's literals, so
 * the bracket scan of `locate.ts` would end at the same `]`.
 *
 * `JSON.parse` keeps the last of duplicate keys without a word, so the keys
 * are counted twice: in the text (every closing quote followed by `:`) and in
 * the tree (own properties). Each repeated key makes the tree one shorter;
 * equal counts prove there is none, and any difference sends the file to the
 * scan that names them.
 */
export function readJsonApiSchema(
  text: string,
  open: number,
): { end: number; tree: unknown } | undefined {
  const line = text.indexOf('\n]', open);
  const end = line < 0 ? text.indexOf('];', open) + 1 : line + 2;
  if (end <= 0) return undefined;
  let tree: unknown;
  try {
    tree = JSON.parse(text.slice(open, end));
  } catch {
    return undefined;
  }
  const keys = keysInTree(tree);
  if (keys < 0 || keys !== keysInJson(text, open, end)) return undefined;
  return { end, tree };
}

/**
 * The number of keys in the JSON text from `from` to `to`, which must be
 * valid JSON (-1 for an unclosed string). Outside strings the next quote opens
 * a string, and inside one the next quote not escaped by an odd run of
 * backslashes closes it; a string followed by `:` is a key. One native
 * `indexOf` per quote.
 */
export function keysInJson(text: string, from: number, to: number): number {
  let keys = 0;
  let open = text.indexOf('"', from);
  while (open >= 0 && open < to) {
    let close = text.indexOf('"', open + 1);
    while (escaped(text, close)) close = text.indexOf('"', close + 1);
    // Only text that is not JSON has an unclosed string; it has no count.
    if (close < 0) return -1;
    let next = close + 1;
    let c = text.charCodeAt(next);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++next);
    if (c === COLON) keys++;
    open = text.indexOf('"', next);
  }
  return keys;
}

/**
 * The number of own keys of every object in a tree from `JSON.parse`, or -1
 * when a container lies deeper than `MAX_DEPTH` (the scan then reports where).
 * Iterative, so a deep tree cannot overflow the stack.
 */
export function keysInTree(tree: unknown): number {
  if (typeof tree !== 'object' || tree === null) return 0;
  let keys = 0;
  const values: object[] = [tree];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_DEPTH) return -1;
    // An object's values in one native call; an array is its own list of values.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child = value[i];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      const names = Object.keys(value);
      keys += names.length;
      for (let i = 0; i < names.length; i++) {
        const child = (value as Record<string, unknown>)[names[i]!];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return keys;
}
