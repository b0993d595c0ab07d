import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/output/write.js';

const root = mkdtempSync(join(tmpdir(), 'apidoc-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const WRITER = fileURLToPath(new URL('./writer.mjs', import.meta.url));

function freshDir(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  return dir;
}

/** Who wrote a file, checking that it is whole: one writer, one round, every byte. */
function whole(path: string): string {
  const text = readFileSync(path, 'utf8');
  const [writer, round, size] = text.slice(0, text.indexOf('\n')).split(':');
  expect(text.length).toBe(Number(size));
  expect(text.slice(text.indexOf('\n') + 1)).toBe(
    writer!.repeat(Number(size) - text.indexOf('\n') - 1),
  );
  return `${writer}:${round}`;
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.(tmp|bak)$/.test(name));
}

function writer(id: string, rounds: number, bytes: number, paths: string[]): ChildProcess {
  return spawn(process.execPath, [WRITER, id, String(rounds), String(bytes), ...paths], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );

describe('writing outputs', () => {
  it('leaves the previous outputs and no temporary files when a later file fails', async () => {
    const dir = freshDir('fail');
    const json = join(dir, 'x.json');
    writeFileSync(json, 'old json');
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const files = [
      { path: json, content: 'new json' },
      { path: join(blocker, 'x.yaml'), content: 'new yaml' },
    ];
    await expect(writeFilesAtomically(files)).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(readFileSync(json, 'utf8')).toBe('old json');
    expect(leftovers(dir)).toEqual([]);
  });

  it('puts back the files already renamed when a rename fails', async () => {
    const dir = freshDir('rename');
    const [json, yaml] = [join(dir, 'x.json'), join(dir, 'x.yaml')];
    writeFileSync(json, 'old json');
    mkdirSync(yaml); // a folder where the second output goes: its rename fails
    const files = [
      { path: json, content: 'new json' },
      { path: yaml, content: 'new yaml' },
    ];
    await expect(writeFilesAtomically(files)).rejects.toThrow(/EISDIR/);
    expect(readFileSync(json, 'utf8')).toBe('old json');
    expect(leftovers(dir)).toEqual([]);
  });

  it('leaves whole files and no temporary files when interrupted by SIGINT', {
    timeout: 30_000,
  }, async () => {
    const dir = freshDir('sigint');
    const paths = [join(dir, 'x.json'), join(dir, 'x.yaml')];
    const child = writer('A', 1_000_000, 8 * 1024 * 1024, paths);
    await new Promise((resolve) => child.stdout!.once('data', resolve));
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGINT');
    // A writer that ignored the signal would be left running: SIGKILL fails the test instead.
    const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    // 130 when the signal came mid-write (the writer's cleanup exits so), the
    // signal itself when it came between two writes (Node's default action).
    expect([130, 'SIGINT']).toContain(((e) => e.code ?? e.signal)(await exited(child)));
    clearTimeout(guard);
    const [json, yaml] = paths.map(whole);
    expect(json).toBe(yaml);
    expect(leftovers(dir)).toEqual([]);
  });

  it('leaves each file whole when two generators write the same outputs at once', {
    timeout: 30_000,
  }, async () => {
    const dir = freshDir('race');
    const paths = [join(dir, 'x.json'), join(dir, 'x.yaml')];
    const children = [writer('A', 15, 1024 * 1024, paths), writer('B', 15, 1024 * 1024, paths)];
    const done = Promise.all(children.map(exited));
    let reads = 0;
    let finished = false;
    void done.then(() => {
      finished = true;
    });
    // Read while they race: every read sees one writer's whole file.
    while (!finished) {
      for (const path of paths) {
        try {
          whole(path);
          reads++;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await done).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    expect(reads).toBeGreaterThan(0);
    for (const path of paths) expect(whole(path)).toMatch(/^[AB]:14$/);
    expect(leftovers(dir)).toEqual([]);
  });
});
