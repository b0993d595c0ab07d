import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { OutputCache } from '../src/cache/output-cache.js';
import { type GenerateOptions, generate } from '../src/generate.js';
import { testProduct } from './fixtures.js';

const APIDOC = new URL('../../../../shared/apidoc/pbs/2026-07-05.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'output-cache-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
/** Runs generate into a folder of its own and returns the digest of each file written. */
async function run(options: Partial<GenerateOptions> = {}) {
  const outDir = join(work, `out-${runs++}`);
  const result = await generate({
    product: testProduct,
    input: APIDOC,
    outDir,
    generatorVersion: '1.0.0',
    ...options,
  });
  const digests = result.files.map((file) => sha256(readFileSync(file)));
  return { result, digests, outDir };
}

function sha256(bytes: Uint8Array) {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('output cache', () => {
  const dir = join(work, 'cache');
  let cold: Awaited<ReturnType<typeof run>>;

  it('writes, on an unchanged run, the bytes of the run without a cache', async () => {
    cold = await run();
    const first = await run({ outputCache: new OutputCache({ dir }) });
    expect(first.result.cached).toBe(false);
    const cache = new OutputCache({ dir });
    const second = await run({ outputCache: cache });
    expect(second.result.cached).toBe(true);
    expect(cache.hits).toBe(1);
    expect(second.digests).toEqual(cold.digests);
    expect(first.digests).toEqual(cold.digests);
    expect(second.result.diagnostics).toEqual(cold.result.diagnostics);
    expect(second.result.endpointCount).toBe(cold.result.endpointCount);
  });

  it('reads the apidoc after a hit only when asked', async () => {
    const { result } = await run({ outputCache: new OutputCache({ dir }) });
    expect(result.cached).toBe(true);
    expect(result.apidoc.endpoints.length).toBe(result.endpointCount);
  });

  it.each<[string, Partial<GenerateOptions>]>([
    ['another generator version', { generatorVersion: '1.0.1' }],
    ['other formats', { formats: ['json'] }],
    ['another product configuration', { product: { ...testProduct, title: 'Other' } }],
  ])('misses for %s', async (_name, options) => {
    const cache = new OutputCache({ dir });
    const { result } = await run({ ...options, outputCache: cache });
    expect(result.cached).toBe(false);
    expect(cache.misses).toBe(1);
  });

  it('misses for changed input bytes', async () => {
    const input = join(work, 'changed.js');
    writeFileSync(input, `${readFileSync(APIDOC, 'utf8')}\n// changed\n`);
    const cache = new OutputCache({ dir });
    const { result, digests } = await run({ input, outputCache: cache });
    expect(result.cached).toBe(false);
    // The document names its input by SHA-256, so it differs in that line.
    expect(digests).not.toEqual(cold.digests);
  });

  it('rebuilds a damaged entry instead of writing it', async () => {
    const damagedDir = join(work, 'damaged');
    await run({ outputCache: new OutputCache({ dir: damagedDir }) });
    const content = readdirSync(damagedDir).find((name) => name.endsWith('.1'))!;
    const path = join(damagedDir, content);
    const bytes = readFileSync(path);
    bytes[100] = bytes[100]! ^ 1;
    writeFileSync(path, bytes);
    const { result, digests } = await run({ outputCache: new OutputCache({ dir: damagedDir }) });
    expect(result.cached).toBe(false);
    expect(digests).toEqual(cold.digests);
    const again = await run({ outputCache: new OutputCache({ dir: damagedDir }) });
    expect(again.result.cached).toBe(true);
  });

  it('works in memory without a folder', async () => {
    const cache = new OutputCache();
    await run({ outputCache: cache });
    const { result, digests } = await run({ outputCache: cache });
    expect(result.cached).toBe(true);
    expect(digests).toEqual(cold.digests);
  });

  it('writes the YAML that the yaml library writes of the JSON document', () => {
    // The straightforward path: JSON.parse of the JSON output, then the
    // `yaml` library; the generator's own YAML writer must give the same bytes.
    const [json, yaml] = cold.result.files.map((file) => readFileSync(file, 'utf8'));
    const reference = stringify(JSON.parse(json!), { aliasDuplicateObjects: false, lineWidth: 0 });
    expect(sha256(Buffer.from(yaml!))).toBe(sha256(Buffer.from(reference)));
  }, 30_000);
});
