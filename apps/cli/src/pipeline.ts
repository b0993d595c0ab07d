import { join } from 'node:path';
import {
  type ApidocWarning,
  type ApiEndpoint,
  type Diagnostic,
  decodeApidoc,
  emitDocument,
  filterPaths,
  findApiSchema,
  type InputKey,
  normalizeApiSchema,
  type OutputFormat,
  ParseCache,
  type ProductConfig,
  parseApidocText,
  pathLocator,
  serialize,
  toOpenApi30,
} from '@proxmox-openapi/core';
import { UsageError } from './errors.js';
import { detectProduct, PRODUCT_NAMES } from './products.js';
import { type ApidocSource, type LoadedApidoc, loadApidoc, type SourceOptions } from './sources.js';
import type { Stages } from './stages.js';

declare const __VERSION__: string;

export interface ReadResult {
  loaded: LoadedApidoc;
  sha256: string;
  endpoints: ApiEndpoint[];
  /** What the reader noticed and went past: duplicate keys, unknown node fields. */
  warnings: ApidocWarning[];
  parseCache: { hits: number; misses: number };
}

/** Read, parse and normalize, each timed. */
export async function readStages(
  source: ApidocSource,
  options: SourceOptions,
  stages: Stages,
  debug: (message: string) => void = () => {},
): Promise<ReadResult> {
  const loaded = await stages.time('read', () => loadApidoc(source, options));
  return parseStages(loaded, options, stages, debug);
}

/** Parse and normalize an apidoc already read; each timed. */
export async function parseStages(
  loaded: LoadedApidoc,
  options: SourceOptions,
  stages: Stages,
  debug: (message: string) => void = () => {},
): Promise<ReadResult> {
  const cache = options.cache
    ? new ParseCache({ dir: join(options.cacheDir, 'parsed'), debug })
    : undefined;
  const key: InputKey = {
    size: loaded.bytes.length,
    mtimeMs: loaded.mtimeMs,
    sha256: loaded.sha256,
  };
  const parsed = await stages.time('parse', () => {
    const cached = cache?.get(key);
    if (cached !== undefined) return { ...cached, fromCache: true };
    const text = decodeApidoc(loaded.bytes, loaded.source);
    return { ...parseApidocText(text, loaded.source), fromCache: false };
  });
  const normalized = await stages.time('normalize', () => {
    // Positions for messages about the tree's shape, found only when one is needed.
    let text: string | undefined;
    const textOf = () => (text ??= decodeApidoc(loaded.bytes, loaded.source));
    const locate = pathLocator(textOf, () => findApiSchema(textOf(), loaded.source));
    return normalizeApiSchema(parsed.tree, loaded.source, { locate });
  });
  // Only a tree that passed the checks is worth keeping.
  if (!parsed.fromCache) cache?.set(key, { tree: parsed.tree, warnings: parsed.warnings });
  return {
    loaded,
    sha256: loaded.sha256,
    endpoints: normalized.endpoints,
    warnings: [...parsed.warnings, ...normalized.warnings],
    parseCache: { hits: cache?.hits ?? 0, misses: cache?.misses ?? 0 },
  };
}

export interface DocumentOptions {
  openapi: '3.0' | '3.1';
  include: string[];
  exclude: string[];
}

export interface EmitStagesResult {
  document: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/** Emit, then cut paths and convert to 3.0 when asked. */
export async function emitStages(
  read: ReadResult,
  product: ProductConfig,
  options: DocumentOptions,
  stages: Stages,
): Promise<EmitStagesResult> {
  const { document, diagnostics } = await stages.time('emit', () =>
    emitDocument(read.endpoints, product, {
      apidocSha256: read.sha256,
      generatorVersion: __VERSION__,
    }),
  );
  const transformed = await stages.time('transform', () => {
    let out = document;
    if (options.include.length > 0 || options.exclude.length > 0) {
      out = filterPaths(out, { include: options.include, exclude: options.exclude });
      if (Object.keys(out.paths as object).length === 0) {
        throw new UsageError(
          `no path of ${read.loaded.source} is left by --include ${options.include.join(',') || '(all)'}` +
            ` --exclude ${options.exclude.join(',') || '(none)'}`,
        );
      }
    }
    return options.openapi === '3.0' ? toOpenApi30(out) : out;
  });
  return { document: transformed, diagnostics };
}

export async function serializeStage(
  document: unknown,
  formats: OutputFormat[],
  stages: Stages,
): Promise<Map<OutputFormat, string>> {
  return stages.time('serialize', () => new Map(formats.map((f) => [f, serialize(document, f)])));
}

/** The product of an apidoc: named on the command line, by its source, or by its paths. */
export function productFor(named: ProductConfig | undefined, read: ReadResult): ProductConfig {
  const product = named ?? detectProduct(read.endpoints);
  if (!product) {
    throw new UsageError(
      `cannot tell whether ${read.loaded.source} is ${PRODUCT_NAMES.join(' or ')}; ` +
        'name it with --product',
    );
  }
  return product;
}
