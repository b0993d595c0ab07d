import { parentPort, Worker } from 'node:worker_threads';
import { ApidocError } from '@proxmox-openapi/core';
import { type GenerateJob, type GenerateSummary, generateOne } from './commands/generate-one.js';
import { UsageError } from './errors.js';

type Reply = { ok: GenerateSummary } | { error: { name: string; message: string; stack?: string } };

/**
 * `generate all` runs each product in a worker thread: the products share
 * nothing, and parsing and emitting are CPU-bound. The thread starts at
 * generate-worker.js, which the build puts beside this code's chunk, and loads
 * only what generating needs.
 */
export function generateInWorker(job: GenerateJob): Promise<GenerateSummary> {
  return new Promise((resolve, reject) => {
    const entry = new URL('./generate-worker.js', import.meta.url);
    const worker = new Worker(entry, { workerData: job });
    worker.once('message', (reply: Reply) => {
      if ('ok' in reply) resolve(reply.ok);
      else reject(rebuild(reply.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the worker for ${job.product} stopped with code ${code}`));
    });
  });
}

/** The worker's side: run the job and send back its summary or its error. */
export async function runWorker(job: GenerateJob): Promise<void> {
  let reply: Reply;
  try {
    reply = { ok: await generateOne(job) };
  } catch (error) {
    const e = error as Error;
    reply = { error: { name: e.name, message: e.message, stack: e.stack } };
  }
  parentPort!.postMessage(reply);
}

/** Errors cross threads as plain data; bad input must stay bad input. */
function rebuild(error: { name: string; message: string; stack?: string }): Error {
  if (error.name === 'ApidocError') {
    const rebuilt = new ApidocError('', { source: '' });
    Object.defineProperty(rebuilt, 'message', { value: error.message });
    return rebuilt;
  }
  if (error.name === 'UsageError') return new UsageError(error.message);
  const bug = new Error(error.message);
  bug.stack = error.stack;
  return bug;
}
