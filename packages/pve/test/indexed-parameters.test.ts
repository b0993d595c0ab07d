import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDEXED_PARAMETERS, indexedKey, indexedParameters } from '../src/index.js';

// The indexed parameters as the apidoc names them (`"net[n]" : {`), and the
// ranges its descriptions state in prose ("n is 0 to 30", "link0..link7").
const APIDOC = new URL('../../../../shared/apidoc/pve/2026-01-04.js', import.meta.url);
const apidoc = readFileSync(APIDOC, 'utf8');
const prefixes = new Set([...apidoc.matchAll(/"([a-z0-9_-]+)\[n\]" : \{/g)].map((m) => m[1]!));

describe('INDEXED_PARAMETERS', () => {
  it('has a limit for every indexed parameter of the apidoc, and no other', () => {
    expect(Object.keys(INDEXED_PARAMETERS).sort()).toEqual([...prefixes].sort());
  });

  it.each([
    ['ide', /IDE hard disk or CD-ROM \(n is 0 to (\d+)\)/],
    ['sata', /SATA hard disk or CD-ROM \(n is 0 to (\d+)\)/],
    ['scsi', /SCSI hard disk or CD-ROM \(n is 0 to (\d+)\)/],
    ['virtio', /VIRTIO hard disk \(n is 0 to (\d+)\)/],
    ['serial', /serial device inside the VM \(n is 0 to (\d+)\)/],
    ['parallel', /parallel devices \(n is 0 to (\d+)\)/],
    ['link', /link0\.\.link(\d+)/],
  ])('agrees with the description of %s', (prefix, prose) => {
    const last = Number(prose.exec(apidoc)?.[1]);
    expect(INDEXED_PARAMETERS[prefix]).toBe(last + 1);
  });
});

describe('indexedKey', () => {
  it.each([
    ['net[n]', 0, 'net0'],
    ['net[n]', 31, 'net31'],
    ['scsi[n]', 30, 'scsi30'],
    ['unused[n]', 255, 'unused255'],
  ])('%s slot %d is %s', (name, index, want) => {
    expect(indexedKey(name, index)).toBe(want);
  });

  it.each([
    ['net[n]', 32],
    ['net[n]', -1],
    ['net[n]', 1.5],
    ['ide[n]', 4],
    ['bogus[n]', 0],
  ])('refuses %s slot %d', (name, index) => {
    expect(() => indexedKey(name, index)).toThrow(RangeError);
  });

  it('lists each family with its prefix and count', () => {
    expect(indexedParameters['net[n]']).toEqual({ prefix: 'net', count: 32 });
  });
});
