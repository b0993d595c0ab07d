// Per-stage times in this process, by core's own functions: each run goes
// through the whole pipeline once and times every step; the figure of a stage
// is its median over the runs, after warm-up runs that let the JIT settle.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@proxmox-openapi/core';
import { median } from './measure.mjs';

export const STAGES = [
  ['read', 'read the file'],
  ['hash', 'SHA-256 of the bytes'],
  ['decode', 'strict UTF-8 decode'],
  ['locate', 'find the apiSchema array'],
  ['parse', 'JSON.parse of the array'],
  ['normalize', 'check the tree, list endpoints'],
  ['patterns', 'translate every distinct pattern'],
  ['emit', 'emit the document (patterns included)'],
  ['json', 'serialize JSON'],
  ['yaml', 'serialize YAML'],
  ['write', 'write both files atomically'],
];

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/**
 * Runs one stage, recording its wall and CPU milliseconds. CPU time is the
 * steadier figure on a machine that other work shares: it leaves out the
 * waits for a core.
 */
function timed(times, stage, work) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  times.wall[stage] = performance.now() - started;
  times.cpu[stage] = cpuMsSince(cpu);
  return result;
}

function cpuMsSince(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Every distinct `pattern` string of the tree, as emit meets them. */
function patternsOf(tree) {
  const found = new Set();
  const stack = [tree];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'pattern' && typeof child === 'string') found.add(child);
        else if (child && typeof child === 'object') stack.push(child);
      }
    }
  }
  return [...found];
}

async function runOnce(input, product, outDir) {
  const t = { wall: {}, cpu: {} };
  const bytes = timed(t, 'read', () => readFileSync(input));
  const digest = timed(t, 'hash', () => sha256(bytes));
  const text = timed(t, 'decode', () => core.decodeApidoc(bytes, input));
  // locate: the declaration, as every path finds it; parse: what generation
  // runs (the end of the array, JSON.parse, the duplicate-key check, or the
  // full scan when the fast path does not apply), which finds the declaration
  // once more (well under a millisecond).
  timed(t, 'locate', () => core.findApiSchema(text, input));
  const { tree } = timed(t, 'parse', () => core.parseApidocText(text, input));
  const endpoints = timed(t, 'normalize', () => core.collectEndpoints(tree, input));
  timed(t, 'patterns', () => {
    for (const pattern of patternsOf(tree)) {
      try {
        core.translatePattern(pattern, product.patternDialect);
      } catch {
        // A pattern that cannot be translated costs its attempt, as in emit.
      }
    }
  });
  const { document } = timed(t, 'emit', () =>
    core.emitDocument(endpoints, product, { apidocSha256: digest, generatorVersion: 'bench' }),
  );
  const json = timed(t, 'json', () => core.toJson(document));
  const yaml = timed(t, 'yaml', () => core.toYaml(document));
  const cpu = process.cpuUsage();
  const started = performance.now();
  await core.writeFilesAtomically([
    { path: join(outDir, `${product.id}.openapi.json`), content: json },
    { path: join(outDir, `${product.id}.openapi.yaml`), content: yaml },
  ]);
  t.wall.write = performance.now() - started;
  t.cpu.write = cpuMsSince(cpu);
  return { times: t, endpoints, document };
}

/** Median milliseconds per stage, and what the incremental estimate needs. */
export async function measureStages(input, product, outDir, { runs, warmup }) {
  const samples = [];
  let last;
  for (let i = 0; i < warmup + runs; i++) {
    globalThis.gc?.();
    last = await runOnce(input, product, outDir);
    if (i >= warmup) samples.push(last.times);
  }
  const medians = (kind) =>
    Object.fromEntries(
      STAGES.map(([stage]) => [stage, median(samples.map((s) => s[kind][stage]))]),
    );
  return {
    stages: medians('wall'),
    cpuStages: medians('cpu'),
    pipelineMs: median(samples.map((s) => sumOf(s.wall))),
    pipelineCpuMs: median(samples.map((s) => sumOf(s.cpu))),
    endpoints: last.endpoints,
    document: last.document,
    bytes: readFileSync(input).length,
  };
}

/** The in-process pipeline without the `patterns` stage, which emit repeats. */
export function sumOf(times) {
  return STAGES.filter(([stage]) => stage !== 'patterns').reduce((n, [s]) => n + times[s], 0);
}

/**
 * What re-emitting only a changed endpoint would save: emitting every
 * endpoint, against the subtree digests that find the change, reading the
 * previous document back, and emitting one endpoint. Serializing and writing
 * stay whole, since the outputs are whole files.
 */
export function measureIncremental(endpoints, document, product, emitMs, { runs }) {
  const digests = [];
  const emitOne = [];
  const loads = [];
  const previous = JSON.stringify(document);
  const one = endpoints[endpoints.length >> 1];
  for (let i = 0; i < runs + 1; i++) {
    let started = performance.now();
    JSON.parse(previous);
    loads.push(performance.now() - started);
    started = performance.now();
    for (const endpoint of endpoints) sha256(JSON.stringify(endpoint.node.info));
    digests.push(performance.now() - started);
    started = performance.now();
    core.emitDocument([one], product, { apidocSha256: '0'.repeat(64), generatorVersion: 'x' });
    emitOne.push(performance.now() - started);
  }
  const digestsMs = median(digests.slice(1));
  const emitOneMs = median(emitOne.slice(1));
  const loadMs = median(loads.slice(1));
  const savedMs = emitMs - digestsMs - loadMs - emitOneMs;
  return { emitAllMs: emitMs, digestsMs, loadMs, emitOneMs, savedMs };
}

/** The `yaml` library's time for the same document, the writer replaced by output/yaml.ts. */
export async function measureYamlLibrary(input, product) {
  const { stringify } = await import('yaml');
  const apidoc = core.parseApidocBytes(readFileSync(input), input);
  const { document } = core.emitDocument(apidoc.endpoints, product, {
    apidocSha256: apidoc.sha256,
    generatorVersion: 'bench',
  });
  const started = performance.now();
  stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
  return performance.now() - started;
}

/**
 * `generate` answered by a warm output cache on disk, in this process: what
 * an unchanged run costs once Node and the code are loaded.
 */
export async function measureCacheHit(input, product, outDir, cacheDir, { runs }) {
  const run = () =>
    core.generate({
      product,
      input,
      outDir,
      outputCache: new core.OutputCache({ dir: cacheDir }),
      generatorVersion: 'bench',
    });
  await run();
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const started = performance.now();
    const result = await run();
    if (!result.cached) throw new Error('expected an output-cache hit');
    times.push(performance.now() - started);
  }
  return median(times.slice(1));
}
