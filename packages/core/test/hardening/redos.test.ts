import { describe, expect, it } from 'vitest';
import { redosRisk } from '../../src/regex/redos.js';

/** The fastest of three matches of `input`: the least disturbed by other load. */
function millis(regex: RegExp, input: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    regex.test(input);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Checks independently that the attack blows up: the attack's repeated middle
 * cut to 12 and to 20 characters; eight more characters multiply the time by
 * far more than any polynomial would (2^8 for a doubling per character).
 */
function expectExponential(pattern: string, attack: string): void {
  const regex = new RegExp(pattern, 'u');
  const middle = /(.)\1{9,}/su.exec(attack)!;
  const cut = (n: number) =>
    attack.slice(0, middle.index) +
    middle[1]!.repeat(n) +
    attack.slice(middle.index + middle[0].length);
  regex.test(cut(12)); // compiled before timing
  expect(millis(regex, cut(20))).toBeGreaterThan(16 * Math.max(millis(regex, cut(12)), 0.01));
}

describe('redosRisk', () => {
  it.each([
    ['^(a+)+$', 'nested quantifiers'],
    ['^(a|a)*$', 'overlapping alternatives'],
    ['^(\\w+\\s?)+$', 'nested quantifiers'],
    ['^(\\d+)*$', 'nested quantifiers'],
    ['(x+x+)+y', 'nested quantifiers'],
    // PVE's OCI image reference, as the translator emits it: `[-]*` may be empty.
    ['^[a-z\\d]+(?:(?:[._]|__|[-]*)[a-z\\d]+)*$', 'nested quantifiers'],
  ])('flags %s, with an attack that really blows up', (pattern, reason) => {
    const risk = redosRisk(pattern);
    expect(risk.vulnerable).toBe(true);
    expect(risk.reason).toMatch(reason);
    expect(risk.attack!.length).toBeLessThanOrEqual(40);
    expectExponential(pattern, risk.attack!);
  });

  it.each([
    '^[a-z]+$',
    '^(a+b)+$',
    '^(?:[a-f0-9]{2}:){31}[a-f0-9]{2}$',
    '^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?)\\.)*[a-zA-Z0-9]$',
    '^\\d+(?:;\\d+)*$',
    '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
    '',
  ])('does not flag %s, which its static check may suspect but timing clears', (pattern) => {
    expect(redosRisk(pattern)).toEqual({ vulnerable: false });
  });

  it('does not flag what it cannot compile', () => {
    expect(redosRisk('(')).toEqual({ vulnerable: false });
  });

  it('remembers results, so a recurring pattern costs nothing', () => {
    const first = redosRisk('^(b+)+$');
    const started = performance.now();
    expect(redosRisk('^(b+)+$')).toBe(first);
    expect(performance.now() - started).toBeLessThan(5);
  });
});
