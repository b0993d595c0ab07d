import { addToClass, type CharSet, type CodeRange, emptyUnion, foldCase } from './char-set.js';
import type { Cursor } from './cursor.js';
import { readEscape } from './escape.js';
import type { Syntax } from './syntax.js';
import { UnsupportedPattern } from './unsupported.js';

/**
 * Rust's POSIX classes, always ASCII whatever the Unicode mode (regex-syntax,
 * "ASCII character classes").
 */
const ASCII_POSIX: Readonly<Record<string, readonly CodeRange[]>> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0x00, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

const POSIX_CLASS = /\[:(\^?)([a-z]+):\]/y;

/** Reads a bracketed class; the cursor is just past its `[`. */
export function parseClass(cur: Cursor, syntax: Syntax, caseless: boolean): CharSet {
  const negated = cur.eat('^');
  const set: CharSet = { include: emptyUnion(), complements: [], negated: false };
  // A `]` right after `[` or `[^` is a literal in both dialects.
  let first = true;
  for (;;) {
    if (cur.atEnd()) throw new UnsupportedPattern('unterminated character class');
    if (!first && cur.eat(']')) break;
    first = false;
    if (readPosixClass(cur, syntax, set)) continue;
    if (syntax.dialect === 'rust') rejectRustClassSyntax(cur);
    const lo = readClassAtom(cur, syntax);
    if (typeof lo !== 'number') {
      addToClass(set, lo);
      continue;
    }
    if (cur.peek() !== '-' || cur.peek(1) === ']' || cur.peek(1) === '') {
      set.include.ranges.push([lo, lo]);
      continue;
    }
    if (syntax.dialect === 'rust' && cur.startsWith('--')) {
      throw new UnsupportedPattern('class difference --');
    }
    cur.pos++;
    const hi = readClassAtom(cur, syntax);
    if (typeof hi !== 'number')
      throw new UnsupportedPattern('class range ending in \\d, \\w or \\s');
    if (hi < lo) throw new UnsupportedPattern('reversed class range');
    set.include.ranges.push([lo, hi]);
  }
  const result = { ...set, negated };
  return caseless ? foldCase(result) : result;
}

function readClassAtom(cur: Cursor, syntax: Syntax): number | CharSet {
  if (!cur.eat('\\')) return cur.nextCodePoint();
  const parsed = readEscape(cur, syntax, true);
  if (parsed.kind === 'anchor') throw new UnsupportedPattern('anchor inside a class');
  return parsed.kind === 'char' ? parsed.cp : parsed.set;
}

function readPosixClass(cur: Cursor, syntax: Syntax, set: CharSet): boolean {
  const start = cur.pos;
  const found = cur.match(POSIX_CLASS);
  if (!found) return false;
  const ranges = ASCII_POSIX[found[2]!];
  if (!syntax.asciiPosixClasses || !ranges) {
    cur.pos = start;
    // Perl's POSIX classes follow Unicode on character strings (perlrecharclass).
    throw new UnsupportedPattern(`POSIX class [:${found[1]}${found[2]}:]`);
  }
  if (found[1] === '^') set.complements.push({ ranges: [...ranges], props: [] });
  else set.include.ranges.push(...ranges);
  return true;
}

/** Rust classes nest and combine with `&&`, `--` and `~~`; none of that is supported. */
function rejectRustClassSyntax(cur: Cursor): void {
  if (cur.peek() === '[') throw new UnsupportedPattern('nested character class');
  for (const op of ['&&', '--', '~~']) {
    if (cur.startsWith(op)) throw new UnsupportedPattern(`class set operation ${op}`);
  }
}
