import { Command, Option } from 'commander';
import { withOutputOptions, withSourceOptions } from '../options.js';
import { PRODUCT_NAMES } from '../products.js';
import type { DiffFlags } from './diff-action.js';

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
    .action(async (oldInput: string, newInput: string, options: DiffFlags) => {
      const { diffAction } = await import('./diff-action.js');
      await diffAction(oldInput, newInput, options);
    });
}
