import { describe, expect, it } from 'vitest';
import { decodeApidoc } from '../src/source/decode.js';
import { collectEndpoints } from '../src/source/normalize.js';

describe('collectEndpoints', () => {
  it('lists endpoints in tree order with methods in a fixed order', () => {
    const tree = [
      {
        path: '/nodes',
        text: 'nodes',
        info: { POST: {}, GET: {} },
        children: [{ path: '/nodes/{node}', text: '{node}', info: { DELETE: {}, GET: {} } }],
      },
      { path: '/version', text: 'version', info: { GET: {} } },
      { path: '/folder', text: 'folder' },
    ];
    const endpoints = collectEndpoints(tree, 'x.js');
    expect(endpoints.map((e) => [e.path, e.methods.map(([m]) => m)])).toEqual([
      ['/nodes', ['GET', 'POST']],
      ['/nodes/{node}', ['GET', 'DELETE']],
      ['/version', ['GET']],
    ]);
  });

  it.each([
    [{ path: 5, text: 'a' }, /\$\[0\]\.path: expected an absolute path string, found number 5/],
    [{ path: '/a', text: 'a', info: [] }, /\$\[0\]\.info: expected an object of methods/],
    [{ path: '/a', text: 'a', info: { PATCH: {} } }, /only the keys GET, POST, PUT and DELETE/],
    [{ path: '/a', text: 'a', children: {} }, /\$\[0\]\.children: expected an array of nodes/],
    [
      { path: '/a', text: 'a', info: { GET: { parameters: 'x' } } },
      /\$\[0\]\.info\.GET\.parameters: expected an object, found the string "x"/,
    ],
  ])('refuses a tree of the wrong shape (%#)', (node, message) => {
    expect(() => collectEndpoints([node], 'x.js')).toThrow(message);
  });

  it('walks a tree nested 100,000 levels deep without overflowing the stack', () => {
    let node: Record<string, unknown> = { path: '/leaf', text: 'leaf', info: { GET: {} } };
    for (let i = 0; i < 100_000; i++) node = { path: '/n', text: 'n', children: [node] };
    expect(collectEndpoints([node], 'x.js').map((e) => e.path)).toEqual(['/leaf']);
  });
});

describe('decodeApidoc', () => {
  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('var a')]);
    expect(decodeApidoc(bytes, 'x.js')).toBe('var a');
  });

  it('refuses invalid UTF-8 and names the place', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ab\ncd'), 0xff, 0x41]);
    expect(() => decodeApidoc(bytes, 'x.js')).toThrow(/^x\.js:2:3: the file is not valid UTF-8/);
  });

  it('refuses an empty file', () => {
    expect(() => decodeApidoc(new Uint8Array(), 'x.js')).toThrow(
      /^x\.js:1:1: the file is empty; expected/,
    );
  });
});
