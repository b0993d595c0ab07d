import type { RegexNode } from '../../src/regex/ast.js';
import type { CharSet } from '../../src/regex/char-set.js';
import { emitSet } from '../../src/regex/emit.js';

/** A small seeded generator (mulberry32), so every run tests the same strings. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Characters worth trying where a class leaves a choice: printable ASCII, the
 * controls the patterns exclude, and non-ASCII characters on which Unicode
 * rules, case folding or ECMAScript's own escapes differ: NEL and NBSP,
 * `é`, `ß`, LONG S, KELVIN SIGN, Arabic-Indic and fullwidth digits, a Greek
 * and a CJK letter, ZWJ, a combining accent, LINE SEPARATOR, BOM, EM SPACE,
 * an astral letter and an emoji.
 */
export const CHAR_POOL: readonly string[] = [
  ...Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0x20 + i)),
  ...[0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0d, 0x1f, 0x7f, 0x85, 0x9f, 0xa0].map((cp) =>
    String.fromCodePoint(cp),
  ),
  ...'éßſ\u212aΩ中٣０\u200d\u0301\u2028\ufeff\u2003𐐀😀'.split(/(?:)/u),
];

const setMembers = new Map<CharSet, string[]>();

/** The characters of CHAR_POOL in a set, as the translation of the set decides. */
function poolMembers(set: CharSet): string[] {
  let members = setMembers.get(set);
  if (!members) {
    const matcher = new RegExp(`^(?:${emitSet(set)})$`, 'u');
    members = CHAR_POOL.filter((char) => matcher.test(char));
    setMembers.set(set, members);
  }
  return members;
}

/**
 * A string built by walking the tree: a random branch of each alternation, a
 * small random count for each repetition (at most two past the minimum), a
 * random member of each set. It usually matches; when anchors or lookaround
 * make it miss, it still serves as a near miss.
 */
export function sampleFrom(node: RegexNode, random: () => number): string {
  switch (node.kind) {
    case 'set':
      return sampleChar(node.set, random);
    case 'anchor':
      return '';
    case 'seq':
      return node.items.map((item) => sampleFrom(item, random)).join('');
    case 'alt':
      return sampleFrom(node.branches[Math.floor(random() * node.branches.length)]!, random);
    case 'group':
      return sampleFrom(node.body, random);
    case 'repeat': {
      const top = Math.min(node.max ?? node.min + 2, node.min + 2);
      const count = node.min + Math.floor(random() * (top - node.min + 1));
      return Array.from({ length: count }, () => sampleFrom(node.body, random)).join('');
    }
  }
}

function sampleChar(set: CharSet, random: () => number): string {
  const { ranges } = set.include;
  if (!set.negated && ranges.length > 0 && random() < 0.75) {
    const [lo, hi] = ranges[Math.floor(random() * ranges.length)]!;
    return String.fromCodePoint(lo + Math.floor(random() * (hi - lo + 1)));
  }
  const members = poolMembers(set);
  return members[Math.floor(random() * members.length)] ?? '';
}

/** Samples up to this many characters are also tried twice over. */
const SHORT = 24;

/**
 * Near misses of a sample: each edit a typo or an attack might make, plus the
 * Unicode look-alikes on which engines disagree.
 */
export function mutations(sample: string, random: () => number): string[] {
  const chars = [...sample];
  const at = () => Math.floor(random() * (chars.length + 1));
  const pick = () => CHAR_POOL[Math.floor(random() * CHAR_POOL.length)]!;
  const splice = (index: number, remove: number, insert: string) =>
    [...chars.slice(0, index), insert, ...chars.slice(index + remove)].join('');
  const out = [
    sample,
    `${sample}\n`,
    `\n${sample}`,
    `${sample}\n\n`,
    `${sample}\r\n`,
    `${sample}x`,
    `x${sample}`,
    ` ${sample} `,
    sample.toUpperCase(),
    sample.toLowerCase(),
    sample.replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())),
    sample.replace(/k/gi, '\u212a'),
    sample.replace(/s/gi, '\u017f'),
    sample.replace(/[0-9]/, '٣'),
    sample.replace(/[0-9]/g, '０'),
    sample.replace(/[a-z]/i, 'é'),
    sample.replace(/ss/i, 'ß'),
    chars.slice(0, -1).join(''),
  ];
  // Lists such as "a;b" need a repeat, but a long repeat can take a backtracking
  // engine exponential time on patterns like PVE's OCI image reference.
  if (chars.length <= SHORT) {
    out.push(`${sample}${sample}`, `${sample};${sample}`, `${sample},${sample}`);
    out.push(`${sample}\n${sample}`);
  }
  for (let i = 0; i < 4; i++) {
    out.push(splice(at(), 1, ''), splice(at(), 0, pick()), splice(at(), 1, pick()));
  }
  out.push(splice(at(), 0, '\n'), splice(at(), 0, '\u0085'), splice(at(), 0, '\u2028'));
  return out;
}
