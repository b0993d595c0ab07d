import { stat } from 'node:fs/promises';
import { type InputKey, type ParseCache, sha256 } from '../cache/parse-cache.js';
import type { ApiEndpoint } from '../model.js';
import { decodeApidoc } from './decode.js';
import { isUrl, type LoadOptions, loadSource } from './load.js';
import { collectEndpoints } from './normalize.js';
import { type ParseMode, parseApidocText } from './parse.js';

/** An apidoc read and checked: its tree and endpoints, and what identifies it. */
export interface Apidoc {
  source: string;
  sha256: string;
  size: number;
  /** How the tree was read; `cache` when it came from the parse cache. */
  mode: ParseMode | 'cache';
  tree: unknown;
  endpoints: ApiEndpoint[];
}

export interface ReadOptions extends LoadOptions {
  cache?: ParseCache | undefined;
}

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
  options: { cache?: ParseCache | undefined; mtimeMs?: number } = {},
): Apidoc {
  const key: InputKey = {
    size: bytes.length,
    mtimeMs: options.mtimeMs ?? 0,
    sha256: sha256(bytes),
  };
  let tree = options.cache?.get(key);
  let mode: Apidoc['mode'] = 'cache';
  if (tree === undefined) {
    const parsed = parseApidocText(decodeApidoc(bytes, source), source);
    tree = parsed.tree;
    mode = parsed.mode;
  }
  const endpoints = collectEndpoints(tree, source);
  if (mode !== 'cache') options.cache?.set(key, tree);
  return { source, sha256: key.sha256, size: key.size, mode, tree, endpoints };
}
