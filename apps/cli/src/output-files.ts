import { readFile, stat } from 'node:fs/promises';
import { writeFilesAtomically } from '@proxmox-openapi/core';

export interface OutputFile {
  path: string;
  content: string;
}

/**
 * The files whose bytes on disk differ from `content`, missing ones
 * included. The size is compared first, so a changed document is seldom read.
 */
export async function differingFiles(files: OutputFile[]): Promise<OutputFile[]> {
  const differing: OutputFile[] = [];
  for (const file of files) {
    const size = await stat(file.path).then(
      (s) => (s.isFile() ? s.size : -1),
      () => -1,
    );
    // Bytes, not texts: a lone surrogate in the content is written as U+FFFD, whose text
    // would never compare equal again.
    const same =
      size === Buffer.byteLength(file.content) &&
      (await readFile(file.path)).equals(Buffer.from(file.content));
    if (!same) differing.push(file);
  }
  return differing;
}

/**
 * Writes the files whose content changed, all of them or none, and leaves the
 * others untouched: their modification time keeps saying when their content
 * last changed, which is what make-like tools and watchers go by.
 */
export async function writeChangedFiles(files: OutputFile[]): Promise<OutputFile[]> {
  const changed = await differingFiles(files);
  if (changed.length > 0) await writeFilesAtomically(changed);
  return changed;
}
