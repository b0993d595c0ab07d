import { workerData } from 'node:worker_threads';
import type { GenerateJob } from './commands/generate-one.js';
import { runWorker } from './worker.js';

// The entry of each worker thread of `generate all` (dist/generate-worker.js).
await runWorker(workerData as GenerateJob);
