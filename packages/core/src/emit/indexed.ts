/**
 * Indexed parameters: PVE writes `net[n]` for the family `net0`, `net1`...
 * up to a limit fixed in its sources (the product package lists them). A
 * client must send the real names, so the document names them: by a
 * `patternProperties` regex in objects, one by one where a finite list is
 * needed (query parameters).
 */

const INDEXED = /^(.+)\[n\]$/;

/** `net` for `net[n]`, otherwise undefined. */
export function indexedPrefix(name: string): string | undefined {
  return INDEXED.exec(name)?.[1];
}

/** `^net(?:[0-9]|[12][0-9]|3[01])$` for prefix `net` and 32 slots; any index without a count. */
export function indexedNamePattern(prefix: string, count: number | undefined): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const digits = count === undefined ? '(?:0|[1-9][0-9]*)' : `(?:${rangePattern(count - 1)})`;
  return `^${escaped}${digits}$`;
}

/** `net0` ... `net31` for prefix `net` and 32 slots. */
export function indexedNames(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

/**
 * A regex alternation for the decimal numbers 0..max without leading zeros,
 * e.g. 31 -> `[0-9]|[12][0-9]|3[01]`. Built per number of digits: all shorter
 * numbers, then the numbers of max's length below and up to max.
 */
export function rangePattern(max: number): string {
  const top = String(max);
  const parts: string[] = [];
  for (let length = 1; length < top.length; length++) {
    parts.push(length === 1 ? '[0-9]' : `[1-9]${'[0-9]'.repeat(length - 1)}`);
  }
  parts.push(...upTo(top, top.length === 1 ? 0 : 1));
  return parts.join('|');
}

/** Numbers of `top`'s length from the smallest (first digit `firstMin`) up to `top`. */
function upTo(top: string, firstMin: number): string[] {
  const first = Number(top[0]);
  const rest = top.slice(1);
  if (rest === '') return [digitClass(firstMin, first)];
  const parts: string[] = [];
  if (first > firstMin) parts.push(digitClass(firstMin, first - 1) + '[0-9]'.repeat(rest.length));
  for (const tail of upTo(rest, 0)) parts.push(`${first}${tail}`);
  return parts;
}

function digitClass(low: number, high: number): string {
  if (low === high) return String(low);
  if (low === 0 && high === 9) return '[0-9]';
  return high === low + 1 ? `[${low}${high}]` : `[${low}-${high}]`;
}
