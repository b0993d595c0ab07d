import { writeFilesAtomically } from '@proxmox-openapi/core';
import { UsageError } from '../errors.js';
import { loggerFor, type OutputOptions, sourceOptions } from '../options.js';
import { readStages } from '../pipeline.js';
import { PRODUCT_NAMES, productNamed } from '../products.js';
import { resolveSource } from '../sources.js';
import { Stages } from '../stages.js';

/** The flags of `fetch` as commander hands them over. */
export interface FetchFlags extends OutputOptions {
  input?: string;
  out?: string;
  [flag: string]: unknown;
}

/** The work of `fetch`, loaded when the command runs. */
export async function fetchAction(name: string, options: FetchFlags) {
  const log = loggerFor(options);
  const product = productNamed(name);
  if (!product) {
    throw new UsageError(
      `unknown product ${JSON.stringify(name)}; expected ${PRODUCT_NAMES.join(', ')}`,
    );
  }
  const source = resolveSource(options.input ?? product.id, product);
  if (source.kind !== 'url') throw new UsageError(`${options.input}: fetch takes an http(s) URL`);
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
}
