import { Command } from 'commander';
import { diffCommand } from './commands/diff.js';
import { fetchCommand } from './commands/fetch.js';
import { generateCommand } from './commands/generate.js';
import { statsCommand } from './commands/stats.js';
import { validateCommand } from './commands/validate.js';

declare const __VERSION__: string;

/**
 * The command tree. Commander fails at once on an unknown command or flag and
 * names the nearest real one ("Did you mean --out?"); `exitOverride` turns its
 * exits into errors so that `main` decides the exit code.
 */
export function buildProgram(): Command {
  const program = new Command('proxmox-openapi')
    .description('Turn the Proxmox VE and Proxmox Backup Server apidoc.js into OpenAPI')
    .version(__VERSION__, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      [
        '',
        'Data goes to stdout, progress and diagnostics to stderr.',
        'Exit codes: 0 success, 1 a finding (--check stale, diff --fail-on, validate errors),',
        '2 bad usage or bad input.',
        '',
        'Examples:',
        '  $ proxmox-openapi generate pve --input apidoc.js --out openapi/',
        '  $ proxmox-openapi fetch pbs --out pbs.apidoc.js',
        '  $ proxmox-openapi diff old.js new.js --fail-on breaking',
        '  $ proxmox-openapi validate openapi/pve.openapi.json',
        '  $ proxmox-openapi stats pve',
      ].join('\n'),
    );
  for (const command of [
    generateCommand(),
    fetchCommand(),
    diffCommand(),
    validateCommand(),
    statsCommand(),
  ]) {
    program.addCommand(command);
  }
  applyToAll(program, (command) => command.exitOverride().showSuggestionAfterError(true));
  return program;
}

function applyToAll(command: Command, fn: (command: Command) => void) {
  fn(command);
  for (const child of command.commands) applyToAll(child, fn);
}
