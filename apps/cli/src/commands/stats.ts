import { Command, Option } from 'commander';
import { withOutputOptions, withSourceOptions } from '../options.js';
import { PRODUCT_NAMES } from '../products.js';
import type { StatsFlags } from './stats-action.js';

export function statsCommand(): Command {
  const command = new Command('stats')
    .description('Count what an apidoc holds and time each stage of generating its document')
    .argument('<apidoc>', 'apidoc.js file, http(s) URL, or a product name for its official URL')
    .addOption(
      new Option(
        '--product <product>',
        'the product, when it cannot be told from the apidoc',
      ).choices(PRODUCT_NAMES),
    );
  withSourceOptions(command);
  withOutputOptions(command, 'print the figures as JSON');
  return command
    .addHelpText(
      'after',
      [
        '',
        'Stages: read (file or download), parse, normalize, emit, serialize (JSON and YAML).',
        'Run it twice to see the parse cache at work.',
        '',
        'Examples:',
        '  $ proxmox-openapi stats apidoc.js',
        '  $ proxmox-openapi stats pbs --json',
      ].join('\n'),
    )
    .action(async (input: string, options: StatsFlags) => {
      const { statsAction } = await import('./stats-action.js');
      await statsAction(input, options);
    });
}
