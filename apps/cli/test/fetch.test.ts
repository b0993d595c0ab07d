import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The same 127.0.0.1 test server as core's download tests.
import { startServer } from '../../../packages/core/test/fetch/server.js';
import { run, scratch } from './run.js';
import { newest } from './snapshots.js';

const apidoc = readFileSync(newest('pbs').file);
const ETAG = '"pbs-1"';
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({
    '/apidoc.js': (request, response) => {
      if (request.headers['if-none-match'] === ETAG) response.writeHead(304).end();
      else response.writeHead(200, { etag: ETAG }).end(apidoc);
    },
    '/moved.js': (_request, response) => response.writeHead(302, { location: '/apidoc.js' }).end(),
    '/loop.js': (_request, response) => response.writeHead(301, { location: '/loop.js' }).end(),
    '/slow.js': (_request, response) => {
      response.writeHead(200);
      response.write('var apiSchema = [');
    },
    '/login.html': (_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Log in'),
  });
});
afterAll(() => server.close());

describe('fetch, and downloads in every command', () => {
  const dir = scratch();
  const env = { XDG_CACHE_HOME: join(dir, 'cache') };

  it('downloads, checks and saves an apidoc; a second run revalidates by ETag', async () => {
    const out = join(dir, 'pbs.js');
    const first = await run(['fetch', 'pbs', '--input', server.url('/apidoc.js'), '--out', out], {
      env,
    });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('(network)');
    expect(readFileSync(out)).toEqual(apidoc);
    const second = await run(['fetch', 'pbs', '-i', server.url('/apidoc.js'), '-o', out], { env });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('(revalidated)');
    expect(server.hits['/apidoc.js']).toBe(2);
  });

  it('--offline uses the cache without a request', async () => {
    const before = server.hits['/apidoc.js'];
    const result = await run(
      [
        'generate',
        'pbs',
        '-i',
        server.url('/apidoc.js'),
        '--offline',
        '--out',
        '-',
        '--include',
        '/ping',
      ],
      { env },
    );
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).paths)).toEqual(['/ping']);
    expect(server.hits['/apidoc.js']).toBe(before);
  });

  it('follows a redirect', async () => {
    const result = await run(['fetch', 'pbs', '-i', server.url('/moved.js'), '-o', '-', '-q'], {
      env,
    });
    expect(result.code).toBe(0);
    expect(Buffer.from(result.stdout)).toEqual(apidoc);
  });

  const failures: [string, string[], RegExp][] = [
    ['a 404', ['-i', '/missing.js'], /missing\.js: HTTP 404 Not Found/],
    [
      'a redirect loop',
      ['-i', '/loop.js'],
      /loop\.js: more than 5 redirects\n.*redirects in a loop/,
    ],
    ['a timeout', ['-i', '/slow.js', '--timeout', '500'], /slow\.js: timed out after 500 ms/],
    [
      'an oversize body',
      ['-i', '/apidoc.js', '--max-bytes', '1000', '--no-cache'],
      /larger than the limit of 1000 bytes/,
    ],
    ['a page that is not an apidoc', ['-i', '/login.html'], /login\.html.*apiSchema/],
    [
      '--offline with an empty cache',
      ['-i', '/apidoc.js', '--offline', '--cache-dir', join(dir, 'none')],
      /not in the download cache/,
    ],
  ];
  it.concurrent.for(failures)(
    'exits 2 on %s, naming the URL, and saves nothing',
    async ([name, args, message], { expect }) => {
      const out = join(dir, `failed-${name.replace(/\W+/g, '-')}.js`);
      const input = args[1]!.startsWith('/') ? server.url(args[1]!) : args[1]!;
      const result = await run(['fetch', 'pbs', '-i', input, ...args.slice(2), '-o', out], { env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(input);
      expect(existsSync(out)).toBe(false);
    },
  );
});
