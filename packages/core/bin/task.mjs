#!/usr/bin/env node
// The `generate` task of a product package, run from that package's folder:
// writes dist/<product>.openapi.{json,yaml} from the apidoc that
// `pnpm turbo generate` staged in .apidoc/, then everything the package ships
// with it (see artifacts/index.mjs). The product's configuration is the
// `product` export of the package's built dist/lib.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateStaged, writeFilesAtomically } from '../dist/lib/index.js';
import { packageArtifacts } from './artifacts/index.mjs';

const packageDir = process.cwd();
const step = process.argv[2];
try {
  const { product } = await import(pathToFileURL(join(packageDir, 'dist/lib/index.js')).href);
  if (step === 'generate') {
    const { files, diagnostics } = await generateStaged(product, packageDir);
    const distDir = join(packageDir, 'dist');
    const json = join(distDir, `${product.id}.openapi.json`);
    const document = JSON.parse(await readFile(json, 'utf8'));
    const artifacts = await packageArtifacts({ product, document, packageDir });
    await writeFilesAtomically(
      artifacts.map(({ name, content }) => ({ path: join(distDir, name), content })),
    );
    console.error(
      `${product.id}: wrote ${files.join(', ')} and ${artifacts.length} package files ` +
        `(${diagnostics.length} warnings)`,
    );
  } else {
    throw new Error(`unknown step ${step}; expected generate`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = error?.name === 'ApidocError' ? 2 : 1;
}
