import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, run, scratch } from './run.js';
import { snapshots } from './snapshots.js';

const dir = scratch();
const env = { XDG_CACHE_HOME: join(dir, 'cache') };
const [pveOld, pveNew] = snapshots().filter((s) => s.product === 'pve');
const [pbsOld, pbsNew] = snapshots().filter((s) => s.product === 'pbs');

describe('diff', () => {
  it('reports the changes between two PVE snapshots as Markdown', async () => {
    const result = await run(['diff', pveOld!.file, pveNew!.file], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# API changes: .*2025-08-10\.js -> .*2026-01-04\.js\n/);
    // 628 and 646 methods in the snapshots' README: 18 added, none removed.
    expect(result.stdout).toContain('18 operations added, 0 removed.');
    expect(result.stdout).toContain('## Breaking changes');
  });

  it('exits 1 with --fail-on breaking, and --json lists the changes', async () => {
    const result = await run(
      ['diff', pbsOld!.file, pbsNew!.file, '--fail-on', 'breaking', '--json'],
      {
        env,
      },
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.breaking).toBeGreaterThan(0);
    expect(report.changes).toContainEqual(
      expect.objectContaining({ kind: 'operation-removed', severity: 'breaking' }),
    );
  });

  it('compares a generated document with an apidoc', async () => {
    const document = join(dir, 'pbs-new.json');
    const generated = await run(['generate', 'pbs', '-i', pbsNew!.file, '--out', '-'], { env });
    writeFileSync(document, generated.stdout);
    const result = await run(['diff', document, pbsNew!.file, '--fail-on', 'any'], { env });
    expect(result.stdout).toContain('0 breaking and 0 non-breaking changes');
    expect(result.code).toBe(0);
  });

  it('exits 2 for two products or a missing file', async () => {
    const mixed = await run(['diff', pbsOld!.file, pveNew!.file], { env });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/is pbs and .* is pve/);
    const missing = await run(['diff', join(dir, 'nope.js'), pveNew!.file], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.js: no such file');
  });
});

describe('validate', () => {
  const small = join(dir, 'small.json');

  it('runs swagger-parser, Redocly and Spectral on a valid document', async () => {
    const generated = await run(
      ['generate', 'pve', '-i', pveNew!.file, '--include', '/version,/access/ticket', '--out', '-'],
      { env },
    );
    writeFileSync(small, generated.stdout);
    const result = await run(['validate', small], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('swagger-parser: valid');
    expect(result.stdout).toMatch(/redocly: valid \(0 errors/);
    expect(result.stdout).toMatch(/spectral: valid \(0 errors/);
  });

  it('passes all three on an OpenAPI 3.0 document too', async () => {
    const small30 = join(dir, 'small30.yaml');
    const yaml = await run(
      [
        'generate',
        'pve',
        '-i',
        pveNew!.file,
        '--include',
        '/version,/access/ticket',
        '--openapi',
        '3.0',
        '--format',
        'yaml',
        '--out',
        '-',
      ],
      { env },
    );
    writeFileSync(small30, yaml.stdout);
    const result = await run(['validate', small30, '--json'], { env });
    const report = JSON.parse(result.stdout);
    expect(
      report.reports.map((r: { findings: { severity: string }[] }) =>
        r.findings.filter((f) => f.severity === 'error'),
      ),
    ).toEqual([[], [], []]);
    expect(result.code).toBe(0);
  });

  it('exits 1 with the findings of an invalid document', async () => {
    const broken = join(dir, 'broken.json');
    const document = JSON.parse(readFileSync(small, 'utf8'));
    delete document.info;
    writeFileSync(broken, JSON.stringify(document));
    const result = await run(['validate', broken, '--only', 'swagger-parser', '--json'], { env });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.errors).toBeGreaterThan(0);
    expect(report.reports.map((r: { validator: string }) => r.validator)).toEqual([
      'swagger-parser',
    ]);
  });

  it('outside the repository, names the validators that are not installed', async () => {
    // The built folder as installed: cli.js and the chunks that it loads.
    const installed = join(scratch(), 'dist');
    cpSync(dirname(CLI), installed, { recursive: true });
    const alone = join(installed, 'cli.js');
    // pnpm's bin shims set NODE_PATH to the workspace's packages; a user's shell has none.
    const result = await run(['validate', small], { env: { ...env, NODE_PATH: '' }, cli: alone });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('swagger-parser: valid');
    expect(result.stdout).toContain('redocly: not available: install @redocly/cli@2.77.0');
    expect(result.stdout).toContain(
      'spectral: not available: install @stoplight/spectral-cli@6.16.3',
    );
  });

  it('exits 2 for an apidoc or an unknown validator', async () => {
    const apidoc = await run(['validate', pveNew!.file], { env });
    expect(apidoc.code).toBe(2);
    expect(apidoc.stderr).toContain('is not an OpenAPI document');
    const unknown = await run(['validate', small, '--only', 'swager'], { env });
    expect(unknown.code).toBe(2);
  });
});

describe('stats', () => {
  it('counts endpoints, methods and the rest, and times each stage', async () => {
    const first = await run(['stats', pbsNew!.file, '--json'], { env });
    expect(first.code).toBe(0);
    const stats = JSON.parse(first.stdout);
    // The snapshots' README: 248 endpoints, 367 methods.
    expect(stats).toMatchObject({ product: 'pbs', endpoints: 248, methods: 367 });
    expect(Object.keys(stats.ms)).toEqual([
      'read',
      'parse',
      'normalize',
      'emit',
      'transform',
      'serialize',
    ]);
    const second = JSON.parse((await run(['stats', pbsNew!.file, '--json'], { env })).stdout);
    expect(second.cache.parse.hits).toBe(1);
  });

  it('prints a table by default', async () => {
    const result = await run(['stats', pveNew!.file], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^product +pve$/m);
    expect(result.stdout).toMatch(/^methods +646$/m);
  });

  it('exits 2 for a file of no known product', async () => {
    const file = join(dir, 'tiny.js');
    writeFileSync(file, 'const apiSchema = [{"path": "/x", "text": "x", "info": {"GET": {}}}];\n');
    const result = await run(['stats', file], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('name it with --product');
    expect((await run(['stats', file, '--product', 'pve'], { env })).code).toBe(0);
  });
});

describe('help and version', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(
      readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'),
    );
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each(['generate', 'fetch', 'diff', 'validate', 'stats'])(
    '%s --help shows examples',
    async (name) => {
      const result = await run([name, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Examples:');
      expect(result.stdout).toContain(`$ proxmox-openapi ${name} `);
    },
  );
});
