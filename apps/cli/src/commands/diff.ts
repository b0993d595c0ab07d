import { diffDocuments, diffToMarkdown } from '@proxmox-openapi/core';
import { Command, Option } from 'commander';
import { readDocumentInput } from '../document-input.js';
import { EXIT, UsageError } from '../errors.js';
import { loggerFor, sourceOptions, withOutputOptions, withSourceOptions } from '../options.js';
import { PRODUCT_NAMES, productNamed } from '../products.js';

export function diffCommand(): Command {
  const command = new Command('diff')
    .description('Compare two apidocs (or two generated documents) of one product')
    .argument('<old>', 'apidoc.js or OpenAPI document: file, URL or product name')
    .argument('<new>', 'the same, newer')
    .addOption(
      new Option(
        '--product <product>',
        'the product, when it cannot be told from the apidocs',
      ).choices(PRODUCT_NAMES),
    )
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when there is a change of this level')
        .choices(['breaking', 'any', 'none'])
        .default('none'),
    );
  withSourceOptions(command);
  withOutputOptions(command, 'print the changes as JSON instead of Markdown');
  return command
    .addHelpText(
      'after',
      [
        '',
        'A change is breaking when a client written for <old> can fail against <new>:',
        'a method or parameter removed, a parameter newly required, an enum narrowed,',
        'a type changed, a response field removed.',
        '',
        'Examples:',
        '  $ proxmox-openapi diff old/apidoc.js new/apidoc.js > CHANGES.md',
        '  $ proxmox-openapi diff pve.openapi.json pve --fail-on breaking',
        '  $ proxmox-openapi diff a.js b.js --json | jq \'.changes[] | select(.severity == "breaking")\'',
      ].join('\n'),
    )
    .action(async (oldInput: string, newInput: string, options) => {
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
        log.data(
          `${JSON.stringify({ old: before.source, new: after.source, ...result }, null, 2)}\n`,
        );
      } else {
        log.data(diffToMarkdown(result, `API changes: ${before.source} -> ${after.source}`));
      }
      log.info(`${result.breaking} breaking, ${result.nonBreaking} non-breaking changes`);
      const fail =
        (options.failOn === 'breaking' && result.breaking > 0) ||
        (options.failOn === 'any' && result.changes.length > 0);
      process.exitCode = fail ? EXIT.finding : EXIT.ok;
    });
}
