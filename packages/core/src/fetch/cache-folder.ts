import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What a server said about a body, for revalidating it later. */
export interface CachedMeta {
  url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  sha256: string;
  size: number;
  /** ISO time of the last download or revalidation. */
  checkedAt: string;
}

export interface CachedEntry {
  meta: CachedMeta;
  body: Uint8Array;
}

/**
 * Downloaded bodies by URL: `<sha256 of url>.body` and `.json` beside it.
 * The metadata records the body's hash, so a damaged or half-written body is
 * treated as absent rather than served.
 */
export class DownloadCache {
  constructor(readonly dir: string) {}

  async read(url: string): Promise<CachedEntry | undefined> {
    const base = this.#base(url);
    try {
      const meta = JSON.parse(await readFile(`${base}.json`, 'utf8')) as CachedMeta;
      const body = await readFile(`${base}.body`);
      if (meta.url !== url || sha256(body) !== meta.sha256) return undefined;
      return { meta, body };
    } catch {
      return undefined;
    }
  }

  /** Body first, then metadata, each renamed into place: a crash leaves no entry that lies. */
  async write(meta: CachedMeta, body: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const base = this.#base(meta.url);
    await writeAtomically(`${base}.body`, body);
    await writeAtomically(`${base}.json`, `${JSON.stringify(meta, null, 2)}\n`);
  }

  #base(url: string): string {
    return join(this.dir, sha256(url).slice(0, 32));
  }
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
