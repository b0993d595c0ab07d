import { join } from 'node:path';
import type { ParseCache } from './cache/parse-cache.js';
import type { Diagnostic } from './emit/context.js';
import { emitDocument } from './emit/document.js';
import { type OutputFormat, serialize } from './output/serialize.js';
import { writeFilesAtomically } from './output/write.js';
import type { ProductConfig } from './product.js';
import { type Apidoc, readApidoc } from './source/read.js';

export interface GenerateOptions {
  product: ProductConfig;
  /** File path or http(s) URL of the apidoc. */
  input: string;
  outDir: string;
  formats?: OutputFormat[];
  cache?: ParseCache | undefined;
  generatorVersion: string;
}

export interface GenerateResult {
  apidoc: Apidoc;
  files: string[];
  diagnostics: Diagnostic[];
}

/** Reads an apidoc, emits its document and writes it, all files or none. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { product, outDir } = options;
  const apidoc = await readApidoc(options.input, { cache: options.cache });
  const { document, diagnostics } = emitDocument(apidoc.endpoints, product, {
    apidocSha256: apidoc.sha256,
    generatorVersion: options.generatorVersion,
  });
  const files = (options.formats ?? ['json', 'yaml']).map((format) => ({
    path: join(outDir, `${product.id}.openapi.${format}`),
    content: serialize(document, format),
  }));
  await writeFilesAtomically(files);
  return { apidoc, files: files.map((file) => file.path), diagnostics };
}
