// The packaging checks of a packed tarball: publint (exports, files, formats)
// and Are the Types Wrong (every entry's types resolve as its code does).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** publint's messages for a tarball, warnings counted as errors, as text. */
export async function publintMessages(tarball) {
  const data = await readFile(tarball);
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, strict: true });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`);
}

/**
 * Are the Types Wrong's problems for a tarball's module entries (those with
 * `types`; the JSON and YAML files are data). The packages are ESM only, so
 * problems of CommonJS resolution (`node10`, `node16-cjs`) do not count, as
 * in attw's `esm-only` profile.
 */
export async function attwProblems(tarball, entrypoints) {
  const manifest = require.resolve('@arethetypeswrong/cli/package.json');
  const bin = join(dirname(manifest), 'dist/index.js');
  const args = [bin, tarball, '--format', 'json', '--no-color', '--entrypoints', ...entrypoints];
  let stdout;
  try {
    ({ stdout } = await run(process.execPath, args, { maxBuffer: 64 << 20 }));
  } catch (error) {
    // attw exits 1 when it finds problems; its JSON is on stdout all the same.
    stdout = error.stdout;
    if (!stdout) throw error;
  }
  const { analysis } = JSON.parse(stdout);
  return (analysis.problems ?? [])
    .filter((problem) => !CJS_ONLY.has(problem.resolutionKind))
    .map((problem) => `${problem.kind} ${problem.entrypoint ?? ''} (${problem.resolutionKind})`);
}

const CJS_ONLY = new Set(['node10', 'node16-cjs']);

/** The entries of a package.json `exports` that name types: its modules. */
export function moduleEntrypoints(manifest) {
  return Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'object' && target.types)
    .map(([entry]) => entry);
}
