import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './run.js';
import { newest } from './snapshots.js';

const pbs = newest('pbs');
const pve = newest('pve');

interface Summary {
  product: string;
  outputCache: 'hit' | 'miss' | 'off';
  files: string[];
  unchanged: string[];
  warnings: string[];
}

/** `generate --json` into `out`, with the cache folder `cache`; its summaries and stderr. */
async function generate(args: string[], out: string, cache: string) {
  const result = await run(['generate', ...args, '--out', out, '--cache-dir', cache, '--json']);
  expect(result.stderr).not.toContain('error:');
  expect(result.code).toBe(0);
  return { summaries: JSON.parse(result.stdout) as Summary[], stderr: result.stderr };
}

/** The digests of a folder's two documents: a deep comparison of megabytes would take seconds. */
const bytesOf = (dir: string, product = 'pbs') =>
  ['json', 'yaml'].map((format) =>
    createHash('sha256')
      .update(readFileSync(join(dir, `${product}.openapi.${format}`)))
      .digest('hex'),
  );

describe('generate with the output cache', () => {
  const dir = scratch();
  const cache = join(dir, 'cache');

  it('answers a second run from the cache, with the bytes of a run without it', async () => {
    const first = await generate(['pbs', '-i', pbs.file], join(dir, 'first'), cache);
    expect(first.summaries[0]!.outputCache).toBe('miss');
    const second = await generate(['pbs', '-i', pbs.file], join(dir, 'second'), cache);
    expect(second.summaries[0]!.outputCache).toBe('hit');
    expect(second.stderr).toContain('from the output cache');
    const uncached = await generate(['pbs', '-i', pbs.file, '--no-cache'], join(dir, 'off'), cache);
    expect(uncached.summaries[0]!.outputCache).toBe('off');
    expect(bytesOf(join(dir, 'second'))).toEqual(bytesOf(join(dir, 'off')));
    expect(bytesOf(join(dir, 'first'))).toEqual(bytesOf(join(dir, 'off')));
  });

  it('--verbose says that the documents came from the cache', async () => {
    const result = await run([
      'generate',
      'pbs',
      '-i',
      pbs.file,
      '--out',
      join(dir, 'verbose'),
      '--cache-dir',
      cache,
      '--verbose',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/debug: output cache: hit for [0-9a-f]{12}/);
    expect(result.stderr).toMatch(/output cache hit; read [\d.]+ ms, lookup [\d.]+ ms, write/);
  });

  it('misses for a changed apidoc, a changed option and with --no-cache', async () => {
    const changed = join(dir, 'changed.js');
    copyFileSync(pbs.file, changed);
    writeFileSync(changed, '\n// one more line\n', { flag: 'a' });
    const rows: [string[], Summary['outputCache']][] = [
      [['pbs', '-i', changed], 'miss'],
      [['pbs', '-i', pbs.file, '--openapi', '3.0'], 'miss'],
      [['pbs', '-i', pbs.file, '--exclude', '/admin'], 'miss'],
      [['pbs', '-i', pbs.file, '--format', 'yaml'], 'miss'],
      [['pbs', '-i', pbs.file, '--no-cache'], 'off'],
    ];
    for (const [args, want] of rows) {
      const { summaries } = await generate(args, join(dir, 'misses'), cache);
      expect([args, summaries[0]!.outputCache]).toEqual([args, want]);
    }
  });

  it('leaves files that already hold the right bytes untouched', async () => {
    const out = join(dir, 'untouched');
    const first = await generate(['pbs', '-i', pbs.file], out, cache);
    expect(first.summaries[0]!.unchanged).toEqual([]);
    const before = first.summaries[0]!.files.map((file) => statSync(file).mtimeMs);
    const second = await generate(['pbs', '-i', pbs.file], out, cache);
    expect(second.summaries[0]!.unchanged).toEqual(first.summaries[0]!.files);
    expect(second.summaries[0]!.files.map((file) => statSync(file).mtimeMs)).toEqual(before);

    writeFileSync(join(out, 'pbs.openapi.yaml'), 'stale\n');
    const third = await generate(['pbs', '-i', pbs.file], out, cache);
    expect(third.summaries[0]!.unchanged).toEqual([join(out, 'pbs.openapi.json')]);
    expect(bytesOf(out)).toEqual(bytesOf(join(dir, 'off')));
  });

  it('--check compares the cached documents with the files', async () => {
    const out = join(dir, 'check');
    await generate(['pbs', '-i', pbs.file], out, cache);
    const args = ['generate', 'pbs', '-i', pbs.file, '--out', out, '--cache-dir', cache, '--check'];
    expect((await run(args)).code).toBe(0);
    writeFileSync(join(out, 'pbs.openapi.json'), '{}\n');
    const stale = await run(args);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('pbs.openapi.json is stale');
  });

  it('--strict fails on a hit as on a miss, with the same message', async () => {
    // A duplicate key: the reader keeps the last and warns.
    const apidoc = join(dir, 'duplicate.js');
    writeFileSync(
      apidoc,
      'const apiSchema = [{"path": "/version", "text": "version", "leaf": 1, ' +
        '"info": {"GET": {"method": "GET", "name": "v", "description": "a", "description": "b", ' +
        '"returns": {"type": "null"}}}}];\n',
    );
    const args = ['generate', 'pve', '-i', apidoc, '--out', join(dir, 'strict')];
    const lenient = await generate(args.slice(1, 4), join(dir, 'strict'), cache);
    expect(lenient.summaries[0]!.warnings.length).toBeGreaterThan(0);
    // A miss would parse again and leave the parsed tree in the cache folder.
    rmSync(join(cache, 'parsed'), { recursive: true });
    const hit = await run([...args, '--cache-dir', cache, '--strict']);
    expect(existsSync(join(cache, 'parsed'))).toBe(false);
    const miss = await run([...args, '--no-cache', '--strict']);
    expect(hit.code).toBe(2);
    expect(miss.code).toBe(2);
    const errorLine = (stderr: string) => stderr.split('\n').find((l) => l.startsWith('error:'));
    expect(errorLine(hit.stderr)).toBe(errorLine(miss.stderr));
    expect(errorLine(miss.stderr)).toContain('duplicate.js:1:');
  });

  it('generate all answers both products from the cache', async () => {
    const out = join(dir, 'all');
    const env = { PROXMOX_OPENAPI_PVE_APIDOC: pve.file, PROXMOX_OPENAPI_PBS_APIDOC: pbs.file };
    const args = ['generate', 'all', '--out', out, '--cache-dir', cache, '--json'];
    const first = await run(args, { env });
    expect(first.code).toBe(0);
    const second = await run(args, { env });
    expect(second.code).toBe(0);
    const states = (stdout: string) =>
      (JSON.parse(stdout) as Summary[]).map((s) => [s.product, s.outputCache]);
    expect(states(first.stdout)).toEqual([
      ['pve', 'miss'],
      ['pbs', 'hit'],
    ]);
    expect(states(second.stdout)).toEqual([
      ['pve', 'hit'],
      ['pbs', 'hit'],
    ]);
    expect(bytesOf(out)).toEqual(bytesOf(join(dir, 'off')));
  });
});
