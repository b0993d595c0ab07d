import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../emit/context.js';

/** What one generate run wrote, enough to answer the same run again. */
export interface CachedOutputs {
  /** The serialized documents, in the order of the formats asked for. */
  contents: string[];
  diagnostics: Diagnostic[];
  endpointCount: number;
}

export interface OutputCacheOptions {
  /** Folder for entries on disk; without it the cache lives in memory only. */
  dir?: string | undefined;
  /** Receives debug messages (hits, misses, damaged entries). */
  debug?: ((message: string) => void) | undefined;
}

interface EntryMeta {
  diagnostics: Diagnostic[];
  endpointCount: number;
  /** SHA-256 and UTF-8 length of each content file, to notice damage. */
  files: { sha256: string; bytes: number }[];
}

/**
 * Serialized documents by everything they depend on: the apidoc's bytes, the
 * options that shape the output, the generator's version and the build of its
 * code. With all of them unchanged, `generate` writes the stored documents
 * instead of parsing, emitting and serializing again.
 *
 * On disk an entry is one file per document plus a meta file written last,
 * each renamed into place; the meta file holds the documents' SHA-256, so a
 * damaged or half-written entry is a miss and gets rebuilt.
 */
export class OutputCache {
  readonly #memory = new Map<string, CachedOutputs>();
  readonly #dir: string | undefined;
  readonly #debug: (message: string) => void;
  hits = 0;
  misses = 0;

  constructor(options: OutputCacheOptions = {}) {
    this.#dir = options.dir;
    this.#debug = options.debug ?? (() => {});
  }

  /**
   * The entry key for an input's SHA-256 and the options of the run. Every
   * option that changes the output must be plain data, as JSON keeps it: a
   * function or class instance among them would not be part of the key.
   */
  keyFor(inputSha256: string, outputOptions: Record<string, unknown>): string {
    const parts = JSON.stringify({ inputSha256, code: CODE_STAMP, ...outputOptions });
    return createHash('sha256').update(parts).digest('hex');
  }

  get(key: string): CachedOutputs | undefined {
    const entry = this.#memory.get(key) ?? this.#readDisk(key);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.#debug(`output cache: hit for ${key.slice(0, 12)}`);
    this.#memory.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedOutputs): void {
    this.#memory.set(key, entry);
    if (!this.#dir) return;
    try {
      mkdirSync(this.#dir, { recursive: true });
      const files = entry.contents.map((content, index) => {
        const bytes = Buffer.from(content);
        writeAtomically(join(this.#dir!, `${key}.${index}`), bytes);
        return { sha256: sha256(bytes), bytes: bytes.length };
      });
      const meta: EntryMeta = {
        diagnostics: entry.diagnostics,
        endpointCount: entry.endpointCount,
        files,
      };
      writeAtomically(join(this.#dir, `${key}.json`), Buffer.from(JSON.stringify(meta)));
    } catch (error) {
      // A read-only or full cache folder costs speed, never correctness.
      this.#debug(`output cache: cannot write ${this.#dir}: ${(error as Error).message}`);
    }
  }

  #readDisk(key: string): CachedOutputs | undefined {
    if (!this.#dir) return undefined;
    let meta: EntryMeta;
    try {
      meta = JSON.parse(readFileSync(join(this.#dir, `${key}.json`), 'utf8')) as EntryMeta;
    } catch {
      return undefined;
    }
    const contents: string[] = [];
    for (const [index, file] of meta.files.entries()) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(this.#dir, `${key}.${index}`));
      } catch {
        return undefined;
      }
      if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) {
        this.#debug(`output cache: entry ${key.slice(0, 12)} is damaged; rebuilding it`);
        return undefined;
      }
      contents.push(bytes.toString('utf8'));
    }
    return { contents, diagnostics: meta.diagnostics, endpointCount: meta.endpointCount };
  }
}

/**
 * Size and mtime of the file holding this code: the CLI's bundle, or core's
 * compiled module, which every build rewrites. It keeps a rebuilt generator
 * whose version number did not change from answering with an older one's
 * documents, as happens while developing. A watch build that rewrites only
 * the changed files leaves it as it was: such a loop should run without an
 * output cache.
 */
const CODE_STAMP = codeStamp();

function codeStamp(): string {
  try {
    const { size, mtimeMs } = statSync(fileURLToPath(import.meta.url));
    return `${size}-${mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

function writeAtomically(path: string, bytes: Buffer): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
