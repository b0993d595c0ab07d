import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { INDEXED_PARAMETERS, indexedKey, indexedParameters } from '../src/index.js';

const APIDOC = new URL('../../../../shared/apidoc/pbs/2026-07-05.js', import.meta.url);

it('PBS has no indexed parameter (`name[n]`), so no limits', () => {
  expect(readFileSync(APIDOC, 'utf8')).not.toMatch(/"[a-z0-9_-]+\[n\]" : \{/);
  expect(INDEXED_PARAMETERS).toEqual({});
  expect(indexedParameters).toEqual({});
  expect(() => indexedKey('net[n]', 0)).toThrow(RangeError);
});
