import { Command } from 'commander';
import { withOutputOptions, withSourceOptions } from '../options.js';
import { PRODUCT_NAMES } from '../products.js';
import type { FetchFlags } from './fetch-action.js';

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
    .action(async (name: string, options: FetchFlags) => {
      const { fetchAction } = await import('./fetch-action.js');
      await fetchAction(name, options);
    });
}
