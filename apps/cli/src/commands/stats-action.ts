import { countDocument } from '../counts.js';
import { loggerFor, type OutputOptions, sourceOptions } from '../options.js';
import { emitStages, productFor, readStages, serializeStage } from '../pipeline.js';
import { productNamed } from '../products.js';
import { resolveSource } from '../sources.js';
import { Stages } from '../stages.js';

/** The flags of `stats` as commander hands them over. */
export interface StatsFlags extends OutputOptions {
  product?: string;
  [flag: string]: unknown;
}

/** The work of `stats`, loaded when the command runs. */
export async function statsAction(input: string, options: StatsFlags) {
  const log = loggerFor(options);
  const named = options.product ? productNamed(options.product) : undefined;
  const source = resolveSource(input, named);
  const stages = new Stages();
  log.progress(`reading ${source.location} ...`);
  const read = await readStages(source, sourceOptions(options), stages, log.debug);
  const product = productFor(source.product, read);
  log.progress('emitting ...');
  const { document, diagnostics } = await emitStages(
    read,
    product,
    { openapi: '3.1', include: [], exclude: [] },
    stages,
  );
  await serializeStage(document, ['json', 'yaml'], stages);
  const counts = countDocument(document);
  const stats = {
    product: product.id,
    source: read.loaded.source,
    bytes: read.loaded.bytes.length,
    sha256: read.sha256,
    endpoints: read.endpoints.length,
    ...counts,
    warnings: diagnostics.length,
    cache: {
      download: read.loaded.origin === 'file' ? 'none (a file)' : read.loaded.origin,
      parse: read.parseCache,
    },
    ms: stages.rounded(),
  };
  if (options.json) {
    log.data(`${JSON.stringify(stats, null, 2)}\n`);
    return;
  }
  const rows: [string, string | number][] = [
    ['product', stats.product],
    ['source', stats.source],
    ['bytes', stats.bytes],
    ['endpoints', stats.endpoints],
    ['methods', stats.methods],
    ['parameters', stats.parameters],
    ['property strings', stats.propertyStrings],
    ['patterns', stats.patterns.total],
    ['  translated', stats.patterns.translated],
    ['  kept as x-proxmox-pattern only', stats.patterns.untranslated],
    ['ReDoS flags', stats.redosFlags],
    ['emitter warnings', stats.warnings],
    ['download cache', stats.cache.download],
    ['parse cache hits / misses', `${stats.cache.parse.hits} / ${stats.cache.parse.misses}`],
    ...Object.entries(stats.ms).map(([stage, ms]): [string, string] => [
      `time: ${stage}`,
      `${ms} ms`,
    ]),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  log.data(rows.map(([name, value]) => `${name.padEnd(width)}  ${value}\n`).join(''));
}
