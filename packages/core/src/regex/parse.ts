import type { RegexNode } from './ast.js';
import {
  type CharSet,
  codePointSet,
  emptyUnion,
  foldCase,
  foldedLetter,
  unionSet,
} from './char-set.js';
import { Cursor } from './cursor.js';
import { readEscape } from './escape.js';
import { parseClass } from './parse-class.js';
import type { Syntax } from './syntax.js';
import { UnsupportedPattern } from './unsupported.js';

/** The flags in force at a point of the pattern. */
interface Flags {
  caseless: boolean;
  multiline: boolean;
  dotAll: boolean;
}

interface Quantifier {
  min: number;
  max: number | undefined;
  lazy: boolean;
  possessive: boolean;
}

const COUNTED = /\{(\d+)(?:(,)(\d*))?\}/y;
const EMPTY_MINIMUM = /\{,(\d+)\}/y;
/** Something between braces that a reader could take for a quantifier. */
const QUANTIFIER_LIKE = /\{[\d\s,]*\}/y;
const GROUP_NAME = /(?:P?<([A-Za-z_][A-Za-z0-9_]*)>|'([A-Za-z_][A-Za-z0-9_]*)')/y;
const FLAG_GROUP = /(\^?)([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/y;
const MULTI_FOLD_LETTERS = 'filst';

/** Parses a whole pattern in the given dialect into a flag-free tree. */
export function parsePattern(text: string, syntax: Syntax): RegexNode {
  const cur = new Cursor(text);
  const flags: Flags = { caseless: false, multiline: false, dotAll: false };
  const node = parseAlternation(cur, syntax, flags);
  if (!cur.atEnd()) throw new UnsupportedPattern('unbalanced parenthesis');
  return node;
}

function parseAlternation(cur: Cursor, syntax: Syntax, outer: Flags): RegexNode {
  // Inline flags such as `(?i)` hold to the end of the enclosing group, across
  // its later alternatives too, so every branch shares one mutable copy.
  const flags = { ...outer };
  const branches = [parseSequence(cur, syntax, flags)];
  while (cur.eat('|')) branches.push(parseSequence(cur, syntax, flags));
  return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
}

function parseSequence(cur: Cursor, syntax: Syntax, flags: Flags): RegexNode {
  const items: RegexNode[] = [];
  while (!cur.atEnd() && cur.peek() !== '|' && cur.peek() !== ')') {
    const atom = parseAtom(cur, syntax, flags);
    if (!atom) continue;
    if (flags.caseless && syntax.multiCharFolds && atom.kind === 'set') {
      rejectMultiCharFold(atom.set);
    }
    items.push(applyQuantifier(cur, syntax, atom));
  }
  return items.length === 1 ? items[0]! : { kind: 'seq', items };
}

/**
 * Perl's /i lets a run of single letters match one character whose full case
 * folding is several letters: `(?i)ss` and even `(?i)[s][s]` match "ß", while
 * `(?i)s[s]` does not (checked with Perl 5.36; it depends on how the optimiser
 * joins nodes). Rather than predict that, a lone f, i, l, s or t under /i,
 * the letters of the ASCII multi-character folds (ß ss, ﬀ ff, ﬁ fi, ﬂ fl,
 * ﬃ ffi, ﬄ ffl, ﬅ ﬆ st), is refused. Classes of several letters never take
 * part in such folds.
 */
function rejectMultiCharFold(set: CharSet): void {
  const letter = foldedLetter(set);
  if (letter && MULTI_FOLD_LETTERS.includes(letter)) {
    throw new UnsupportedPattern(
      `case-insensitive "${letter}" (Perl may match a multi-character fold such as ß)`,
    );
  }
}

function applyQuantifier(cur: Cursor, syntax: Syntax, atom: RegexNode): RegexNode {
  const quantifier = readQuantifier(cur, syntax);
  if (!quantifier) return atom;
  if (atom.kind === 'anchor') throw new UnsupportedPattern('quantified anchor');
  const { min, max, lazy, possessive } = quantifier;
  const repeat: RegexNode = { kind: 'repeat', body: atom, min, max, lazy };
  if (startsQuantifier(cur, syntax)) throw new UnsupportedPattern('nested quantifier');
  // A possessive quantifier is an atomic group around the greedy one (perlre).
  return possessive ? { kind: 'group', body: repeat, atomic: true } : repeat;
}

function startsQuantifier(cur: Cursor, syntax: Syntax): boolean {
  const start = cur.pos;
  const found = readBounds(cur, syntax) !== undefined;
  cur.pos = start;
  return found;
}

function readQuantifier(cur: Cursor, syntax: Syntax): Quantifier | undefined {
  const bounds = readBounds(cur, syntax);
  if (!bounds) return undefined;
  const lazy = cur.eat('?');
  const possessive = !lazy && cur.eat('+');
  if (possessive && !syntax.atomic) throw new UnsupportedPattern('possessive quantifier');
  if (bounds.max !== undefined && bounds.max < bounds.min) {
    throw new UnsupportedPattern('quantifier with maximum below minimum');
  }
  return { ...bounds, lazy, possessive };
}

function readBounds(cur: Cursor, syntax: Syntax): Pick<Quantifier, 'min' | 'max'> | undefined {
  if (cur.eat('*')) return { min: 0, max: undefined };
  if (cur.eat('+')) return { min: 1, max: undefined };
  if (cur.eat('?')) return { min: 0, max: 1 };
  if (cur.peek() !== '{') return undefined;
  const counted = cur.match(COUNTED);
  if (counted) {
    const min = Number(counted[1]);
    if (!counted[2]) return { min, max: min };
    return { min, max: counted[3] ? Number(counted[3]) : undefined };
  }
  const emptyMinimum = syntax.emptyMinimum ? cur.match(EMPTY_MINIMUM) : null;
  if (emptyMinimum) return { min: 0, max: Number(emptyMinimum[1]) };
  const start = cur.pos;
  if (cur.match(QUANTIFIER_LIKE) || !syntax.literalBrace) {
    cur.pos = start;
    throw new UnsupportedPattern(`quantifier-like braces at "${cur.text.slice(start, start + 8)}"`);
  }
  return undefined;
}

/** One atom, or undefined for something that matches nothing, such as `(?i)`. */
function parseAtom(cur: Cursor, syntax: Syntax, flags: Flags): RegexNode | undefined {
  if (cur.eat('(')) return parseGroup(cur, syntax, flags);
  if (cur.eat('[')) return { kind: 'set', set: parseClass(cur, syntax, flags.caseless) };
  if (cur.eat('.')) {
    // `.` excludes only "\n" in both dialects unless the s flag is on.
    const set = flags.dotAll
      ? unionSet(emptyUnion(), true)
      : { ...codePointSet(0x0a), negated: true };
    return { kind: 'set', set };
  }
  if (cur.eat('^')) {
    return { kind: 'anchor', anchor: flags.multiline ? syntax.lineStart : 'start' };
  }
  if (cur.eat('$')) {
    return { kind: 'anchor', anchor: flags.multiline ? 'line-end' : syntax.dollar };
  }
  if (cur.eat('\\')) {
    const parsed = readEscape(cur, syntax, false);
    if (parsed.kind === 'anchor') return parsed;
    const set = parsed.kind === 'char' ? codePointSet(parsed.cp) : parsed.set;
    return { kind: 'set', set: flags.caseless ? foldCase(set) : set };
  }
  if (startsQuantifier(cur, syntax)) {
    throw new UnsupportedPattern('quantifier without anything to repeat');
  }
  const set = codePointSet(cur.nextCodePoint());
  return { kind: 'set', set: flags.caseless ? foldCase(set) : set };
}

function parseGroup(cur: Cursor, syntax: Syntax, flags: Flags): RegexNode | undefined {
  let atomic = false;
  let inner = flags;
  if (cur.eat('?')) {
    if (syntax.dialect === 'perl' && cur.eat('#')) {
      while (!cur.atEnd() && cur.peek() !== ')') cur.pos++;
      closeGroup(cur);
      return undefined;
    }
    if (cur.eat('>')) {
      if (!syntax.atomic) throw new UnsupportedPattern('atomic group');
      atomic = true;
    } else if (!cur.eat(':') && !cur.match(GROUP_NAME)) {
      const changed = readFlagGroup(cur, syntax, flags);
      // `(?i)` changes the flags of the enclosing group from here on.
      if (!changed) return undefined;
      inner = changed;
    }
  }
  const body = parseAlternation(cur, syntax, inner);
  closeGroup(cur);
  return { kind: 'group', body, atomic };
}

function closeGroup(cur: Cursor): void {
  if (!cur.eat(')')) throw new UnsupportedPattern('unbalanced parenthesis');
}

/**
 * Reads `(?flags)`, `(?flags:`, `(?flags-flags…` and Perl's `(?^flags:`. Returns
 * the flags for a scoped group, or undefined after updating `flags` in place
 * for an inline one.
 */
function readFlagGroup(cur: Cursor, syntax: Syntax, flags: Flags): Flags | undefined {
  const start = cur.pos;
  const found = cur.match(FLAG_GROUP);
  const caret = found?.[1] === '^';
  if (!found || (caret && (!syntax.caretFlags || found[3] !== undefined))) {
    throw new UnsupportedPattern(`group syntax (?${cur.text.slice(start, start + 3)}`);
  }
  // `^` resets to Perl's defaults (d-imnsx) before the listed flags apply.
  const result: Flags = caret ? { caseless: false, multiline: false, dotAll: false } : { ...flags };
  setFlags(result, found[2]!, true, syntax);
  setFlags(result, found[3] ?? '', false, syntax);
  if (found[4] === ':') return result;
  Object.assign(flags, result);
  return undefined;
}

function setFlags(flags: Flags, letters: string, on: boolean, syntax: Syntax): void {
  for (const letter of letters) {
    if (letter === 'i') flags.caseless = on;
    else if (letter === 'm') flags.multiline = on;
    else if (letter === 's') flags.dotAll = on;
    else if (!(on && syntax.inertFlags.includes(letter))) {
      throw new UnsupportedPattern(`flag ${on ? '' : '-'}${letter}`);
    }
  }
}
