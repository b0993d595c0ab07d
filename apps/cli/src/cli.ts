import { homedir } from 'node:os';
import { join } from 'node:path';
import { ApidocError, generate, ParseCache } from '@proxmox-openapi/core';
import { Command, CommanderError } from 'commander';
import { createLogger } from './logger.js';
import { PRODUCTS, productNamed } from './products.js';

declare const __VERSION__: string;

/** Exit codes: 0 success, 1 a finding, 2 bad usage or bad input. */
const EXIT_USAGE = 2;

function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'proxmox-openapi');
}

const program = new Command('proxmox-openapi')
  .description('Turn the Proxmox VE and Proxmox Backup Server apidoc.js into OpenAPI 3.1')
  .version(__VERSION__)
  .showSuggestionAfterError(true)
  .exitOverride();

program
  .command('generate')
  .description('Generate <product>.openapi.json and <product>.openapi.yaml from an apidoc')
  .argument('<product>', `one of: ${Object.keys(PRODUCTS).join(', ')}`)
  .option('-i, --input <file|url>', 'apidoc.js path or http(s) URL (default: the official viewer)')
  .option('-o, --out <dir>', 'output folder', '.')
  .option('--cache-dir <dir>', 'cache folder', defaultCacheDir())
  .option('--no-cache', 'do not use the parse cache')
  .option('-q, --quiet', 'print nothing but errors')
  .option('-v, --verbose', 'print debug messages')
  .addHelpText(
    'after',
    '\nExamples:\n' +
      '  $ proxmox-openapi generate pve --input apidoc.js --out openapi/\n' +
      '  $ proxmox-openapi generate pbs --out openapi/\n',
  )
  .action(async (name: string, options) => {
    const log = createLogger(options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal');
    const product = productNamed(name);
    if (!product) {
      throw new UsageError(
        `unknown product ${JSON.stringify(name)}; expected one of: ${Object.keys(PRODUCTS).join(', ')}`,
      );
    }
    const cache = options.cache
      ? new ParseCache({ dir: join(options.cacheDir, 'parsed'), debug: log.debug })
      : undefined;
    const started = performance.now();
    const result = await generate({
      product,
      input: options.input ?? product.apidocUrl,
      outDir: options.out,
      cache,
      generatorVersion: __VERSION__,
    });
    for (const diagnostic of result.diagnostics)
      log.debug(`${diagnostic.where}: ${diagnostic.message}`);
    const ms = Math.round(performance.now() - started);
    log.info(
      `${product.id}: ${result.apidoc.endpoints.length} endpoints -> ${result.files.join(', ')} ` +
        `(${result.diagnostics.length} warnings, ${ms} ms)`,
    );
  });

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message or the help already.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const log = createLogger('normal');
    if (error instanceof ApidocError || error instanceof UsageError) {
      log.error(error.message);
      return EXIT_USAGE;
    }
    log.error(
      `unexpected failure; this is likely a bug in proxmox-openapi\n${(error as Error).stack}`,
    );
    return 70;
  }
}

process.exitCode = await main(process.argv);
