import type { OutputFormat } from '@proxmox-openapi/core';
import { Command, Option } from 'commander';
import { EXIT, UsageError } from '../errors.js';
import type { Logger } from '../logger.js';
import {
  list,
  loggerFor,
  type OutputOptions,
  sourceOptions,
  withOutputOptions,
  withSourceOptions,
} from '../options.js';
import { PRODUCT_NAMES } from '../products.js';
import { type GenerateJob, type GenerateSummary, generateOne, lookUp } from './generate-one.js';

const FORMATS: OutputFormat[] = ['json', 'yaml'];

/** The flags as commander hands them over. */
interface GenerateFlags extends OutputOptions {
  input?: string;
  out: string;
  openapi: '3.0' | '3.1';
  format?: string[];
  include?: string[];
  exclude?: string[];
  check?: boolean;
  strict?: boolean;
  [flag: string]: unknown;
}

export function generateCommand(): Command {
  const command = new Command('generate')
    .description('Generate the OpenAPI document of a product from its apidoc')
    .argument('<product>', `${PRODUCT_NAMES.join(', ')}, or all (each in its own thread)`)
    .option(
      '-i, --input <source>',
      'apidoc.js file, http(s) URL, or a product name for its official URL',
    )
    .option('-o, --out <dir>', 'output folder, or - for stdout', '.')
    .addOption(
      new Option('--openapi <version>', 'OpenAPI version').choices(['3.1', '3.0']).default('3.1'),
    )
    .option(
      '--format <list>',
      'json, yaml or json,yaml (default: json,yaml; json for stdout)',
      list,
    )
    .option('--include <prefixes>', 'keep only paths under these prefixes (comma-separated)', list)
    .option('--exclude <prefixes>', 'drop paths under these prefixes (comma-separated)', list)
    .option(
      '--check',
      'write nothing; exit 1 when the files on disk differ from what would be written',
    )
    .option('--strict', 'treat warnings (duplicate keys, contradictions...) as errors');
  withSourceOptions(command);
  withOutputOptions(command);
  return command
    .addHelpText(
      'after',
      [
        '',
        'Without --input: PROXMOX_OPENAPI_<PRODUCT>_APIDOC, else the viewer file of a Proxmox',
        'host, else the official URL.',
        '',
        'Examples:',
        '  $ proxmox-openapi generate pve --input apidoc.js --out openapi/',
        '  $ proxmox-openapi generate pbs --openapi 3.0 --format yaml --out openapi/',
        '  $ proxmox-openapi generate pve --include /nodes/{node}/qemu --out - | jq .paths',
        '  $ proxmox-openapi generate all --out openapi/ --check',
      ].join('\n'),
    )
    .action(async (name: string, options) => {
      const log = loggerFor(options);
      process.exitCode = await runGenerate(name, options, log);
    });
}

async function runGenerate(name: string, options: GenerateFlags, log: Logger): Promise<number> {
  const all = name === 'all';
  if (!all && !PRODUCT_NAMES.includes(name)) {
    throw new UsageError(
      `unknown product ${JSON.stringify(name)}; expected ${PRODUCT_NAMES.join(', ')} or all`,
    );
  }
  const toStdout = options.out === '-';
  const formats = (options.format as string[] | undefined) ?? (toStdout ? ['json'] : FORMATS);
  const unknown = formats.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (unknown.length > 0)
    throw new UsageError(`unknown format ${unknown.join(', ')}; expected json, yaml`);
  if (toStdout && (formats.length !== 1 || all || options.check)) {
    throw new UsageError(
      '--out - writes one document: name one product and one --format, without --check',
    );
  }
  if (toStdout && options.json)
    throw new UsageError('--json and --out - would both write to stdout');
  if (all && options.input)
    throw new UsageError('--input names one apidoc; it cannot serve generate all');

  const job = (product: string): GenerateJob => ({
    product,
    input: options.input,
    out: options.out,
    formats: [...new Set(formats)] as OutputFormat[],
    openapi: options.openapi,
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    check: options.check === true,
    strict: options.strict === true,
    source: sourceOptions(options),
  });

  let summaries: GenerateSummary[];
  if (all) {
    log.progress('generating pve and pbs ...');
    // The output cache is asked here first: a hit costs less than starting a thread.
    const settled = await Promise.allSettled(
      PRODUCT_NAMES.map(async (p) => {
        const looked = await lookUp(job(p));
        if (looked.hit) return generateOne(job(p), looked);
        // Loaded here: a run answered from the cache has no use for worker threads.
        const { generateInWorker } = await import('../worker.js');
        const summary = await generateInWorker({ ...job(p), loaded: looked.loaded });
        return {
          ...summary,
          debug: [...looked.debug, ...summary.debug],
          ms: { ...looked.stages.rounded(), ...summary.ms },
        };
      }),
    );
    const failed = settled.filter((s) => s.status === 'rejected');
    // Report every failure, then let the first decide the exit code.
    for (const failure of failed.slice(1)) log.error((failure.reason as Error).message);
    if (failed.length > 0) throw failed[0]!.reason;
    summaries = settled.map((s) => (s as PromiseFulfilledResult<GenerateSummary>).value);
  } else {
    log.progress(`generating ${name} ...`);
    summaries = [await generateOne(job(name))];
  }

  for (const summary of summaries) report(summary, options, log);
  if (options.json)
    log.data(
      `${JSON.stringify(
        summaries.map(({ stdout: _, ...s }) => s),
        null,
        2,
      )}\n`,
    );
  if (toStdout) log.data(summaries[0]!.stdout!);
  return summaries.some((s) => s.stale.length > 0) ? EXIT.finding : EXIT.ok;
}

function report(summary: GenerateSummary, options: GenerateFlags, log: Logger) {
  for (const message of summary.debug) log.debug(message);
  for (const warning of summary.warnings) log.debug(warning);
  const ms = Object.entries(summary.ms).map(([stage, ms]) => `${stage} ${ms} ms`);
  log.debug(
    `${summary.product}: ${summary.source} (${summary.origin}), output cache ` +
      `${summary.outputCache}; ${ms.join(', ')}`,
  );
  const total = Math.round(Object.values(summary.ms).reduce((a, b) => a + b, 0));
  if (options.check) {
    for (const file of summary.stale) log.error(`${file} is stale: regenerate it`);
    if (summary.stale.length === 0)
      log.info(`${summary.product}: ${summary.files.join(', ')} up to date`);
    return;
  }
  const where = summary.files.length > 0 ? summary.files.join(', ') : 'stdout';
  const notes = [`${summary.warnings.length} warnings`, `${total} ms`];
  if (summary.outputCache === 'hit') notes.push('from the output cache');
  if (summary.unchanged.length > 0 && summary.unchanged.length === summary.files.length)
    notes.push('files already up to date');
  log.info(
    `${summary.product}: ${summary.endpoints} endpoints, ${summary.paths} paths -> ${where} ` +
      `(${notes.join(', ')})`,
  );
}
