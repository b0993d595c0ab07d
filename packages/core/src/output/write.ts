import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes every file or none: each goes to a temporary file beside its target,
 * and only when all are written are they renamed into place. A rename within
 * one folder is atomic, so a reader (or a second generator racing this one)
 * sees either the old file or the new one, never a mix.
 */
export async function writeFilesAtomically(files: { path: string; content: string }[]) {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = `${file.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.content);
    }
    for (const { temp, path } of staged) await rename(temp, path);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}
