import { diffDocuments, diffToMarkdown } from '@proxmox-openapi/core';
import { readDocumentInput } from '../document-input.js';
import { EXIT, UsageError } from '../errors.js';
import { loggerFor, type OutputOptions, sourceOptions } from '../options.js';
import { productNamed } from '../products.js';

/** The flags of `diff` as commander hands them over. */
export interface DiffFlags extends OutputOptions {
  product?: string;
  failOn: 'breaking' | 'any' | 'none';
  [flag: string]: unknown;
}

/** The work of `diff`, loaded when the command runs. */
export async function diffAction(oldInput: string, newInput: string, options: DiffFlags) {
  const log = loggerFor(options);
  const product = options.product ? productNamed(options.product) : undefined;
  const sources = sourceOptions(options);
  log.progress('reading both inputs ...');
  const before = await readDocumentInput(oldInput, sources, product);
  const after = await readDocumentInput(newInput, sources, product);
  if (before.product && after.product && before.product !== after.product) {
    throw new UsageError(
      `${before.source} is ${before.product} and ${after.source} is ${after.product}: ` +
        'compare two versions of one product',
    );
  }
  log.progress('comparing ...');
  const result = diffDocuments(before.document, after.document);
  if (options.json) {
    log.data(`${JSON.stringify({ old: before.source, new: after.source, ...result }, null, 2)}\n`);
  } else {
    log.data(diffToMarkdown(result, `API changes: ${before.source} -> ${after.source}`));
  }
  log.info(`${result.breaking} breaking, ${result.nonBreaking} non-breaking changes`);
  const fail =
    (options.failOn === 'breaking' && result.breaking > 0) ||
    (options.failOn === 'any' && result.changes.length > 0);
  process.exitCode = fail ? EXIT.finding : EXIT.ok;
}
