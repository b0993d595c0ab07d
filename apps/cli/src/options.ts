import { DOWNLOAD_DEFAULTS } from '@proxmox-openapi/core';
import { type Command, InvalidArgumentError } from 'commander';
import { createLogger, type Logger } from './logger.js';
import { defaultCacheDir, type SourceOptions } from './sources.js';

/** What every command accepts about its output. */
export interface OutputOptions {
  quiet?: boolean;
  verbose?: boolean;
  json?: boolean;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

/** `--cache-dir`, `--no-cache`, `--offline` and the download limits. */
export function withSourceOptions(command: Command): Command {
  return command
    .option(
      '--cache-dir <dir>',
      'cache folder for downloads, parsed apidocs and generated documents',
      defaultCacheDir(),
    )
    .option('--no-cache', 'use none of the caches: downloads, parsed apidocs, documents')
    .option('--offline', 'never download: use the download cache only')
    .option(
      '--timeout <ms>',
      'give up a download after this long',
      count,
      DOWNLOAD_DEFAULTS.timeoutMs,
    )
    .option(
      '--max-bytes <n>',
      'refuse a download larger than this',
      count,
      DOWNLOAD_DEFAULTS.maxBytes,
    )
    .option('--max-redirects <n>', 'redirects followed', count, DOWNLOAD_DEFAULTS.maxRedirects);
}

export function withOutputOptions(
  command: Command,
  json = 'print a machine-readable summary on stdout',
): Command {
  return command
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'print debug messages and times')
    .option('--json', json);
}

export function sourceOptions(options: Record<string, unknown>): SourceOptions {
  return {
    cacheDir: options.cacheDir as string,
    cache: options.cache !== false,
    offline: options.offline === true,
    timeout: options.timeout as number,
    maxBytes: options.maxBytes as number,
    maxRedirects: options.maxRedirects as number,
  };
}

export function loggerFor(options: OutputOptions): Logger {
  return createLogger(options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal');
}

/** `a,b` and repeated flags alike: `--include /nodes,/cluster --include /pools`. */
export function list(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}
