import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What identifies one version of an input file. */
export interface InputKey {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface ParseCacheOptions {
  /** Folder for entries on disk; without it the cache lives in memory only. */
  dir?: string | undefined;
  /** Receives debug messages (hits, misses, damaged entries). */
  debug?: ((message: string) => void) | undefined;
}

/**
 * Parsed api schemas by input, in the process and on disk. An entry is keyed
 * by the file's size, mtime and content hash, so an edited file is a miss even
 * when its size and mtime are unchanged. On disk an entry starts with the
 * SHA-256 of its body: a damaged or truncated entry is noticed and rebuilt.
 */
export class ParseCache {
  readonly #memory = new Map<string, unknown>();
  readonly #dir: string | undefined;
  readonly #debug: (message: string) => void;
  hits = 0;
  misses = 0;

  constructor(options: ParseCacheOptions = {}) {
    this.#dir = options.dir;
    this.#debug = options.debug ?? (() => {});
  }

  get(key: InputKey): unknown | undefined {
    const id = entryId(key);
    if (this.#memory.has(id)) {
      this.hits++;
      this.#debug(`parse cache: memory hit for ${key.sha256.slice(0, 12)}`);
      return this.#memory.get(id);
    }
    const tree = this.#readDisk(id);
    if (tree !== undefined) {
      this.hits++;
      this.#debug(`parse cache: disk hit for ${key.sha256.slice(0, 12)}`);
      this.#memory.set(id, tree);
      return tree;
    }
    this.misses++;
    return undefined;
  }

  set(key: InputKey, tree: unknown): void {
    const id = entryId(key);
    this.#memory.set(id, tree);
    if (!this.#dir) return;
    try {
      const body = JSON.stringify(tree);
      mkdirSync(this.#dir, { recursive: true });
      const path = join(this.#dir, `${id}.json`);
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, `${sha256(body)}\n${body}`);
      renameSync(temp, path);
    } catch (error) {
      // A read-only or full cache folder costs speed, never correctness.
      this.#debug(`parse cache: cannot write ${this.#dir}: ${(error as Error).message}`);
    }
  }

  #readDisk(id: string): unknown | undefined {
    if (!this.#dir) return undefined;
    let text: string;
    try {
      text = readFileSync(join(this.#dir, `${id}.json`), 'utf8');
    } catch {
      return undefined;
    }
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || text.slice(0, 64) !== sha256(body)) {
      this.#debug(`parse cache: entry ${id} is damaged; rebuilding it`);
      return undefined;
    }
    return JSON.parse(body);
  }
}

function entryId(key: InputKey): string {
  return `${key.sha256}-${key.size}-${Math.trunc(key.mtimeMs)}`;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
