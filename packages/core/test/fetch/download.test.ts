import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadCached } from '../../src/fetch/download.js';
import { startServer } from './server.js';

const BODY = 'const apiSchema = [];\n';
const ETAG = '"v1"';
const MODIFIED = 'Thu, 01 Jan 2026 00:00:00 GMT';

let server: Awaited<ReturnType<typeof startServer>>;
let cacheDir: string;

beforeAll(async () => {
  server = await startServer({
    '/etag.js': (request, response) => {
      if (request.headers['if-none-match'] === ETAG) response.writeHead(304).end();
      else response.writeHead(200, { etag: ETAG }).end(BODY);
    },
    '/modified.js': (request, response) => {
      if (request.headers['if-modified-since'] === MODIFIED) response.writeHead(304).end();
      else response.writeHead(200, { 'last-modified': MODIFIED }).end(BODY);
    },
    '/plain.js': (_request, response) => response.writeHead(200).end(BODY),
    '/empty.js': (_request, response) => response.writeHead(200).end(),
    '/slow.js': (_request, response) => {
      response.writeHead(200);
      response.write('const apiSchema = [');
      // Never ends: the deadline has to cover the body, not only the headers.
    },
    '/hop.js': (_request, response) => response.writeHead(302, { location: '/plain.js' }).end(),
    '/loop-a.js': (_request, response) => response.writeHead(301, { location: '/loop-b.js' }).end(),
    '/loop-b.js': (_request, response) => response.writeHead(301, { location: '/loop-a.js' }).end(),
    '/big-declared.js': (_request, response) =>
      response.writeHead(200, { 'content-length': '1000' }).end('x'.repeat(1000)),
    '/big-chunked.js': (_request, response) => {
      response.writeHead(200);
      for (let i = 0; i < 10; i++) response.write('x'.repeat(100));
      response.end();
    },
    '/error.js': (_request, response) => response.writeHead(500, 'Internal Server Error').end(),
  });
});
afterAll(() => server.close());
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'pxo-download-'));
  return () => rmSync(cacheDir, { recursive: true, force: true });
});

describe('downloadCached', () => {
  it('downloads, then revalidates by ETag and serves the cached body on 304', async () => {
    const first = await downloadCached(server.url('/etag.js'), { cacheDir });
    const second = await downloadCached(server.url('/etag.js'), { cacheDir });
    expect([first.origin, second.origin]).toEqual(['network', 'revalidated']);
    expect(Buffer.from(second.bytes).toString()).toBe(BODY);
    expect(server.hits['/etag.js']).toBe(2);
  });

  it('revalidates by Last-Modified when there is no ETag', async () => {
    await downloadCached(server.url('/modified.js'), { cacheDir });
    const second = await downloadCached(server.url('/modified.js'), { cacheDir });
    expect(second.origin).toBe('revalidated');
  });

  it('downloads again when the server gives no validator', async () => {
    await downloadCached(server.url('/plain.js'), { cacheDir });
    const second = await downloadCached(server.url('/plain.js'), { cacheDir });
    expect(second.origin).toBe('network');
  });

  it('serves the cache offline without a request', async () => {
    await downloadCached(server.url('/etag.js'), { cacheDir });
    const before = server.hits['/etag.js'];
    const offline = await downloadCached(server.url('/etag.js'), { cacheDir, offline: true });
    expect(offline.origin).toBe('cache');
    expect(server.hits['/etag.js']).toBe(before);
  });

  it('follows a redirect within the limit', async () => {
    const result = await downloadCached(server.url('/hop.js'), { cacheDir });
    expect(Buffer.from(result.bytes).toString()).toBe(BODY);
  });

  const failures: [string, string, Parameters<typeof downloadCached>[1]][] = [
    ['/missing.js', 'HTTP 404 Not Found', {}],
    ['/error.js', 'HTTP 500 Internal Server Error', {}],
    ['/empty.js', 'the server sent an empty body', {}],
    ['/slow.js', 'timed out after 300 ms', { timeoutMs: 300 }],
    ['/loop-a.js', 'more than 3 redirects', { maxRedirects: 3 }],
    [
      '/big-declared.js',
      'larger than the limit of 500 bytes (1000 bytes announced)',
      { maxBytes: 500 },
    ],
    ['/big-chunked.js', 'larger than the limit of 500 bytes', { maxBytes: 500 }],
    ['/etag.js', 'not in the download cache, and --offline forbids', { offline: true }],
  ];
  it.each(failures)('%s fails with "%s", naming the URL', async (path, message, options) => {
    const url = server.url(path);
    const error = await downloadCached(url, { cacheDir, ...options }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'ApidocError', source: url });
    expect((error as Error).message).toContain(message);
    expect((error as Error).message.startsWith(`${url}: `)).toBe(true);
  });

  it('names the loop in a redirect loop', async () => {
    const error = await downloadCached(server.url('/loop-a.js'), { maxRedirects: 4 }).catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toContain('redirects in a loop');
  });

  it('leaves nothing in the cache after a failure', async () => {
    await downloadCached(server.url('/big-chunked.js'), { cacheDir, maxBytes: 500 }).catch(
      () => {},
    );
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('ignores a damaged cache entry', async () => {
    await downloadCached(server.url('/etag.js'), { cacheDir });
    const body = readdirSync(cacheDir).find((name) => name.endsWith('.body'))!;
    writeFileSync(join(cacheDir, body), 'truncat');
    const again = await downloadCached(server.url('/etag.js'), { cacheDir });
    expect(again.origin).toBe('network');
  });
});
