import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The bundled command line, as users run it. */
export const CLI = resolve(import.meta.dirname, '../dist/cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A scratch folder per test file. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'proxmox-openapi-e2e-'));
}

/**
 * Spawns the CLI without colour and with its own cache folder. Asynchronous,
 * so that a test's HTTP server in this process can answer it.
 */
export function run(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; cli?: string } = {},
) {
  return new Promise<Run>((done, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
    for (const key of Object.keys(env)) if (key.startsWith('PROXMOX_OPENAPI_')) delete env[key];
    Object.assign(env, options.env);
    const child = spawn(process.execPath, [options.cli ?? CLI, ...args], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      done({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
