// `pnpm bench`: the benchmark suite of issue 6. Per-stage medians in process,
// whole-process figures of the built CLI and of core's `generate`, the floor
// (read, JSON.parse and JSON.stringify the api schema) in the same run, growth
// on a synthetic apidoc, parallel against serial, and the incremental
// estimate. Prints tables and writes bench/results/<time>.json and latest.json.
//
//   node --expose-gc tooling/bench/run.mjs [--quick] [--runs n] [--product pve|pbs] [--scale n]
//
// --quick runs everything once on a 2x synthetic apidoc: it proves the
// benchmark works (in `pnpm test`), its times mean little.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureNode, medianOf, usageTool } from './lib/measure.mjs';
import { formatResults } from './lib/report.mjs';
import {
  measureCacheHit,
  measureIncremental,
  measureStages,
  measureYamlLibrary,
  STAGES,
} from './lib/stages.mjs';
import { readApiSchema, writeSynthetic } from './lib/synthetic.mjs';

const root = new URL('../../', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    product: { type: 'string', multiple: true },
    scale: { type: 'string' },
  },
});
const quick = args.quick;
const runs = Number(args.runs ?? (quick ? 1 : 5));
const warmup = quick ? 0 : 1;
const scale = Number(args.scale ?? (quick ? 2 : 8));

const cli = join(root, 'apps/cli/dist/cli.js');
const floor = join(root, 'tooling/bench/floor.mjs');
const coreGenerate = join(root, 'tooling/bench/core-generate.mjs');
for (const built of [cli, join(root, 'packages/core/dist/lib/index.js')]) {
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`pnpm build\` first`);
}
const version = JSON.parse(readFileSync(join(root, 'apps/cli/package.json'), 'utf8')).version;
const env = { BENCH_GENERATOR_VERSION: version, NO_COLOR: '1' };

/** The newest snapshot of each product beside the repository. */
function newestApidoc(id) {
  const dir = join(root, '../shared/apidoc', id);
  const newest = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .pop();
  return join(dir, newest);
}

const work = mkdtempSync(join(tmpdir(), 'proxmox-openapi-bench-'));
const outDir = (name) => join(work, 'out', name);
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const began = performance.now();
const log = (message) =>
  process.stderr.write(`bench ${((performance.now() - began) / 1000).toFixed(1)}s: ${message}\n`);

const measure = (nodeArgs, n = runs, w = warmup) =>
  medianOf(n, w, () => measureNode(nodeArgs, { env, cwd: root }));
const cliGenerate = (id, input, out, cacheArgs) => [
  cli,
  'generate',
  id,
  '--input',
  input,
  '--out',
  out,
  '--quiet',
  ...cacheArgs,
];

async function processFigures(id, input) {
  const figures = {};
  log(`${id}: node alone, then the floor`);
  // What starting Node costs before any work: the part of every figure no code can save.
  figures['node -e "" (startup only)'] = await measure(['-e', '']);
  // What loading the command line costs before any command runs.
  figures['cli --version'] = await measure([cli, '--version']);
  figures.floor = await measure([floor, input, join(work, `${id}.floor.json`)]);
  log(`${id}: CLI generate, cold`);
  figures['cli generate, cold'] = await measure(
    cliGenerate(id, input, outDir(`${id}-cli-cold`), ['--no-cache']),
  );
  log(`${id}: CLI generate, unchanged (warm cache folder)`);
  const cliCache = join(work, `${id}-cli-cache`);
  figures['cli generate, unchanged'] = await measure(
    cliGenerate(id, input, outDir(`${id}-cli-warm`), ['--cache-dir', cliCache]),
    runs,
    1,
  );
  expectOutputCacheHit(cliGenerate(id, input, outDir(`${id}-cli-warm`), ['--cache-dir', cliCache]));
  log(`${id}: core generate, cold and output-cache hit`);
  figures['core generate, cold'] = await measure([
    coreGenerate,
    outDir(`${id}-core`),
    `${id}=${input}`,
  ]);
  const outputCache = join(work, `${id}-output-cache`);
  const cached = [
    coreGenerate,
    outDir(`${id}-cached`),
    '--output-cache',
    outputCache,
    `${id}=${input}`,
  ];
  await measureNode(cached, { env, cwd: root });
  figures['core generate, output-cache hit'] = await medianOf(runs, warmup, () =>
    measureNode(cached, { env: { ...env, BENCH_EXPECT_CACHED: '1' }, cwd: root }),
  );
  for (const figure of Object.values(figures)) {
    figure.wallRatio = figure.wallMs / figures.floor.wallMs;
    figure.cpuRatio = figure.cpuMs / figures.floor.cpuMs;
  }
  return figures;
}

/** Runs the CLI once more with --json and fails unless its documents came from the output cache. */
function expectOutputCacheHit(args) {
  const stdout = execFileSync(process.execPath, [...args, '--json'], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  const states = JSON.parse(stdout).map((summary) => summary.outputCache);
  if (states.some((state) => state !== 'hit')) {
    throw new Error(`expected output-cache hits from ${args.join(' ')}, got ${states.join(', ')}`);
  }
}

/** The runs whose documents differ from the cold CLI's; empty when all agree. */
function differingOutputs(id) {
  const digestOf = (dir) =>
    ['json', 'yaml'].map((f) => sha256(join(outDir(dir), `${id}.openapi.${f}`))).join();
  const reference = digestOf(`${id}-cli-cold`);
  // The warm CLI runs answered from the output cache; cli-all is `generate all` in threads.
  const dirs = ['cli-warm', 'core', 'cached'].map((name) => `${id}-${name}`).concat('cli-all');
  return dirs.filter((dir) => digestOf(dir) !== reference).map((dir) => `${id} ${dir}`);
}

/** When the builds were last written: another build during the run would mix two versions. */
function buildStamp() {
  return [cli, join(root, 'packages/core/dist/lib/index.js')]
    .map((file) => statSync(file).mtimeMs)
    .join();
}

async function growthFigures(id, input, product) {
  log(`${id}: synthetic 1x and ${scale}x`);
  const tree = readApiSchema(input);
  const one = writeSynthetic(tree, 1, work, id);
  const many = writeSynthetic(tree, scale, work, id);
  const few = Math.max(1, Math.min(runs, 3));
  const floor1x = await measure([floor, one, join(work, 'f1.json')], few);
  const floorNx = await measure([floor, many, join(work, 'fn.json')], few);
  const generate1x = await measure(cliGenerate(id, one, outDir(`${id}-1x`), ['--no-cache']), few);
  const generateNx = await measure(cliGenerate(id, many, outDir(`${id}-nx`), ['--no-cache']), few);
  const s1 = await measureStages(one, product, outDir(`${id}-s1`), { runs: few, warmup });
  const sN = await measureStages(many, product, outDir(`${id}-sn`), { runs: few, warmup });
  // Ratios of CPU time: wall time on a shared machine adds waits that do not grow with the input.
  const stageRatios = Object.fromEntries(
    STAGES.map(([stage]) => [stage, sN.cpuStages[stage] / s1.cpuStages[stage]]),
  );
  // A stage of a few milliseconds is mostly fixed costs (page faults of fresh buffers, timer
  // resolution), whose ratio says nothing of growth: the worst is taken among the rest.
  const worstStage = STAGES.map(([s]) => s)
    .filter((s) => s1.cpuStages[s] >= 5)
    .sort((a, b) => stageRatios[b] - stageRatios[a])[0];
  return {
    bytes1x: s1.bytes,
    bytesNx: sN.bytes,
    floorRatio: floorNx.wallMs / floor1x.wallMs,
    generate1x,
    generateNx,
    generateRatio: generateNx.wallMs / generate1x.wallMs,
    stages1x: s1.cpuStages,
    stagesNx: sN.cpuStages,
    stageRatios,
    pipelineRatio: sN.pipelineCpuMs / s1.pipelineCpuMs,
    worstStage,
  };
}

async function parallelFigures(inputs) {
  log('both products: serial and parallel');
  const jobs = Object.entries(inputs).map(([id, input]) => `${id}=${input}`);
  const serialCore = await measure([coreGenerate, outDir('serial'), ...jobs]);
  const threads = await measure([coreGenerate, outDir('threads'), '--threads', ...jobs]);
  const sequential = async () => {
    const started = performance.now();
    for (const [id, input] of Object.entries(inputs)) {
      await measureNode(cliGenerate(id, input, outDir('seq'), ['--no-cache']), { env, cwd: root });
    }
    return { wallMs: performance.now() - started };
  };
  // `generate all`: both products in worker threads of one process, reading the apidocs named by
  // the variables that `pnpm turbo generate` reads too.
  const allEnv = {
    ...env,
    PROXMOX_OPENAPI_PVE_APIDOC: inputs.pve,
    PROXMOX_OPENAPI_PBS_APIDOC: inputs.pbs,
  };
  const all = [cli, 'generate', 'all', '--out', outDir('cli-all'), '--quiet', '--no-cache'];
  const serialCli = await medianOf(runs, warmup, sequential);
  const parallelCli = await medianOf(runs, warmup, () =>
    measureNode(all, { env: allEnv, cwd: root }),
  );
  // The control: two processes of pure arithmetic, which share nothing. Their ratio is the
  // best that this machine, with whatever else runs on it, allows two processes.
  const spin = ['-e', 'let x = 0; for (let i = 0; i < 1e8; i++) x += i;'];
  const twice = async (together) => {
    const started = performance.now();
    if (together) await Promise.all([measureNode(spin), measureNode(spin)]);
    else for (let i = 0; i < 2; i++) await measureNode(spin);
    return { wallMs: performance.now() - started };
  };
  const serialSpin = await medianOf(Math.min(runs, 3), 0, () => twice(false));
  const parallelSpin = await medianOf(Math.min(runs, 3), 0, () => twice(true));
  return [
    {
      how: 'control: two CPU-bound node processes',
      serialMs: serialSpin.wallMs,
      parallelMs: parallelSpin.wallMs,
      ratio: parallelSpin.wallMs / serialSpin.wallMs,
    },
    {
      how: 'core generate: worker threads in one process',
      serialMs: serialCore.wallMs,
      parallelMs: threads.wallMs,
      ratio: threads.wallMs / serialCore.wallMs,
    },
    {
      how: 'CLI: generate all (worker threads) against generate pve, then pbs',
      serialMs: serialCli.wallMs,
      parallelMs: parallelCli.wallMs,
      ratio: parallelCli.wallMs / serialCli.wallMs,
    },
  ];
}

/**
 * The targets. Ratios to the floor are given for wall and CPU time:
 * on a machine shared with other work, wall time mostly measures the wait for
 * a core, while CPU time still measures the work.
 */
function targetsOf(results) {
  const targets = [];
  const limitGrowth = (scale * 9) / 8;
  const both = (name, figure, limit) => ({
    name,
    wall: figure.wallRatio,
    cpu: figure.cpuRatio,
    limit,
  });
  for (const [id, r] of Object.entries(results.products)) {
    const p = r.process;
    const g = r.growth;
    targets.push(
      both(`${id}: cold CLI generate / floor`, p['cli generate, cold'], 2.5),
      both(`${id}: unchanged CLI generate / floor`, p['cli generate, unchanged'], 0.5),
      both(`${id}: core output-cache hit / floor`, p['core generate, output-cache hit'], 0.5),
      {
        name: `${id}: cold CLI generate peak RSS, MiB`,
        wall: p['cli generate, cold'].rssMiB,
        limit: 200,
      },
      {
        name: `${id}: CLI generate ${scale}x / 1x`,
        wall: g.generateRatio,
        cpu: g.generateNx.cpuMs / g.generate1x.cpuMs,
        limit: limitGrowth,
      },
      {
        name: `${id}: worst stage ${scale}x / 1x (${g.worstStage})`,
        wall: g.stageRatios[g.worstStage],
        limit: limitGrowth,
      },
    );
  }
  for (const row of results.parallel.slice(1)) {
    targets.push({
      name: `parallel / serial, ${row.how.split(':')[0]}`,
      wall: row.ratio,
      limit: 0.75,
    });
  }
  return targets.map((t) => ({
    ...t,
    met: t.wall <= t.limit,
    cpuMet: t.cpu === undefined ? undefined : t.cpu <= t.limit,
  }));
}

// Quick mode measures PBS, the smaller, alone; both products still run in the parallel figures.
const productIds = args.product ?? (quick ? ['pbs'] : ['pve', 'pbs']);
const results = {
  date: new Date().toISOString(),
  settings: { mode: quick ? 'quick' : 'full', runs, warmup, scale },
  machine: { node: process.version, cpus: cpus().length, loadavg: loadavg(), usageTool },
  products: {},
};
const startStamp = buildStamp();
try {
  const inputs = Object.fromEntries(['pve', 'pbs'].map((id) => [id, newestApidoc(id)]));
  for (const id of productIds) {
    const input = inputs[id];
    const { product } = await import(`@proxmox-openapi/${id}`);
    log(`${id}: stages of ${input}`);
    const stages = await measureStages(input, product, outDir(`${id}-stages`), {
      runs: Math.max(runs, quick ? 1 : 7),
      warmup: quick ? 0 : 2,
    });
    results.products[id] = {
      input,
      bytes: stages.bytes,
      stages: stages.stages,
      cpuStages: stages.cpuStages,
      pipelineMs: stages.pipelineMs,
      pipelineCpuMs: stages.pipelineCpuMs,
      incremental: measureIncremental(
        stages.endpoints,
        stages.document,
        product,
        stages.stages.emit,
        { runs: quick ? 1 : 5 },
      ),
      yamlLibraryMs: quick ? undefined : await measureYamlLibrary(input, product),
      cacheHitMs: await measureCacheHit(
        input,
        product,
        outDir(`${id}-hit`),
        join(work, `${id}-hit`),
        {
          runs: quick ? 1 : 5,
        },
      ),
      process: await processFigures(id, input),
    };
    results.products[id].growth = await growthFigures(id, input, product);
  }
  results.parallel = await parallelFigures(inputs);
  results.differing = productIds.flatMap(differingOutputs);
  results.identical = results.differing.length === 0;
  results.buildChangedDuringRun = buildStamp() !== startStamp;
  results.targets = targetsOf(results);
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(formatResults(results));
const resultsDir = join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const body = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(join(resultsDir, `${results.date.replace(/[:.]/g, '-')}.json`), body);
writeFileSync(join(resultsDir, 'latest.json'), body);
log(`results in ${join(resultsDir, 'latest.json')}`);
