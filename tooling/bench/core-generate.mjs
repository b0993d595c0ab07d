// A fresh process that runs core's `generate` the way a program using the
// library would: for the figures that the CLI does not (yet) give, namely an
// output-cache hit and products run in worker threads.
//
// Usage:
//   node core-generate.mjs <out-dir> [--output-cache <dir>] <product>=<apidoc> ...
//   node core-generate.mjs <out-dir> --threads <product>=<apidoc> ...   one worker each
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { generate, OutputCache } from '@proxmox-openapi/core';

async function productConfig(id) {
  return (await import(`@proxmox-openapi/${id}`)).product;
}

async function generateOne({ id, input, outDir, cacheDir }) {
  const result = await generate({
    product: await productConfig(id),
    input,
    outDir,
    outputCache: cacheDir ? new OutputCache({ dir: cacheDir }) : undefined,
    // The CLI's version, so that both write the same bytes.
    generatorVersion: process.env.BENCH_GENERATOR_VERSION ?? 'bench',
  });
  return { id, cached: result.cached, endpoints: result.endpointCount };
}

function inWorker(job) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

if (!isMainThread) {
  parentPort.postMessage(await generateOne(workerData));
} else {
  const args = process.argv.slice(2);
  const outDir = args.shift();
  const threads = args[0] === '--threads' && args.shift();
  let cacheDir;
  if (args[0] === '--output-cache') cacheDir = args.splice(0, 2)[1];
  const jobs = args.map((arg) => {
    const [id, input] = arg.split('=');
    return { id, input, outDir, cacheDir };
  });
  const results = threads
    ? await Promise.all(jobs.map(inWorker))
    : await jobs.reduce(async (done, job) => [...(await done), await generateOne(job)], []);
  if (process.env.BENCH_EXPECT_CACHED && results.some((r) => !r.cached)) {
    throw new Error('expected output-cache hits');
  }
}
