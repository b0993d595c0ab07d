import { type CharSet, intersect, parseRegex, type RegexNode } from './redos-syntax.js';
import { VERDICTS } from './redos-verdicts.js';

/** Whether a pattern backtracks catastrophically, as `x-proxmox-redos` reports it. */
export interface RedosRisk {
  vulnerable: boolean;
  /** A short input on which matching takes far too long, when vulnerable. */
  attack?: string;
  /** What in the pattern is ambiguous, when vulnerable. */
  reason?: string;
}

/** An input of this many pumped characters must be matched in well under a millisecond. */
const ATTACK_LENGTH = 30;
/**
 * A single match slower than this, twice in a row, confirms the risk. Real
 * blow-ups double with each character (PVE's OCI pattern: 6 ms at 20, 5.6 s
 * at 30 on a loaded machine), so any machine crosses it well before 30
 * characters, while a linear pattern stays in microseconds: the verdict, and
 * so the document, is the same on fast and slow machines. Kept low because
 * every cold run pays for reaching it (about 10 ms a flagged pattern).
 */
const SLOW_MS = 2;
/** A bounded repeat with fewer iterations than this cannot blow up on 30 characters. */
const LARGE_REPEAT = 8;
/** Characters that end an input so that it fails: few patterns accept all four. */
const SUFFIXES = ['!', '\u0000', ' ', '\n'];
const MAX_PUMPS = 4;
const PREFERRED = 'a0A._-:/ ';

interface Candidate {
  reason: string;
  /** A string that leads the match up to the repeat. */
  prefix: string;
  /** Strings the ambiguous repeat can consume in more than one way. */
  pumps: string[];
}

const known = new Map<string, RedosRisk>();

/**
 * Whether an ECMAScript pattern (compiled with `u`, as JSON Schema does)
 * backtracks exponentially. First a static check, in the manner of
 * safe-regex and recheck: a repeat whose body holds another repeat (star
 * height above one), or alternatives that can start with the same character
 * under a repeat, can match one string in exponentially many ways. Each
 * suspect is then confirmed by timing: inputs built from the repeat's
 * characters, followed by a character that makes the match fail, are matched
 * with growing lengths up to 30; only a pattern that then takes over `SLOW_MS`
 * (twice) is reported, with that input. The lengths grow two characters at a
 * time, so a real blow-up is caught after a fraction of a second, never left
 * to run. Results are remembered by pattern.
 */
export function redosRisk(pattern: string): RedosRisk {
  let risk = known.get(pattern);
  if (!risk) {
    // The patterns of the snapshots are assessed ahead of time (see
    // redos-verdicts.ts): timing them costs every cold run 50 to 180 ms,
    // mostly V8 compiling large patterns. Any other pattern is timed here.
    risk = Object.hasOwn(VERDICTS, pattern) ? VERDICTS[pattern]! : assessRedos(pattern);
    known.set(pattern, risk);
  }
  return risk;
}

/** The verdict for a pattern, computed now: no cache, no table. */
export function assessRedos(pattern: string): RedosRisk {
  let regex: RegExp;
  let candidates: Candidate[];
  try {
    regex = compile(pattern);
    candidates = suspects(parseRegex(pattern));
  } catch {
    // Not a pattern this engine runs (or nested past the call stack): nothing to time.
    return { vulnerable: false };
  }
  const tried = new Set<string>();
  for (const candidate of candidates) {
    const attack = confirm(regex, candidate, tried);
    if (attack !== undefined) {
      return {
        vulnerable: true,
        attack,
        reason:
          `${candidate.reason}; matching time doubles with each repeat of the attack's ` +
          `middle, past ${SLOW_MS} ms within ${ATTACK_LENGTH} characters`,
      };
    }
  }
  return { vulnerable: false };
}

function compile(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return new RegExp(pattern);
  }
}

/** The repeats that the static check finds ambiguous, with what leads to each. */
function suspects(root: RegexNode): Candidate[] {
  const found: Candidate[] = [];
  const walk = (node: RegexNode, prefix: string): void => {
    switch (node.type) {
      case 'seq': {
        let lead = prefix;
        for (const item of node.items) {
          walk(item, lead);
          lead += sample(item);
        }
        return;
      }
      case 'alt':
        for (const option of node.options) walk(option, prefix);
        return;
      case 'repeat':
        if (node.max >= LARGE_REPEAT) {
          const reason = ambiguity(node.body);
          if (reason) found.push({ reason, prefix, pumps: pumps(node.body) });
        }
        walk(node.body, prefix);
        return;
      case 'chars':
        return;
    }
  };
  walk(root, '');
  return found;
}

/**
 * Why a repeated body can split one input in several ways, if it can; a
 * nested repeat is named first, being the more common and the stronger cause.
 */
function ambiguity(body: RegexNode): string | undefined {
  let nested = false;
  let overlapping = false;
  visit(body, (node) => {
    if (node.type === 'repeat' && node.max > 1 && first(node.body).length > 0) nested = true;
    if (node.type === 'alt') {
      const starts = node.options.map(first);
      for (let a = 0; a < starts.length; a++) {
        for (let b = a + 1; b < starts.length; b++) {
          if (intersect(starts[a]!, starts[b]!).length > 0) overlapping = true;
        }
      }
    }
  });
  if (nested) return 'nested quantifiers: a repeated part itself repeats';
  if (overlapping) return 'overlapping alternatives under a quantifier';
  return undefined;
}

function visit(node: RegexNode, see: (node: RegexNode) => void): void {
  see(node);
  if (node.type === 'seq') for (const item of node.items) visit(item, see);
  if (node.type === 'alt') for (const option of node.options) visit(option, see);
  if (node.type === 'repeat') visit(node.body, see);
}

/** The characters a non-empty match of `node` can start with. */
function first(node: RegexNode): CharSet {
  switch (node.type) {
    case 'chars':
      return node.set;
    case 'alt':
      return node.options.flatMap(first);
    case 'repeat':
      return node.max === 0 ? [] : first(node.body);
    case 'seq': {
      const out: CharSet = [];
      for (const item of node.items) {
        out.push(...first(item));
        if (!nullable(item)) break;
      }
      return out;
    }
  }
}

function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case 'chars':
      return false;
    case 'alt':
      return node.options.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
    case 'seq':
      return node.items.every(nullable);
  }
}

/** A shortest string that `node` matches. */
function sample(node: RegexNode): string {
  switch (node.type) {
    case 'chars':
      return representative(node.set);
    case 'seq':
      return node.items.map(sample).join('');
    case 'alt':
      return node.options.map(sample).reduce((a, b) => (b.length < a.length ? b : a));
    case 'repeat':
      return sample(node.body).repeat(node.min);
  }
}

/** Inputs to repeat: each character the body is built from, and one pass of it. */
function pumps(body: RegexNode): string[] {
  const out = new Set<string>();
  visit(body, (node) => {
    if (node.type === 'chars' && node.set.length > 0) out.add(representative(node.set));
  });
  const once = (node: RegexNode): string =>
    node.type === 'repeat'
      ? once(node.body).repeat(Math.max(node.min, 1))
      : node.type === 'seq'
        ? node.items.map(once).join('')
        : node.type === 'alt'
          ? once(node.options[0]!)
          : sample(node);
  const pass = once(body);
  if (pass.length > 0) out.add(pass);
  return [...out].slice(0, MAX_PUMPS);
}

function representative(set: CharSet): string {
  for (const c of PREFERRED) {
    const code = c.codePointAt(0)!;
    if (set.some(([low, high]) => low <= code && code <= high)) return c;
  }
  return set.length > 0 ? String.fromCodePoint(set[0]![0]) : '';
}

/**
 * Lengths of the pumped part, in characters: 12 to 30 one by one, so that a
 * blow-up that doubles with each character overshoots `SLOW_MS` by twice at
 * most and the check stays cheap. An input still matched in under `FAST_MS`
 * at 20 is not blowing up fast enough to be slow at 30; the rest is skipped.
 */
const LENGTHS = Array.from({ length: ATTACK_LENGTH - 11 }, (_, i) => 12 + i);
const CHECKPOINT = 20;
const FAST_MS = 0.05;

/**
 * An input that makes `regex` slow, if this candidate's inputs find one. The
 * input reported has the full 30 pumped characters, whatever length the
 * timing stopped at, so that a loaded machine reports the same input as an
 * idle one: documents stay byte-identical.
 */
function confirm(regex: RegExp, candidate: Candidate, tried: Set<string>): string | undefined {
  // V8 compiles a regex on its first runs; that time must not count as backtracking.
  for (let i = 0; i < 3; i++) regex.test(`${candidate.prefix}${candidate.pumps[0] ?? ''}!`);
  for (const pump of candidate.pumps) {
    for (const suffix of SUFFIXES) {
      const key = `${candidate.prefix}\u0000${pump}\u0000${suffix}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const times = new Map<number, number>();
      for (const length of LENGTHS) {
        const attack = (n: number) =>
          candidate.prefix + pump.repeat(Math.ceil(n / pump.length)) + suffix;
        const ms = elapsed(regex, attack(length));
        if (ms > SLOW_MS && elapsed(regex, attack(length)) > SLOW_MS) return attack(ATTACK_LENGTH);
        if (length === CHECKPOINT && ms < FAST_MS) break;
        if (growsSlowly(times, length, ms)) break;
        times.set(length, ms);
      }
    }
  }
  return undefined;
}

/**
 * Whether the time grows too slowly to be exponential: less than fourfold
 * over four more characters, once the earlier time is large enough to
 * measure (`MEASURABLE_MS`). A blow-up doubles with each character, sixteen
 * times over four; a polynomial one (nested repeats over disjoint sets) stays
 * near its power and is dropped here instead of being timed up to 30.
 */
function growsSlowly(times: Map<number, number>, length: number, ms: number): boolean {
  const before = times.get(length - 4);
  return before !== undefined && before > MEASURABLE_MS && ms < before * 4;
}

const MEASURABLE_MS = 0.2;

function elapsed(regex: RegExp, input: string): number {
  const start = performance.now();
  regex.test(input);
  return performance.now() - start;
}
