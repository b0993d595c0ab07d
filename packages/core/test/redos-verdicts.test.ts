import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assessRedos } from '../src/regex/redos.js';
import { VERDICTS } from '../src/regex/redos-verdicts.js';
import { translatePattern } from '../src/regex/translate.js';

const SHARED = resolve(import.meta.dirname, '../../../../shared/apidoc');

/** The translated patterns of the newest snapshot of a product. */
function newestPatterns(product: 'pve' | 'pbs'): string[] {
  const dir = resolve(SHARED, product);
  const newest = readdirSync(dir)
    .filter((n) => n.endsWith('.js'))
    .sort()
    .at(-1)!;
  const text = readFileSync(resolve(dir, newest), 'utf8');
  const dialect = product === 'pve' ? 'perl' : 'rust';
  const out = new Set<string>();
  for (const match of text.matchAll(/"pattern" ?: ?("(?:[^"\\]|\\.)*")/g)) {
    const translation = translatePattern(JSON.parse(match[1]!), dialect);
    if (translation.ok) out.add(translation.pattern);
  }
  return [...out];
}

describe('the table of ReDoS verdicts', () => {
  it.each(['pve', 'pbs'] as const)('covers every pattern of the newest %s snapshot', (product) => {
    // When this fails, run `node scripts/redos-verdicts.mjs` in packages/core.
    const missing = newestPatterns(product).filter((p) => !Object.hasOwn(VERDICTS, p));
    expect(missing).toEqual([]);
  });

  it('agrees with a fresh assessment of every pattern', () => {
    const entries = Object.entries(VERDICTS);
    expect(entries.filter(([, v]) => v.vulnerable).length).toBeGreaterThan(0);
    for (const [pattern, verdict] of entries) {
      // The assessment times matches: a pause of the machine (another
      // process, a GC) can spoil one try, so a verdict gets three.
      let fresh = assessRedos(pattern);
      for (let tries = 1; tries < 3 && !isDeepStrictEqual(fresh, verdict); tries++) {
        fresh = assessRedos(pattern);
      }
      expect(fresh, pattern).toEqual(verdict);
    }
  });
});
