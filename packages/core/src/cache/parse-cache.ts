import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApidocWarning } from '../errors.js';

/** What identifies one version of an input file. */
export interface InputKey {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** A parsed api schema and the warnings of its parse, which a hit must repeat. */
export interface CachedParse {
  tree: unknown;
  warnings: ApidocWarning[];
}

export interface ParseCacheOptions {
  /** Folder for entries on disk; without it the cache lives in memory only. */
  dir?: string | undefined;
  /** Receives debug messages (hits, misses, damaged entries). */
  debug?: ((message: string) => void) | undefined;
  /** Receives a warning when the disk cache cannot be used and is turned off. */
  warn?: ((message: string) => void) | undefined;
}

/** Bumped when the entry format changes, so older entries are simply misses. */
const FORMAT = 'v2';

/**
 * Parsed api schemas by input, in the process and on disk. An entry is keyed
 * by the file's size, mtime and content hash, so an edited file is a miss even
 * when its size and mtime are unchanged. On disk an entry starts with the
 * SHA-256 of its body: a damaged or truncated entry is noticed and rebuilt. A
 * folder that cannot be written (read-only, full, not a folder) turns the disk
 * cache off with one warning; it costs speed, never correctness.
 */
export class ParseCache {
  readonly #memory = new Map<string, CachedParse>();
  #dir: string | undefined;
  readonly #debug: (message: string) => void;
  readonly #warn: (message: string) => void;
  hits = 0;
  misses = 0;
  /** Warnings given so far, also passed to `warn`. */
  readonly warnings: string[] = [];

  constructor(options: ParseCacheOptions = {}) {
    this.#dir = options.dir;
    this.#debug = options.debug ?? (() => {});
    this.#warn = options.warn ?? (() => {});
  }

  get(key: InputKey): CachedParse | undefined {
    const id = entryId(key);
    const inMemory = this.#memory.get(id);
    if (inMemory) {
      this.hits++;
      this.#debug(`parse cache: memory hit for ${key.sha256.slice(0, 12)}`);
      return inMemory;
    }
    const entry = this.#readDisk(id);
    if (entry) {
      this.hits++;
      this.#debug(`parse cache: disk hit for ${key.sha256.slice(0, 12)}`);
      this.#memory.set(id, entry);
      return entry;
    }
    this.misses++;
    return undefined;
  }

  set(key: InputKey, entry: CachedParse): void {
    const id = entryId(key);
    this.#memory.set(id, entry);
    if (!this.#dir) return;
    const path = join(this.#dir, `${id}.json`);
    const temp = `${path}.${process.pid}.tmp`;
    let body: string;
    try {
      body = JSON.stringify(entry);
    } catch (error) {
      this.#debug(`parse cache: entry ${id} cannot be stored: ${(error as Error).message}`);
      return;
    }
    try {
      mkdirSync(this.#dir, { recursive: true });
      // Written aside and renamed: a reader sees the whole entry or none.
      writeFileSync(temp, `${sha256(body)}\n${body}`);
      renameSync(temp, path);
    } catch (error) {
      removeQuietly(temp);
      this.#disable(`cannot write ${this.#dir}: ${(error as Error).message}`);
    }
  }

  #readDisk(id: string): CachedParse | undefined {
    if (!this.#dir) return undefined;
    let text: string;
    try {
      text = readFileSync(join(this.#dir, `${id}.json`), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') this.#disable(`cannot read ${this.#dir}: ${(error as Error).message}`);
      return undefined;
    }
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || text.slice(0, 64) !== sha256(body)) {
      this.#debug(`parse cache: entry ${id} is damaged; rebuilding it`);
      return undefined;
    }
    try {
      const entry = JSON.parse(body) as CachedParse;
      if (typeof entry === 'object' && entry !== null && Array.isArray(entry.warnings)) {
        return entry;
      }
    } catch {
      // A body that hashes right but is not an entry was not written by us.
    }
    this.#debug(`parse cache: entry ${id} is not a cache entry; rebuilding it`);
    return undefined;
  }

  #disable(reason: string): void {
    const message = `parse cache turned off: ${reason}`;
    this.warnings.push(message);
    this.#warn(message);
    this.#dir = undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Whatever sits there is not ours to remove.
  }
}

function entryId(key: InputKey): string {
  return `${FORMAT}-${key.sha256}-${key.size}-${Math.trunc(key.mtimeMs)}`;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
