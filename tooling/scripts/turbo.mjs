// `pnpm turbo ...` lands here (pnpm runs a root script before a binary of the
// same name), for three reasons:
// - `turbo generate` is turbo's own code-generator command; here it means the
//   project's `generate` task, as `turbo run generate` does;
// - that task's input, the apidoc, is staged into the product packages first
//   (see stage-apidocs.mjs);
// - turbo reports telemetry unless told not to, in every shell, not only CI.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stageApidocs } from './stage-apidocs.mjs';

const args = process.argv.slice(2);
if (args[0] === 'generate') args.unshift('run');
// The product packages' `test` and `lint:types` depend on `generate` too.
const needsApidoc = ['generate', 'test', 'lint:types'];
if (args[0] === 'run' && args.some((arg) => needsApidoc.includes(arg))) {
  try {
    const forTests = !args.includes('generate');
    for (const line of await stageApidocs({ forTests })) console.error(`staged ${line}`);
  } catch (error) {
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
}

const require = createRequire(import.meta.url);
const turboBin = join(dirname(require.resolve('turbo/package.json')), 'bin', 'turbo');
const result = spawnSync(process.execPath, [turboBin, ...args], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
});
process.exitCode = result.status ?? 1;
