import { product as pbs } from '@proxmox-openapi/pbs';
import { product as pve } from '@proxmox-openapi/pve';
import { describe, expect, it } from 'vitest';
import { useColor } from '../src/logger.js';
import { defaultCacheDir, resolveSource } from '../src/sources.js';

describe('resolveSource', () => {
  const host = (path: string) => path === '/usr/share/doc/proxmox-backup/html/api-viewer/apidoc.js';
  const none = () => false;
  const rows: [
    string,
    string | undefined,
    typeof pve | undefined,
    Record<string, string>,
    (p: string) => boolean,
    object,
  ][] = [
    [
      'a product name',
      'pve',
      undefined,
      {},
      none,
      { kind: 'url', location: pve.apidocUrl, product: pve },
    ],
    [
      'a URL',
      'https://h:8006/a.js',
      pve,
      {},
      none,
      { kind: 'url', location: 'https://h:8006/a.js' },
    ],
    ['a file', 'dir/apidoc.js', undefined, {}, none, { kind: 'file', location: 'dir/apidoc.js' }],
    ['nothing, off a host', undefined, pbs, {}, none, { kind: 'url', location: pbs.apidocUrl }],
    [
      'nothing, on a PBS host',
      undefined,
      pbs,
      {},
      host,
      { kind: 'file', location: '/usr/share/doc/proxmox-backup/html/api-viewer/apidoc.js' },
    ],
    [
      'nothing, with the variable set',
      undefined,
      pbs,
      { PROXMOX_OPENAPI_PBS_APIDOC: 'x.js' },
      host,
      { kind: 'file', location: 'x.js' },
    ],
  ];
  it.each(rows)('%s', (_name, input, product, env, exists, want) => {
    expect(resolveSource(input, product, env, exists)).toMatchObject(want);
  });

  it('refuses other URL schemes', () => {
    expect(() => resolveSource('ftp://h/apidoc.js')).toThrow(/only http:\/\/ and https:\/\//);
  });
});

describe('useColor', () => {
  const rows: [Record<string, string>, boolean][] = [
    [{ NO_COLOR: '1' }, false],
    [{ CI: 'true' }, false],
    [{}, process.stderr.isTTY === true],
  ];
  it.each(rows)('%o gives %s', (env, want) => {
    expect(useColor(env)).toBe(want);
  });
});

describe('defaultCacheDir', () => {
  it('follows XDG_CACHE_HOME', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/proxmox-openapi');
  });
});
