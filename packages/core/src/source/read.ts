import { stat } from 'node:fs/promises';
import { type InputKey, type ParseCache, sha256 } from '../cache/parse-cache.js';
import { type ApidocWarning, strictError } from '../errors.js';
import type { ApiEndpoint } from '../model.js';
import { decodeApidoc } from './decode.js';
import { isUrl, type LoadOptions, loadSource } from './load.js';
import { findApiSchema } from './locate.js';
import { normalizeApiSchema } from './normalize.js';
import { type ParseMode, parseApidocText } from './parse.js';
import { pathLocator } from './path-locator.js';

/** An apidoc read and checked: its tree and endpoints, and what identifies it. */
export interface Apidoc {
  source: string;
  sha256: string;
  size: number;
  /** How the tree was read; `cache` when it came from the parse cache. */
  mode: ParseMode | 'cache';
  tree: unknown;
  endpoints: ApiEndpoint[];
  /** What was read past: duplicate keys (the last wins), unknown node fields (kept). */
  warnings: ApidocWarning[];
}

export interface ParseBytesOptions {
  cache?: ParseCache | undefined;
  /** Turns the first warning into an `ApidocError`, for `--strict`. */
  strict?: boolean | undefined;
}

export interface ReadOptions extends LoadOptions, ParseBytesOptions {}

/** Reads an apidoc from a file or URL without executing it. */
export async function readApidoc(input: string, options: ReadOptions = {}): Promise<Apidoc> {
  const { source, bytes } = await loadSource(input, options);
  const mtimeMs = isUrl(input) ? 0 : (await stat(input)).mtimeMs;
  return parseApidocBytes(bytes, source, { ...options, mtimeMs });
}

/** The same, for bytes already in memory. */
export function parseApidocBytes(
  bytes: Uint8Array,
  source: string,
  options: ParseBytesOptions & { mtimeMs?: number } = {},
): Apidoc {
  const key: InputKey = {
    size: bytes.length,
    mtimeMs: options.mtimeMs ?? 0,
    sha256: sha256(bytes),
  };
  let text: string | undefined;
  const textOf = () => {
    text ??= decodeApidoc(bytes, source);
    return text;
  };

  const cached = options.cache?.get(key);
  const parsed = cached ? { ...cached, mode: 'cache' as const } : parseApidocText(textOf(), source);
  // Positions for messages come from the text, decoded again only if needed.
  const locate = pathLocator(textOf, () => findApiSchema(textOf(), source));
  const { endpoints, warnings } = normalizeApiSchema(parsed.tree, source, { locate });
  const all = [...parsed.warnings, ...warnings];
  if (options.strict) {
    const error = strictError(source, all);
    if (error) throw error;
  }

  if (!cached) options.cache?.set(key, { tree: parsed.tree, warnings: parsed.warnings });
  return {
    source,
    sha256: key.sha256,
    size: key.size,
    mode: parsed.mode,
    tree: parsed.tree,
    endpoints,
    warnings: all,
  };
}
