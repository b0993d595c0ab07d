import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The end-to-end tests spawn dist/cli.js. Under turbo the `build` task has
 * made it; when vitest runs alone and there is none, it is bundled here. It
 * is never rebuilt over an existing bundle: the build clears dist/, and other
 * packages' tests (the benchmark) may be running that very file.
 */
export default function setup() {
  const root = resolve(import.meta.dirname, '..');
  if (!existsSync(resolve(root, 'dist/cli.js'))) {
    execFileSync(process.execPath, ['build.mjs'], { cwd: root });
  }
}
