import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The end-to-end tests spawn dist/cli.js; bundling takes a second, so it is
 * rebuilt here rather than trusted to be current when vitest runs alone.
 */
export default function setup() {
  execFileSync(process.execPath, ['build.mjs'], { cwd: resolve(import.meta.dirname, '..') });
}
