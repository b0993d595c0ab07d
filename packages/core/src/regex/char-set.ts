import { UnsupportedPattern } from './unsupported.js';

/** Inclusive code point range. */
export type CodeRange = readonly [number, number];

/** What one ECMAScript class can list: code point ranges and property escapes. */
export interface CharUnion {
  ranges: CodeRange[];
  /** ECMAScript `u`-mode property escapes, e.g. `\p{Nd}` or `\P{White_Space}`. */
  props: string[];
}

/**
 * The characters one step of a regex accepts:
 * `include ∪ ¬complements[0] ∪ ¬complements[1] …`, inverted as a whole when
 * `negated`. Complements hold what one property escape cannot say, such as
 * `\W` (not any of five properties) or Rust's `[[:^cntrl:]]`.
 */
export interface CharSet {
  include: CharUnion;
  complements: CharUnion[];
  negated: boolean;
}

export function emptyUnion(): CharUnion {
  return { ranges: [], props: [] };
}

export function codePointSet(cp: number): CharSet {
  return { include: { ranges: [[cp, cp]], props: [] }, complements: [], negated: false };
}

export function unionSet(union: CharUnion, negated = false): CharSet {
  return { include: union, complements: [], negated };
}

/** The single code point a set stands for, if it is that simple. */
export function singleCodePoint(set: CharSet): number | undefined {
  const { ranges, props } = set.include;
  const only = ranges.length === 1 ? ranges[0]! : undefined;
  if (set.negated || set.complements.length > 0 || props.length > 0 || !only) return undefined;
  return only[0] === only[1] ? only[0] : undefined;
}

/**
 * `\d`, `\s` and `\w` as Perl (on character strings, see translate.ts) and the
 * Rust `regex` crate (Unicode mode, its default) define them. ECMAScript's own
 * escapes are ASCII-only even with the `u` flag, so they are spelled as
 * properties. Perl's `\s` and Rust's `\s` are both exactly White_Space (which
 * includes U+0085 and, unlike ECMAScript `\s`, excludes U+FEFF). `\w` is
 * Alphabetic, Mark, Decimal_Number, Connector_Punctuation and Join_Control
 * (perlrecharclass "Word characters"; UTS #18 Annex C, which Rust follows).
 */
const DIGIT = '\\p{Nd}';
/**
 * White_Space spelled as code points rather than `\p{White_Space}`: the set is
 * small, fixed since Unicode 4.1 and all in the BMP, and so the class also
 * works in validators that compile patterns without the `u` flag (Spectral).
 */
const SPACE: CodeRange[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];
const WORD: readonly string[] = [
  '\\p{Alphabetic}',
  '\\p{M}',
  '\\p{Nd}',
  '\\p{Pc}',
  '\\p{Join_Control}',
];

/** Whether a range lies within White_Space, none of whose characters has a case. */
function isSpace(lo: number, hi: number): boolean {
  return SPACE.some(([from, to]) => from <= lo && hi <= to);
}

export function classEscapeSet(letter: string): CharSet | undefined {
  switch (letter) {
    case 'd':
      return unionSet({ ranges: [], props: [DIGIT] });
    case 'D':
      return unionSet({ ranges: [], props: ['\\P{Nd}'] });
    case 's':
      return unionSet({ ranges: [...SPACE], props: [] });
    case 'S':
      return {
        include: emptyUnion(),
        complements: [{ ranges: [...SPACE], props: [] }],
        negated: false,
      };
    case 'w':
      return unionSet({ ranges: [], props: [...WORD] });
    case 'W':
      return {
        include: emptyUnion(),
        complements: [{ ranges: [], props: [...WORD] }],
        negated: false,
      };
    default:
      return undefined;
  }
}

/** Adds the members of an un-negated set to a class being built. */
export function addToClass(target: CharSet, item: CharSet): void {
  target.include.ranges.push(...item.include.ranges);
  target.include.props.push(...item.include.props);
  target.complements.push(...item.complements);
}

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const CASE_OFFSET = 0x20;
/**
 * Non-ASCII characters whose simple case folding is an ASCII letter: KELVIN SIGN
 * folds to "k" and LATIN SMALL LETTER LONG S to "s". Perl's /i and Rust's (?i)
 * both accept them for the ASCII letter (checked against Perl in the tests, by
 * scanning every assigned plane against `[a-zA-Z]` under /i).
 */
const NON_ASCII_FOLDS: ReadonlyMap<number, number> = new Map([
  [0x6b, 0x212a],
  [0x73, 0x17f],
]);

/**
 * Closes a class under case-insensitive matching. Only ASCII members are
 * supported: the property escapes used here (`\d`, `\s`, `\w` and their
 * negations) are already closed under case folding, and anything non-ASCII
 * would need Unicode case tables that this project does not carry.
 */
export function foldCase(set: CharSet): CharSet {
  return {
    include: foldUnion(set.include),
    complements: set.complements.map(foldUnion),
    negated: set.negated,
  };
}

function foldUnion(union: CharUnion): CharUnion {
  const ranges = [...union.ranges];
  for (const [lo, hi] of union.ranges) {
    if (hi > 0x7f && !isSpace(lo, hi)) {
      throw new UnsupportedPattern('case-insensitive matching of non-ASCII characters');
    }
    for (const [from, to, shift] of [
      [UPPER_A, UPPER_Z, CASE_OFFSET],
      [UPPER_A + CASE_OFFSET, UPPER_Z + CASE_OFFSET, -CASE_OFFSET],
    ] as const) {
      const a = Math.max(lo, from);
      const b = Math.min(hi, to);
      if (a <= b) ranges.push([a + shift, b + shift]);
    }
  }
  for (const [lower, extra] of NON_ASCII_FOLDS) {
    const has = (cp: number) => ranges.some(([lo, hi]) => lo <= cp && cp <= hi);
    if (has(lower) || has(lower - CASE_OFFSET)) ranges.push([extra, extra]);
  }
  return { ranges, props: union.props };
}

/**
 * The ASCII letter, in lower case, that every member of a set folds to, if
 * the set is one letter with its case variants (`s`, `[sS]`, `[s]` under /i).
 */
export function foldedLetter(set: CharSet): string | undefined {
  const { ranges, props } = set.include;
  if (set.negated || set.complements.length > 0 || props.length > 0) return undefined;
  const letters = new Set<string>();
  for (const [lo, hi] of ranges) {
    if (hi - lo > 3) return undefined;
    for (let cp = lo; cp <= hi; cp++) letters.add(letterOf(cp) ?? '');
  }
  const [only] = letters;
  return letters.size === 1 && only ? only : undefined;
}

function letterOf(cp: number): string | undefined {
  for (const [lower, extra] of NON_ASCII_FOLDS) {
    if (cp === extra) return String.fromCharCode(lower);
  }
  const char = String.fromCharCode(cp);
  return /^[A-Za-z]$/.test(char) ? char.toLowerCase() : undefined;
}

/**
 * Sorted ranges with overlaps merged. Ranges that only touch stay apart, so
 * `[a-z0-9/]` prints as `[/0-9a-z]` rather than `[/-9a-z]`.
 */
export function normalizeRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}
