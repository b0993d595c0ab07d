import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  type DownloadOrigin,
  downloadCached,
  isUrl,
  loadSource,
  type ProductConfig,
} from '@proxmox-openapi/core';
import { UsageError } from './errors.js';
import { PRODUCT_NAMES, productNamed } from './products.js';

/** Where an apidoc comes from, once the command line has been read. */
export interface ApidocSource {
  kind: 'file' | 'url';
  location: string;
  /** The product that the source itself names (`--input pve`, or a host's file). */
  product?: ProductConfig | undefined;
}

export interface SourceOptions {
  cacheDir: string;
  /** False with `--no-cache`: no download, parse or output cache is used. */
  cache: boolean;
  offline: boolean;
  timeout: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface LoadedApidoc {
  source: string;
  bytes: Uint8Array;
  /** Of the bytes: the key of the parse cache and of the output cache. */
  sha256: string;
  /** 0 for a download: the parse cache then keys on content alone. */
  mtimeMs: number;
  /** `file`, or how a download was served. */
  origin: 'file' | DownloadOrigin;
  cacheWriteError?: string | undefined;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'proxmox-openapi');
}

/** The variable that `pnpm turbo generate` reads too: `PROXMOX_OPENAPI_PVE_APIDOC`. */
export function envVariable(product: ProductConfig): string {
  return `PROXMOX_OPENAPI_${product.id.toUpperCase()}_APIDOC`;
}

/**
 * What `--input` means: a product name alone is its official viewer URL; an
 * http(s) URL is downloaded; anything else is a file. Without `--input`: the
 * product's `PROXMOX_OPENAPI_<PRODUCT>_APIDOC` variable, else a Proxmox
 * host's own viewer file when it is there, else the official URL.
 */
export function resolveSource(
  input: string | undefined,
  product?: ProductConfig,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): ApidocSource {
  if (input === undefined) {
    if (!product) throw new UsageError('no apidoc given; name a product, a file or a URL');
    const fromEnv = env[envVariable(product)];
    if (fromEnv) return resolveSource(fromEnv, product, {});
    const local = product.hostApidocPath;
    if (exists(local)) return { kind: 'file', location: local, product };
    return { kind: 'url', location: product.apidocUrl, product };
  }
  const named = productNamed(input);
  if (named) return { kind: 'url', location: named.apidocUrl, product: named };
  if (isUrl(input)) return { kind: 'url', location: input, product };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    throw new UsageError(
      `${input}: only http:// and https:// URLs can be downloaded; ` +
        `products: ${PRODUCT_NAMES.join(', ')}`,
    );
  }
  return { kind: 'file', location: input, product };
}

export async function loadApidoc(
  source: ApidocSource,
  options: SourceOptions,
): Promise<LoadedApidoc> {
  if (source.kind === 'file') {
    const { bytes } = await loadSource(source.location);
    const { mtimeMs } = await stat(source.location);
    return { source: source.location, bytes, sha256: sha256Of(bytes), mtimeMs, origin: 'file' };
  }
  const download = await downloadCached(source.location, {
    cacheDir: options.cache ? join(options.cacheDir, 'downloads') : undefined,
    offline: options.offline,
    timeoutMs: options.timeout,
    maxBytes: options.maxBytes,
    maxRedirects: options.maxRedirects,
  });
  return {
    source: download.source,
    bytes: download.bytes,
    sha256: sha256Of(download.bytes),
    mtimeMs: 0,
    origin: download.origin,
    cacheWriteError: download.cacheWriteError,
  };
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
