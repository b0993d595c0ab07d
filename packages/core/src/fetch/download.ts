import { ApidocError } from '../errors.js';
import { type CachedMeta, DownloadCache, sha256 } from './cache-folder.js';
import { type HttpLimits, httpGet } from './http.js';

export interface DownloadOptions extends Partial<HttpLimits> {
  /** Cache folder; without it every call downloads. */
  cacheDir?: string | undefined;
  /** Use only the cache: no request is made. */
  offline?: boolean | undefined;
}

/**
 * Where the bytes came from: `network` for a full download, `revalidated` when
 * the server answered 304 to the cached ETag or Last-Modified, `cache` when
 * offline.
 */
export type DownloadOrigin = 'network' | 'revalidated' | 'cache';

export interface Download {
  source: string;
  bytes: Uint8Array;
  origin: DownloadOrigin;
  sha256: string;
  /** Why the cache folder could not be written, when it could not: the download still stands. */
  cacheWriteError?: string | undefined;
}

export const DOWNLOAD_DEFAULTS: HttpLimits = {
  timeoutMs: 60_000,
  maxBytes: 64 * 1024 * 1024,
  maxRedirects: 5,
};

/**
 * Downloads an apidoc through the cache folder. A cached copy is revalidated
 * with `If-None-Match` / `If-Modified-Since` (RFC 9110, 13.1), so an unchanged
 * apidoc costs one small request instead of megabytes.
 */
export async function downloadCached(
  url: string,
  options: DownloadOptions = {},
): Promise<Download> {
  const limits: HttpLimits = {
    timeoutMs: options.timeoutMs ?? DOWNLOAD_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? DOWNLOAD_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? DOWNLOAD_DEFAULTS.maxRedirects,
  };
  const cache = options.cacheDir ? new DownloadCache(options.cacheDir) : undefined;
  const cached = await cache?.read(url);

  if (options.offline) {
    if (!cached) {
      throw new ApidocError('not in the download cache, and --offline forbids downloading it', {
        source: url,
        hint: options.cacheDir
          ? `run once without --offline to fill ${options.cacheDir}`
          : 'give a cache folder with --cache-dir',
      });
    }
    return { source: url, bytes: cached.body, origin: 'cache', sha256: cached.meta.sha256 };
  }

  const headers: Record<string, string> = {
    accept: 'application/javascript, text/javascript, */*',
  };
  if (cached?.meta.etag) headers['if-none-match'] = cached.meta.etag;
  if (cached?.meta.lastModified) headers['if-modified-since'] = cached.meta.lastModified;
  const response = await httpGet(url, headers, limits);

  if (response.status === 304) {
    if (!cached) {
      throw new ApidocError('the server answered 304 Not Modified to a request without a cache', {
        source: url,
      });
    }
    const cacheWriteError = await tryWrite(
      cache,
      { ...cached.meta, checkedAt: now() },
      cached.body,
    );
    return {
      source: url,
      bytes: cached.body,
      origin: 'revalidated',
      sha256: cached.meta.sha256,
      cacheWriteError,
    };
  }
  if (response.body.length === 0) {
    throw new ApidocError('the server sent an empty body', {
      source: url,
      hint: 'expected the API viewer’s apidoc.js',
    });
  }
  const meta: CachedMeta = {
    url,
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
    sha256: sha256(response.body),
    size: response.body.length,
    checkedAt: now(),
  };
  const cacheWriteError = await tryWrite(cache, meta, response.body);
  return {
    source: url,
    bytes: response.body,
    origin: 'network',
    sha256: meta.sha256,
    cacheWriteError,
  };
}

/** A read-only or full cache folder costs a later download, never this one. */
async function tryWrite(
  cache: DownloadCache | undefined,
  meta: CachedMeta,
  body: Uint8Array,
): Promise<string | undefined> {
  try {
    await cache?.write(meta, body);
    return undefined;
  } catch (error) {
    return `cannot write the download cache: ${(error as Error).message}`;
  }
}

function now(): string {
  return new Date().toISOString();
}
