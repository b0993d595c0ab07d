import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run, scratch } from './run.js';
import { newest } from './snapshots.js';

const pve = newest('pve');
const pbs = newest('pbs');
const env = (dir: string) => ({ XDG_CACHE_HOME: join(dir, 'cache') });

describe('generate', () => {
  const dir = scratch();

  it('writes JSON and YAML, and nothing to stdout', async () => {
    const result = await run(['generate', 'pve', '--input', pve.file, '--out', join(dir, 'out')], {
      env: env(dir),
    });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/^pve: 428 endpoints, 428 paths -> /);
    const json = JSON.parse(readFileSync(join(dir, 'out/pve.openapi.json'), 'utf8'));
    const yaml = parseYaml(readFileSync(join(dir, 'out/pve.openapi.yaml'), 'utf8'));
    expect(json.openapi).toBe('3.1.0');
    expect(yaml).toEqual(json);
  });

  it('--check passes on fresh files and exits 1 naming a stale one', async () => {
    const args = ['generate', 'pve', '--input', pve.file, '--out', join(dir, 'out'), '--check'];
    expect((await run(args, { env: env(dir) })).code).toBe(0);
    writeFileSync(join(dir, 'out/pve.openapi.yaml'), 'stale\n');
    const stale = await run(args, { env: env(dir) });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('pve.openapi.yaml is stale');
    expect(readFileSync(join(dir, 'out/pve.openapi.yaml'), 'utf8')).toBe('stale\n');
  });

  it('--check exits 1 when the files are missing, and creates nothing', async () => {
    const out = join(dir, 'never');
    const result = await run(['generate', 'pbs', '-i', pbs.file, '--out', out, '--check'], {
      env: env(dir),
    });
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('--out - prints one document; --include cuts it; --quiet silences stderr', async () => {
    const result = await run(
      ['generate', 'pve', '-i', pve.file, '--out', '-', '--include', '/version,/pools', '-q'],
      { env: env(dir) },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const paths = Object.keys(JSON.parse(result.stdout).paths);
    expect(paths.every((p) => p === '/version' || p.startsWith('/pools'))).toBe(true);
    expect(paths).toContain('/version');
  });

  it('--openapi 3.0 --format yaml writes OpenAPI 3.0.3', async () => {
    const result = await run(
      ['generate', 'pbs', '-i', pbs.file, '--openapi', '3.0', '--format', 'yaml', '--out', '-'],
      { env: env(dir) },
    );
    expect(result.code).toBe(0);
    expect(parseYaml(result.stdout).openapi).toBe('3.0.3');
  });

  it('generate all runs both products, from the environment variables', async () => {
    const out = join(dir, 'all');
    const result = await run(['generate', 'all', '--out', out, '--json'], {
      env: {
        ...env(dir),
        PROXMOX_OPENAPI_PVE_APIDOC: pve.file,
        PROXMOX_OPENAPI_PBS_APIDOC: pbs.file,
      },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((s: { product: string }) => s.product)).toEqual([
      'pve',
      'pbs',
    ]);
    expect(readdirSync(out).sort()).toEqual([
      'pbs.openapi.json',
      'pbs.openapi.yaml',
      'pve.openapi.json',
      'pve.openapi.yaml',
    ]);
  });
});

describe('generate with bad usage or bad input exits 2', () => {
  const dir = scratch();
  const truncated = join(dir, 'truncated.js');
  writeFileSync(truncated, readFileSync(pbs.file).subarray(0, 200_000));
  writeFileSync(join(dir, 'empty.js'), '');
  writeFileSync(join(dir, 'latin1.js'), Buffer.from([0x76, 0x61, 0x72, 0x20, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>Login</title>\n');

  const rows: [string, string[], RegExp][] = [
    ['an unknown product', ['generate', 'pmg'], /unknown product "pmg"/],
    [
      'a misspelled flag',
      ['generate', 'pve', '--ouput', 'x'],
      /Did you mean one of --input, --out\?/,
    ],
    ['a misspelled command', ['generat', 'pve'], /Did you mean generate\?/],
    ['a bad --openapi', ['generate', 'pve', '--openapi', '2.0'], /Allowed choices are 3\.1, 3\.0/],
    [
      'a missing file',
      ['generate', 'pve', '-i', join(dir, 'missing.js')],
      /missing\.js: no such file/,
    ],
    [
      'an empty file',
      ['generate', 'pve', '-i', join(dir, 'empty.js')],
      /empty\.js:1:1: the file is empty/,
    ],
    [
      'bytes that are not UTF-8',
      ['generate', 'pve', '-i', join(dir, 'latin1.js')],
      /latin1\.js:1:5: .*not valid UTF-8/,
    ],
    [
      'a page that is not an apidoc',
      ['generate', 'pve', '-i', join(dir, 'page.html')],
      /page\.html.*apiSchema/,
    ],
    ['a truncated apidoc', ['generate', 'pbs', '-i', truncated], /truncated\.js:\d+:\d+: /],
    [
      'an --include that keeps nothing',
      ['generate', 'pve', '-i', pve.file, '--include', '/nope'],
      /no path .* is left/,
    ],
    [
      '--out - with two formats',
      ['generate', 'pve', '--out', '-', '--format', 'json,yaml'],
      /--out - writes one document/,
    ],
  ];
  // Each row spawns its own process and writes nowhere: they run side by side.
  it.concurrent.for(rows)('%s', async ([name, args, message], { expect }) => {
    const out = join(dir, `out-${name.replace(/\W+/g, '-')}`);
    const result = await run(
      [...args, '--out', out].slice(0, args.includes('--out') ? args.length : undefined),
      {
        env: env(dir),
      },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
