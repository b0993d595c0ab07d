import { isMainThread, workerData } from 'node:worker_threads';
import { ApidocError } from '@proxmox-openapi/core';
import { CommanderError } from 'commander';
import type { GenerateJob } from './commands/generate-one.js';
import { EXIT, UsageError } from './errors.js';
import { createLogger } from './logger.js';
import { buildProgram } from './program.js';
import { runWorker } from './worker.js';

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message, or the help or version.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const log = createLogger('normal');
    if (error instanceof ApidocError || error instanceof UsageError) {
      log.error(error.message);
      return EXIT.usage;
    }
    log.error(
      `unexpected failure; this is likely a bug in proxmox-openapi\n${(error as Error).stack}`,
    );
    return EXIT.bug;
  }
}

if (isMainThread) process.exitCode = await main(process.argv);
else await runWorker(workerData as GenerateJob);
