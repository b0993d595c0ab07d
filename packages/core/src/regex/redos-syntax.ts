/**
 * Just enough of ECMAScript regex syntax (ECMA-262, 22.2.1) for the ReDoS
 * check in `redos.ts`: which parts repeat, which alternatives exist, and which
 * characters each part can start with. Zero-width parts (anchors, `\b`,
 * lookarounds) and backreferences count as empty; the check that follows is
 * confirmed by timing, so these approximations cannot cause a false alarm.
 */
export type RegexNode =
  | { type: 'chars'; set: CharSet }
  | { type: 'seq'; items: RegexNode[] }
  | { type: 'alt'; options: RegexNode[] }
  | { type: 'repeat'; body: RegexNode; min: number; max: number };

/** Sorted, disjoint, inclusive code point ranges. */
export type CharSet = [number, number][];

const MAX_CODE_POINT = 0x10ffff;
const EMPTY: RegexNode = { type: 'seq', items: [] };
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SPACE: CharSet = normalize([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const LINE_TERMINATORS: CharSet = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];
const ANY: CharSet = [[0, MAX_CODE_POINT]];
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 };

/** Parses `source`, which must already compile as a `RegExp`. */
export function parseRegex(source: string): RegexNode {
  let i = 0;
  const peek = () => source[i];

  function alternation(): RegexNode {
    const options = [sequence()];
    while (peek() === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  function sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      const atom = term();
      items.push(quantified(atom));
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  function quantified(atom: RegexNode): RegexNode {
    let min: number;
    let max: number;
    const c = peek();
    if (c === '*' || c === '+' || c === '?') {
      i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (c !== '{' || !braces) return atom;
      i += braces[0].length;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    }
    if (peek() === '?') i++; // lazy: the same strings, the same backtracking
    return quantified({ type: 'repeat', body: atom, min, max });
  }

  function term(): RegexNode {
    const c = source[i++]!;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return chars(complement(LINE_TERMINATORS));
    if (c === '[') return chars(charClass());
    if (c === '\\') return escapeAtom();
    if (c === '(') {
      const lookaround = /^\?<?[=!]/.exec(source.slice(i));
      const prefix = /^\?(?::|<[^>=!]+>)/.exec(source.slice(i));
      if (lookaround) i += lookaround[0].length;
      else if (prefix) i += prefix[0].length;
      const inner = alternation();
      i++; // `)`
      return lookaround ? EMPTY : inner;
    }
    return chars(single(c.codePointAt(0)!, c.length));
  }

  function single(code: number, length: number): CharSet {
    i += length - 1;
    return [[code, code]];
  }

  function escapeAtom(): RegexNode {
    const c = source[i]!;
    if (c === 'b' || c === 'B') {
      i++;
      return EMPTY;
    }
    if (/[1-9]/.test(c) || (c === 'k' && source[i + 1] === '<')) {
      // A backreference repeats text already matched: no new ambiguity of its own.
      i += c === 'k' ? source.indexOf('>', i) - i + 1 : /^\d+/.exec(source.slice(i))![0].length;
      return EMPTY;
    }
    return chars(escapeSet());
  }

  /** The set of an escape after its `\`, in or out of a class. */
  function escapeSet(): CharSet {
    const c = source[i++]!;
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return complement(DIGIT);
      case 'w':
        return WORD;
      case 'W':
        return complement(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      case 'p':
      case 'P':
        i = source.indexOf('}', i) + 1;
        return ANY;
      case 'c': {
        const code = source.charCodeAt(i++) % 32;
        return [[code, code]];
      }
      case 'x': {
        const code = Number.parseInt(source.slice(i, i + 2), 16);
        i += 2;
        return [[code, code]];
      }
      case 'u': {
        const braced = /^\{([0-9a-fA-F]+)\}/.exec(source.slice(i));
        const hex = braced ? braced[1]! : source.slice(i, i + 4);
        i += braced ? braced[0].length : 4;
        const code = Number.parseInt(hex, 16);
        return [[code, code]];
      }
      default: {
        const control = CONTROL_ESCAPES[c];
        if (control !== undefined) return [[control, control]];
        return single(
          source.codePointAt(i - 1)!,
          String.fromCodePoint(source.codePointAt(i - 1)!).length,
        );
      }
    }
  }

  function charClass(): CharSet {
    const negated = peek() === '^';
    if (negated) i++;
    const ranges: CharSet = [];
    while (i < source.length && peek() !== ']') {
      const low = classAtom();
      if (
        peek() === '-' &&
        source[i + 1] !== ']' &&
        low.length === 1 &&
        low[0]![0] === low[0]![1]
      ) {
        i++;
        const high = classAtom();
        ranges.push([low[0]![0], high[0]![1]]);
      } else {
        ranges.push(...low);
      }
    }
    i++; // `]`
    const set = normalize(ranges);
    return negated ? complement(set) : set;
  }

  function classAtom(): CharSet {
    const c = source[i++]!;
    if (c !== '\\')
      return single(c.codePointAt(0)!, String.fromCodePoint(c.codePointAt(0)!).length);
    if (source[i] === 'b') {
      i++;
      return [[8, 8]];
    }
    return escapeSet();
  }

  return alternation();
}

function chars(set: CharSet): RegexNode {
  return { type: 'chars', set };
}

export function normalize(ranges: CharSet): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: CharSet = [];
  for (const [low, high] of sorted) {
    const last = out[out.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else out.push([low, high]);
  }
  return out;
}

export function complement(set: CharSet): CharSet {
  const out: CharSet = [];
  let next = 0;
  for (const [low, high] of set) {
    if (low > next) out.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

export function intersect(a: CharSet, b: CharSet): CharSet {
  const out: CharSet = [];
  for (const [al, ah] of a) {
    for (const [bl, bh] of b) {
      const low = Math.max(al, bl);
      const high = Math.min(ah, bh);
      if (low <= high) out.push([low, high]);
    }
  }
  return normalize(out);
}
