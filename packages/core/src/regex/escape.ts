import type { Anchor } from './ast.js';
import { type CharSet, classEscapeSet } from './char-set.js';
import type { Cursor } from './cursor.js';
import type { Syntax } from './syntax.js';
import { UnsupportedPattern } from './unsupported.js';

/** What a backslash sequence stands for. */
export type Escape =
  | { kind: 'char'; cp: number }
  | { kind: 'set'; set: CharSet }
  | { kind: 'anchor'; anchor: Anchor };

const CONTROL_ESCAPES: Readonly<Record<string, number>> = {
  n: 0x0a,
  t: 0x09,
  r: 0x0d,
  f: 0x0c,
  a: 0x07,
};

const HEX_BRACED = /x\{([0-9A-Fa-f]{1,6})\}/y;
const HEX_TWO = /x([0-9A-Fa-f]{2})/y;
const RUST_UNICODE = /u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})/y;
const PERL_OCTAL_ZERO = /0([0-7]{0,2})/y;
/** ASCII punctuation: escaped, it stands for itself in both dialects. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Reads the escape after a backslash. Only escapes whose meaning is the same on
 * the server and in this translation are accepted; the rest fail with a reason.
 */
export function readEscape(cur: Cursor, syntax: Syntax, inClass: boolean): Escape {
  if (cur.atEnd()) throw new UnsupportedPattern('pattern ends with a backslash');
  const c = cur.peek();
  const set = classEscapeSet(c);
  if (set) {
    cur.pos++;
    return { kind: 'set', set };
  }
  const control = CONTROL_ESCAPES[c];
  if (control !== undefined) {
    cur.pos++;
    return { kind: 'char', cp: control };
  }
  const number = readNumericEscape(cur, syntax);
  if (number !== undefined) return { kind: 'char', cp: number };
  const special = readLetterEscape(c, syntax, inClass);
  if (special) {
    cur.pos++;
    return special;
  }
  // `\_` is not punctuation, but both dialects read it as a plain underscore.
  if (PUNCTUATION.test(c) || c === '_') {
    cur.pos++;
    return { kind: 'char', cp: c.charCodeAt(0) };
  }
  throw new UnsupportedPattern(`escape \\${c}`);
}

function readNumericEscape(cur: Cursor, syntax: Syntax): number | undefined {
  const hex = cur.match(HEX_BRACED) ?? cur.match(HEX_TWO);
  if (hex) return checkedCodePoint(hex[1]!);
  if (cur.peek() === 'x') throw new UnsupportedPattern('\\x without two hex digits');
  if (syntax.dialect === 'rust') {
    const unicode = cur.match(RUST_UNICODE);
    if (unicode) return checkedCodePoint(unicode[1] ?? unicode[2] ?? unicode[3]!);
  }
  if (syntax.octalZero) {
    const octal = cur.match(PERL_OCTAL_ZERO);
    if (octal) return Number.parseInt(`0${octal[1]}`, 8);
  }
  if (/[1-9]/.test(cur.peek())) throw new UnsupportedPattern('backreference or octal escape');
  return undefined;
}

function checkedCodePoint(hexDigits: string): number {
  const cp = Number.parseInt(hexDigits, 16);
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    throw new UnsupportedPattern(`escape for U+${cp.toString(16).toUpperCase()}`);
  }
  return cp;
}

function readLetterEscape(c: string, syntax: Syntax, inClass: boolean): Escape | undefined {
  const perl = syntax.dialect === 'perl';
  if (c === 'e' && perl) return { kind: 'char', cp: 0x1b };
  // Perl's `\v` is a class of vertical whitespace; Rust's is VT alone.
  if (c === 'v' && !perl) return { kind: 'char', cp: 0x0b };
  // In a Perl class `\b` is a backspace; elsewhere it is a word boundary.
  if (c === 'b' && perl && inClass) return { kind: 'char', cp: 0x08 };
  if (inClass) return undefined;
  if (c === 'A') return { kind: 'anchor', anchor: 'start' };
  if (c === 'z') return { kind: 'anchor', anchor: 'end' };
  if (c === 'Z' && syntax.endOrFinalNewline) {
    return { kind: 'anchor', anchor: 'end-or-final-newline' };
  }
  if (c === 'b' || c === 'B') {
    throw new UnsupportedPattern(`word boundary \\${c}`);
  }
  return undefined;
}
