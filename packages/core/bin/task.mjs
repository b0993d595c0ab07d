#!/usr/bin/env node
// The `generate` task of a product package, run from that package's folder:
// writes dist/<product>.openapi.{json,yaml} from the apidoc that
// `pnpm turbo generate` staged in .apidoc/. The product's configuration is
// the `product` export of the package's built dist/lib.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateStaged } from '../dist/lib/index.js';

const packageDir = process.cwd();
const step = process.argv[2];
try {
  const { product } = await import(pathToFileURL(join(packageDir, 'dist/lib/index.js')).href);
  if (step === 'generate') {
    const { files, diagnostics } = await generateStaged(product, packageDir);
    console.error(`${product.id}: wrote ${files.join(', ')} (${diagnostics.length} warnings)`);
  } else {
    throw new Error(`unknown step ${step}; expected generate`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = error?.name === 'ApidocError' ? 2 : 1;
}
