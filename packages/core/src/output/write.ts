import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFile as writeFd,
} from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { constants } from 'node:os';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const writeToFd = promisify(writeFd);

/** 1 MiB of text at a time; see `writeInPieces`. */
const PIECE = 1 << 20;

/**
 * Writes a string in pieces: encoding a 40 MB string at once asks for 40 MB
 * of fresh memory, which costs more than linear time (17 times the cost of a
 * 5 MB string, in the benchmark); pieces reuse the same memory. A piece never
 * ends between the two halves of a surrogate pair, which would encode as two
 * replacement characters.
 */
async function writeInPieces(fd: number, content: string): Promise<void> {
  for (let start = 0; start < content.length; ) {
    let end = Math.min(start + PIECE, content.length);
    const last = content.charCodeAt(end - 1);
    if (end < content.length && last >= 0xd800 && last <= 0xdbff) end++;
    await writeToFd(fd, content.slice(start, end));
    start = end;
  }
}

/**
 * Writes every file or none: each goes to a temporary file beside its target,
 * and only when all are written are they renamed into place. A rename within
 * one folder is atomic, so a reader (or a second generator racing this one)
 * sees either the old file or the new one, never a mix. The renames run in
 * one synchronous step, so a signal cannot land between two of them; a signal
 * while the temporary files are being written removes them (see
 * `listenForSignals`). Should a rename fail (a folder where a file belongs), the files already renamed are put back from links to their
 * previous versions, so the outputs stay a consistent set. Only a hard kill
 * (SIGKILL, power loss) can leave a `*.tmp` file behind, never a partial
 * output.
 */
export async function writeFilesAtomically(files: { path: string; content: string }[]) {
  const staged: { temp: string; path: string }[] = [];
  const run = { staged, interrupted: false };
  inFlight.add(run);
  listenForSignals();
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = `${file.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      // Created here, synchronously, so that a signal handler that removes it
      // cannot run before the file exists; the writing itself goes on async.
      const fd = openSync(temp, 'wx');
      staged.push({ temp, path: file.path });
      try {
        await writeInPieces(fd, file.content);
      } finally {
        closeSync(fd);
      }
    }
    if (run.interrupted) throw new Error('interrupted by a signal; nothing was replaced');
    replaceAll(staged);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  } finally {
    inFlight.delete(run);
  }
}

/** The writes under way, whose temporary files a signal must remove. */
const inFlight = new Set<{ staged: { temp: string }[]; interrupted: boolean }>();
let listening = false;

/**
 * Listens for SIGINT, SIGTERM and SIGHUP from the first write on, for the
 * rest of the process: Node does not give a signal back to its default action
 * once a listener is removed (it would then be ignored), so the listener stays.
 * A signal removes the temporary files of the writes under way; when nobody
 * else listens, it then ends the process with the signal's exit status (130
 * for SIGINT), as the default action would have.
 */
function listenForSignals(): void {
  if (listening) return;
  listening = true;
  const onSignal = (signal: NodeJS.Signals) => {
    for (const run of inFlight) {
      run.interrupted = true;
      for (const { temp } of run.staged) rmSync(temp, { force: true });
    }
    if (process.listenerCount(signal) === 1) process.exit(128 + constants.signals[signal]);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

/** Renames every staged file into place, or restores the previous files. */
function replaceAll(staged: { temp: string; path: string }[]): void {
  const backups: (string | undefined)[] = [];
  let done = 0;
  try {
    for (const { path } of staged) backups.push(backUp(path));
    for (const { temp, path } of staged) {
      renameSync(temp, path);
      done++;
    }
  } catch (error) {
    for (let i = 0; i < done; i++) {
      const { path } = staged[i]!;
      const backup = backups[i];
      if (backup) renameSync(backup, path);
      else rmSync(path, { force: true });
    }
    throw error;
  } finally {
    for (const backup of backups) if (backup) rmSync(backup, { force: true });
  }
}

/** A second name for the current file at `path`, if there is one. */
function backUp(path: string): string | undefined {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return undefined;
  const backup = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.bak`;
  try {
    linkSync(path, backup);
  } catch {
    // A file system without hard links: a copy does the same, more slowly.
    copyFileSync(path, backup);
  }
  return backup;
}
