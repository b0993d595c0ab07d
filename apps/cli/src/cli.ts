#!/usr/bin/env node
import { ApidocError } from '@proxmox-openapi/core';
import { EXIT, UsageError } from './errors.js';
import { createLogger } from './logger.js';

declare const __VERSION__: string;

async function main(argv: string[]): Promise<number> {
  // The version alone needs no command tree: answered before commander and the commands load,
  // with the same line that commander's `.version()` prints.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    process.stdout.write(`${__VERSION__}\n`);
    return EXIT.ok;
  }
  const [{ CommanderError }, { buildProgram }] = await Promise.all([
    import('commander'),
    import('./program.js'),
  ]);
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

process.exitCode = await main(process.argv);
