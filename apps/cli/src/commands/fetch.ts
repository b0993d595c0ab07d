import { writeFilesAtomically } from '@proxmox-openapi/core';
import { Command } from 'commander';
import { UsageError } from '../errors.js';
import { loggerFor, sourceOptions, withOutputOptions, withSourceOptions } from '../options.js';
import { readStages } from '../pipeline.js';
import { PRODUCT_NAMES, productNamed } from '../products.js';
import { resolveSource } from '../sources.js';
import { Stages } from '../stages.js';

export function fetchCommand(): Command {
  const command = new Command('fetch')
    .description('Download the current apidoc of a product, check that it reads, and save it')
    .argument('<product>', PRODUCT_NAMES.join(', '))
    .option('-i, --input <url>', 'download from this URL instead of the official viewer')
    .option('-o, --out <file>', 'where to save it, or - for stdout (default: <product>.apidoc.js)');
  withSourceOptions(command);
  withOutputOptions(command);
  return command
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ proxmox-openapi fetch pve',
        '  $ proxmox-openapi fetch pbs --out apidoc/pbs.js',
        '  $ proxmox-openapi fetch pve --input https://pve.example:8006/pve-docs/api-viewer/apidoc.js',
      ].join('\n'),
    )
    .action(async (name: string, options) => {
      const log = loggerFor(options);
      const product = productNamed(name);
      if (!product) {
        throw new UsageError(
          `unknown product ${JSON.stringify(name)}; expected ${PRODUCT_NAMES.join(', ')}`,
        );
      }
      const source = resolveSource(options.input ?? product.id, product);
      if (source.kind !== 'url')
        throw new UsageError(`${options.input}: fetch takes an http(s) URL`);
      log.progress(`downloading ${source.location} ...`);
      const stages = new Stages();
      // Parsing before saving keeps an error page or a cut-off body out of the file.
      const read = await readStages(source, sourceOptions(options), stages, log.debug);
      const out = (options.out as string | undefined) ?? `${product.id}.apidoc.js`;
      if (out === '-') log.data(Buffer.from(read.loaded.bytes).toString('utf8'));
      else
        await writeFilesAtomically([
          { path: out, content: Buffer.from(read.loaded.bytes).toString('utf8') },
        ]);
      const summary = {
        product: product.id,
        source: read.loaded.source,
        origin: read.loaded.origin,
        sha256: read.sha256,
        bytes: read.loaded.bytes.length,
        endpoints: read.endpoints.length,
        out,
      };
      if (read.loaded.cacheWriteError) log.warn(read.loaded.cacheWriteError);
      log.info(
        `${product.id}: ${summary.bytes} bytes, ${summary.endpoints} endpoints ` +
          `(${summary.origin}) -> ${out === '-' ? 'stdout' : out}`,
      );
      if (options.json && out !== '-') log.data(`${JSON.stringify(summary, null, 2)}\n`);
    });
}
