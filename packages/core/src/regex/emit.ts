import type { Anchor, RegexNode } from './ast.js';
import { type CharSet, type CharUnion, normalizeRanges, singleCodePoint } from './char-set.js';

/**
 * Anchors in ECMAScript without the `m` flag, where `^` and `$` are the very
 * start and end of the input; every other position is spelled with lookaround.
 */
const ANCHORS: Readonly<Record<Anchor, string>> = {
  start: '^',
  end: '$',
  'end-or-final-newline': '(?=\\n?$)',
  'line-start': '(?<![^\\n])',
  'line-start-not-final': '(?:^|(?<=\\n)(?!$))',
  'line-end': '(?![^\\n])',
};

/** Characters with a meaning of their own outside a class, ECMAScript's SyntaxCharacter. */
const SYNTAX_CHARACTERS = '^$\\.*+?()[]{}|';
/** Characters that need a backslash inside a class. */
const CLASS_SPECIALS = '\\]^-[';

interface EmitState {
  /** Capturing groups emitted so far: only atomic groups capture. */
  captures: number;
}

/** ECMAScript source for a tree, valid with the `u` flag and meant for unanchored search. */
export function emitPattern(root: RegexNode): string {
  const state: EmitState = { captures: 0 };
  const branches = root.kind === 'alt' ? root.branches : [root];
  return branches.map((branch) => emitBranch(branch, state)).join('|');
}

/**
 * A top-level branch. When it ends with "end, or before a final newline",
 * nothing follows it, so the newline may as well be consumed: `\n?$` reads
 * better than the equivalent lookahead.
 */
function emitBranch(branch: RegexNode, state: EmitState): string {
  const items = branch.kind === 'seq' ? branch.items : [branch];
  const last = items[items.length - 1];
  if (last?.kind !== 'anchor' || last.anchor !== 'end-or-final-newline') {
    return emitNode(branch, state);
  }
  return `${items
    .slice(0, -1)
    .map((item) => emitNode(item, state))
    .join('')}\\n?$`;
}

function emitNode(node: RegexNode, state: EmitState): string {
  switch (node.kind) {
    case 'set':
      return emitSet(node.set);
    case 'anchor':
      return ANCHORS[node.anchor];
    case 'seq':
      return node.items.map((item) => emitNode(item, state)).join('');
    case 'alt':
      return node.branches.map((branch) => emitNode(branch, state)).join('|');
    case 'group':
      return node.atomic ? emitAtomic(node.body, state) : `(?:${emitNode(node.body, state)})`;
    case 'repeat':
      return emitAtom(node.body, state) + quantifier(node.min, node.max) + (node.lazy ? '?' : '');
  }
}

/**
 * ECMAScript has no atomic groups, but a lookahead never gives back what it
 * matched: capturing inside one and then consuming the capture with a
 * backreference behaves exactly like `(?>…)`. The group's number is fixed
 * before its body is emitted, as its opening parenthesis comes first.
 */
function emitAtomic(body: RegexNode, state: EmitState): string {
  state.captures += 1;
  const number = state.captures;
  return `(?=(${emitNode(body, state)}))\\${number}`;
}

/** Something a quantifier can follow. */
function emitAtom(node: RegexNode, state: EmitState): string {
  if (node.kind === 'set' || (node.kind === 'group' && !node.atomic)) return emitNode(node, state);
  return `(?:${emitNode(node, state)})`;
}

function quantifier(min: number, max: number | undefined): string {
  if (max === undefined) return min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
  if (min === 0 && max === 1) return '?';
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

/**
 * One character step. A class lists one union; a set that also needs
 * complements becomes an alternation of classes (or, negated, an intersection
 * written with lookaheads), which is always wrapped so it stays one atom.
 */
export function emitSet(set: CharSet): string {
  const single = singleCodePoint(set);
  if (single !== undefined) return literal(single);
  const include = classBody(set.include);
  const complements = set.complements.map(classBody);
  if (!set.negated) {
    const parts = include ? [bracket(set.include, include)] : [];
    for (const body of complements) parts.push(`[^${body}]`);
    if (parts.length === 0) return '[]';
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  }
  // Not (include or not C1 or not C2 …) is: not include, and C1, and C2 ….
  if (complements.length === 0) return include ? `[^${include}]` : '[\\s\\S]';
  const lookaheads = complements.map((body) => `(?=[${body}])`).join('');
  return `(?:${lookaheads}${include ? `[^${include}]` : '[\\s\\S]'})`;
}

/** A lone property escape needs no brackets. */
function bracket(union: CharUnion, body: string): string {
  const props = new Set(union.props);
  return union.ranges.length === 0 && props.size === 1 ? body : `[${body}]`;
}

function classBody(union: CharUnion): string {
  const ranges = normalizeRanges(union.ranges).map(([lo, hi]) => {
    if (lo === hi) return classChar(lo);
    return hi === lo + 1 ? classChar(lo) + classChar(hi) : `${classChar(lo)}-${classChar(hi)}`;
  });
  return ranges.join('') + [...new Set(union.props)].join('');
}

function literal(cp: number): string {
  const char = String.fromCodePoint(cp);
  return SYNTAX_CHARACTERS.includes(char) ? `\\${char}` : printable(cp);
}

function classChar(cp: number): string {
  const char = String.fromCodePoint(cp);
  return CLASS_SPECIALS.includes(char) ? `\\${char}` : printable(cp);
}

const CONTROL_NAMES: ReadonlyMap<number, string> = new Map([
  [0x09, '\\t'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
]);

/** Printable ASCII as itself; anything else as an escape, so the output is plain ASCII. */
function printable(cp: number): string {
  if (cp >= 0x20 && cp <= 0x7e) return String.fromCodePoint(cp);
  const named = CONTROL_NAMES.get(cp);
  if (named) return named;
  const hex = cp.toString(16).toUpperCase();
  // `\uXXXX` rather than `\u{...}` where it fits: it means the same with and
  // without the `u` flag, which some validators leave out.
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  return cp <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
}
