import { beforeAll, describe, expect, it } from 'vitest';
import {
  askPerl,
  type CodeRanges,
  type PerlAnswer,
  type PerlJob,
  perlAvailable,
  SCAN_PLANES,
} from '../../test/regex/perl-oracle.js';
import { BEHAVIOURS, REFUSALS, TRANSLATIONS } from '../../test/regex/rule-cases.js';
import { perlForRust } from '../../test/regex/rust-in-perl.js';
import { mutations, sampleFrom, seededRandom } from '../../test/regex/samples.js';
import { APIDOC_DIR, loadSnapshotPatterns } from '../../test/regex/snapshot-patterns.js';
import { parsePattern } from './parse.js';
import { SYNTAXES } from './syntax.js';
import { type PatternDialect, translatePattern } from './translate.js';

const snapshots = loadSnapshotPatterns();
const hasPerl = perlAvailable();
const snapshotTitle = snapshots
  ? 'snapshot patterns'
  : `snapshot patterns (skipped: no apidoc snapshots at ${APIDOC_DIR})`;
const perlTitle = hasPerl
  ? 'agreement with Perl'
  : 'agreement with Perl (skipped: no perl with JSON::PP on PATH)';

/**
 * Snapshot patterns that are refused on purpose, by product, with the reason
 * expected. None today: every distinct pattern of the four snapshots translates.
 */
const EXPECTED_REFUSALS: Readonly<Record<'pve' | 'pbs', Record<string, string>>> = {
  pve: {},
  pbs: {},
};

/** Random samples drawn from each snapshot pattern before mutating them. */
const SAMPLES_PER_PATTERN = 8;
/** Strings every pattern is tried on. */
const FIXED_STRINGS = ['', ' ', '\n', 'a', 'A', '0', '٣', 'é', 'ß', '\u212a', '-', '_', ':'];

/**
 * Single characters checked against Perl over every plane with assigned
 * characters: the case folds of ASCII letters and the Unicode meaning of
 * `\d`, `\w`, `\s` and `.`.
 */
const SCANS = ['(?^i:[a-zA-Z])', '\\d', '\\w', '\\s', '.', '(?^i:[\\(\\)-_.\\w\\d\\s])'];
/** Code points not yet assigned in Perl's Unicode version: Node's may be newer. */
const UNASSIGNED = '\\p{Cn}';

interface Comparison {
  label: string;
  dialect: PatternDialect;
  source: string;
  pattern: string;
  strings: string[];
}

describe('translatePattern rules', () => {
  it.each(TRANSLATIONS)('%s %j becomes %j', (dialect, given, want) => {
    expect(translatePattern(given, dialect)).toEqual({ ok: true, pattern: want });
  });

  it.each(REFUSALS)('%s %j is refused: %s', (dialect, given, reason) => {
    const result = translatePattern(given, dialect);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe.skipIf(!snapshots)(snapshotTitle, () => {
  for (const product of ['pve', 'pbs'] as const) {
    it(`${product}: every distinct pattern translates and compiles, or is a listed refusal`, () => {
      const { dialect, patterns } = snapshots!.find((entry) => entry.product === product)!;
      const refused: Record<string, string> = {};
      for (const source of patterns) {
        const result = translatePattern(source, dialect);
        if (!result.ok) refused[source] = result.reason;
        else expect(() => new RegExp(result.pattern, 'u')).not.toThrow();
      }
      expect(refused).toEqual(EXPECTED_REFUSALS[product]);
    });
  }
});

describe.skipIf(!hasPerl)(perlTitle, () => {
  const behaviours = BEHAVIOURS.map(([dialect, source, strings]) =>
    compare(`${dialect} ${source}`, dialect, source, strings),
  );
  const fromSnapshots = (snapshots ?? []).flatMap(({ product, dialect, patterns }) =>
    patterns
      .filter((source) => translatePattern(source, dialect).ok)
      .map((source) =>
        compare(`${product} ${source}`, dialect, source, candidates(source, dialect)),
      ),
  );
  const comparisons = [...behaviours, ...fromSnapshots];
  let answers: PerlAnswer[] = [];
  const answer = (index: number): PerlAnswer => answers[index]!;
  // One Perl process for the whole file; the Unicode scans take most of its time.
  beforeAll(() => {
    answers = askPerl([
      ...comparisons.map(perlJob),
      ...SCANS.map((scan): PerlJob => ({ scan })),
      { scan: UNASSIGNED },
    ]);
  }, 60_000);

  it('agrees with Perl on the hand-written behaviour cases', () => {
    const wrong = behaviours.flatMap((comparison, i) => disagreements(comparison, answer(i)));
    expect(wrong).toEqual([]);
  });

  it.skipIf(!snapshots)(
    'agrees with Perl on candidates from every pattern',
    () => {
      const offset = behaviours.length;
      const wrong = fromSnapshots.flatMap((comparison, i) =>
        disagreements(comparison, answer(offset + i)),
      );
      const accepted = fromSnapshots.map((_, i) => countAccepted(answer(offset + i)));
      const strings = fromSnapshots.map((comparison) => comparison.strings.length);
      const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
      console.info(
        `regex: ${fromSnapshots.length} patterns × ${sum(strings)} strings compared with Perl,`,
        `${sum(accepted)} accepted, ${wrong.length} disagreements`,
      );
      expect(wrong).toEqual([]);
      // Each pattern met strings on both sides of its boundary.
      const oneSided = fromSnapshots.filter(
        (_, i) => accepted[i] === 0 || accepted[i] === strings[i],
      );
      expect(oneSided.map((comparison) => comparison.label)).toEqual([]);
    },
    30_000,
  );

  it('accepts the same single characters as Perl, over the assigned planes', () => {
    const unassigned = ranges(answer(comparisons.length + SCANS.length));
    const notes: string[] = [];
    const wrong = SCANS.flatMap((scan, i) => {
      const perl = ranges(answer(comparisons.length + i));
      const differ = scanDifferences(scan, perl);
      const skipped = differ.filter((cp) => inRanges(unassigned, cp));
      if (skipped.length > 0) notes.push(`${scan}: ${skipped.length}`);
      return differ.filter((cp) => !inRanges(unassigned, cp)).map((cp) => `${scan} U+${hex(cp)}`);
    });
    if (notes.length > 0) {
      console.info(`regex: unassigned in Perl's Unicode, assigned in Node's: ${notes.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  }, 30_000);
});

function compare(
  label: string,
  dialect: PatternDialect,
  source: string,
  strings: string[],
): Comparison {
  const result = translatePattern(source, dialect);
  if (!result.ok) throw new Error(`${label} was refused: ${result.reason}`);
  return { label, dialect, source, pattern: result.pattern, strings };
}

/** PVE checks `m/^$pattern$/`; PBS runs the body between the slashes, unanchored. */
function perlJob({ dialect, source, strings }: Comparison): PerlJob {
  if (dialect === 'perl') return { pattern: source, anchored: true, strings };
  return { pattern: perlForRust(source.slice(1, -1)), anchored: false, strings };
}

/** Random strings from the pattern's own tree, their near misses, and the fixed strings. */
function candidates(source: string, dialect: PatternDialect): string[] {
  const text = dialect === 'perl' ? `^${source}$` : source.slice(1, -1);
  const tree = parsePattern(text, SYNTAXES[dialect]);
  const random = seededRandom(hashOf(source));
  const strings = new Set(FIXED_STRINGS);
  for (let i = 0; i < SAMPLES_PER_PATTERN; i++) {
    for (const string of mutations(sampleFrom(tree, random), random)) strings.add(string);
  }
  return [...strings];
}

function disagreements(comparison: Comparison, answer: PerlAnswer): string[] {
  if (!('verdicts' in answer)) return [`${comparison.label}: perl said ${JSON.stringify(answer)}`];
  const regex = new RegExp(comparison.pattern, 'u');
  return comparison.strings.flatMap((string, i) => {
    const perl = answer.verdicts[i];
    if (regex.test(string) === perl) return [];
    return [`${comparison.label} on ${JSON.stringify(string)}: Perl says ${perl}`];
  });
}

function countAccepted(answer: PerlAnswer): number {
  return 'verdicts' in answer ? answer.verdicts.filter(Boolean).length : 0;
}

/** Code points where the translation of a one-character PVE pattern and Perl disagree. */
function scanDifferences(scan: string, perl: CodeRanges): number[] {
  const result = translatePattern(scan, 'perl');
  if (!result.ok) return [-1];
  const regex = new RegExp(result.pattern, 'u');
  const differ: number[] = [];
  for (const [from, to] of SCAN_PLANES) {
    for (let cp = from; cp <= to; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (regex.test(String.fromCodePoint(cp)) !== inRanges(perl, cp)) differ.push(cp);
    }
  }
  return differ;
}

function ranges(answer: PerlAnswer): CodeRanges {
  if (!('ranges' in answer)) throw new Error(`perl said ${JSON.stringify(answer)}`);
  return answer.ranges;
}

/** Binary search over sorted, disjoint ranges. */
function inRanges(sorted: CodeRanges, cp: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = sorted[mid]!;
    if (cp < from) hi = mid - 1;
    else if (cp > to) lo = mid + 1;
    else return true;
  }
  return false;
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
