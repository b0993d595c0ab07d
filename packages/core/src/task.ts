import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ParseCache } from './cache/parse-cache.js';
import { generate } from './generate.js';
import type { ProductConfig } from './product.js';

/**
 * A product package's `generate` task reads only the apidoc that
 * `pnpm turbo generate` staged into the package (tooling/scripts), so that
 * turbo's hash of the task covers the apidoc's content.
 */
export const STAGED_APIDOC = join('.apidoc', 'apidoc.js');

export async function generateStaged(product: ProductConfig, packageDir: string) {
  const require = createRequire(import.meta.url);
  const { version } = require('../../package.json') as { version: string };
  return generate({
    product,
    input: join(packageDir, STAGED_APIDOC),
    outDir: join(packageDir, 'dist'),
    cache: new ParseCache(),
    generatorVersion: version,
  });
}
