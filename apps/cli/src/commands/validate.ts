import { Command } from 'commander';
import { list, withOutputOptions } from '../options.js';
import type { ValidateFlags } from './validate-action.js';

export const VALIDATORS = ['swagger-parser', 'redocly', 'spectral'] as const;
export type Validator = (typeof VALIDATORS)[number];

export function validateCommand(): Command {
  const command = new Command('validate')
    .description('Check an OpenAPI document with swagger-parser, Redocly CLI and Spectral')
    .argument('<document>', 'OpenAPI document, JSON or YAML')
    .option(
      '--only <validators>',
      `run only these (comma-separated): ${VALIDATORS.join(', ')}`,
      list,
    );
  withOutputOptions(command, 'print every finding as JSON');
  return command
    .addHelpText(
      'after',
      [
        '',
        'swagger-parser runs inside this command; Redocly CLI (recommended rules, less',
        'those about style) and Spectral (spectral:oas) run when they are installed',
        'beside it. Exit 1 when any of them reports an error.',
        '',
        'Examples:',
        '  $ proxmox-openapi validate pve.openapi.json',
        '  $ proxmox-openapi validate pbs.openapi.yaml --json',
      ].join('\n'),
    )
    .action(async (path: string, options: ValidateFlags) => {
      const { validateAction } = await import('./validate-action.js');
      await validateAction(path, options);
    });
}
