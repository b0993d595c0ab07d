import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputCache } from './cache/output-cache.js';
import { type ParseCache, sha256 } from './cache/parse-cache.js';
import type { Diagnostic } from './emit/context.js';
import { emitDocument } from './emit/document.js';
import { type OutputFormat, serialize } from './output/serialize.js';
import { writeFilesAtomically } from './output/write.js';
import type { ProductConfig } from './product.js';
import { isUrl, loadSource } from './source/load.js';
import { type Apidoc, parseApidocBytes } from './source/read.js';

export interface GenerateOptions {
  product: ProductConfig;
  /** File path or http(s) URL of the apidoc. */
  input: string;
  outDir: string;
  formats?: OutputFormat[];
  cache?: ParseCache | undefined;
  /** Documents of earlier runs: a run with the same input and options writes them again. */
  outputCache?: OutputCache | undefined;
  generatorVersion: string;
}

export interface GenerateResult {
  /** The apidoc read; after an output-cache hit it is read when first used. */
  apidoc: Apidoc;
  endpointCount: number;
  files: string[];
  diagnostics: Diagnostic[];
  /** Whether the documents came from the output cache, without emitting. */
  cached: boolean;
}

/** Reads an apidoc, emits its document and writes it, all files or none. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { product, outDir, cache, outputCache, input, ...shaping } = options;
  const formats = options.formats ?? ['json', 'yaml'];
  const paths = formats.map((format) => join(outDir, `${product.id}.openapi.${format}`));
  const { source, bytes } = await loadSource(input);
  const mtimeMs = isUrl(input) ? 0 : (await stat(input)).mtimeMs;
  const read = () => parseApidocBytes(bytes, source, { cache, mtimeMs });

  // Everything but where the input comes from and where outputs go shapes the documents.
  const key = outputCache?.keyFor(sha256(bytes), { ...shaping, product, formats });
  const hit = key === undefined ? undefined : outputCache!.get(key);
  if (hit) {
    await writeFilesAtomically(paths.map((path, i) => ({ path, content: hit.contents[i]! })));
    let apidoc: Apidoc | undefined;
    return {
      get apidoc() {
        apidoc ??= read();
        return apidoc;
      },
      endpointCount: hit.endpointCount,
      files: paths,
      diagnostics: hit.diagnostics,
      cached: true,
    };
  }

  const apidoc = read();
  const { document, diagnostics } = emitDocument(apidoc.endpoints, product, {
    apidocSha256: apidoc.sha256,
    generatorVersion: options.generatorVersion,
  });
  const contents = formats.map((format) => serialize(document, format));
  await writeFilesAtomically(paths.map((path, i) => ({ path, content: contents[i]! })));
  const endpointCount = apidoc.endpoints.length;
  if (key !== undefined) outputCache!.set(key, { contents, diagnostics, endpointCount });
  return { apidoc, endpointCount, files: paths, diagnostics, cached: false };
}
