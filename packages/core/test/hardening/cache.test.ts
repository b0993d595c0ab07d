import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseCache, sha256 } from '../../src/cache/parse-cache.js';
import { parseApidocBytes } from '../../src/source/read.js';
import { encode } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'apidoc-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bytes = encode(
  'var apiSchema = [{"path": "/a", "text": "a", "text": "b", "info": {"GET": {}}}];',
);
const WARNING = 'duplicate key "text": the last value is kept, the one from line 1:33 is dropped';

function freshDir(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Reads `bytes` through a new cache over `dir`, as a second process would. */
function readWith(dir: string) {
  const warnings: string[] = [];
  const cache = new ParseCache({ dir, warn: (message) => warnings.push(message) });
  return { apidoc: parseApidocBytes(bytes, 'a.js', { cache }), warnings, cache };
}

function entryOf(dir: string): string {
  const [name] = readdirSync(dir).filter((file) => file.endsWith('.json'));
  return join(dir, name!);
}

describe('the disk cache', () => {
  it('serves a second process the same tree and warnings', () => {
    const dir = freshDir('hit');
    const first = readWith(dir).apidoc;
    const second = readWith(dir).apidoc;
    expect([first.mode, second.mode]).toEqual(['json', 'cache']);
    expect(second.tree).toEqual(first.tree);
    expect(second.warnings.map((w) => w.message)).toEqual([WARNING]);
  });

  it.each([
    ['a flipped byte', (text: string) => text.replace('"/a"', '"/b"')],
    ['a truncated entry', (text: string) => text.slice(0, text.length / 2)],
    ['an empty entry', () => ''],
    ['a valid hash over a body that is not an entry', () => `${sha256('[1]')}\n[1]`],
  ])('detects %s by its hash and rebuilds it', (_, damage) => {
    const dir = freshDir(`damaged-${Math.random()}`);
    readWith(dir);
    const entry = entryOf(dir);
    writeFileSync(entry, damage(readFileSync(entry, 'utf8')));
    const rebuilt = readWith(dir);
    expect(rebuilt.apidoc.mode).toBe('json');
    expect((rebuilt.apidoc.tree as { path: string }[])[0]!.path).toBe('/a');
    expect(rebuilt.warnings).toEqual([]);
    expect(readWith(dir).apidoc.mode).toBe('cache');
  });

  it('degrades to no cache, with one warning, when the folder cannot exist', () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    const { apidoc, warnings, cache } = readWith(join(file, 'cache'));
    expect(apidoc.endpoints.map((e) => e.path)).toEqual(['/a']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^parse cache turned off: cannot (read|write) .*a-file\/cache: ENOTDIR/,
    );
    expect(cache.warnings).toEqual(warnings);
  });

  it('degrades to no cache when an entry cannot be written, leaving no temporary file', () => {
    const dir = freshDir('unwritable');
    // A folder where the temporary entry goes: the write fails as on a full disk.
    const id = `v2-${sha256(bytes)}-${bytes.length}-0`;
    mkdirSync(join(dir, `${id}.json.${process.pid}.tmp`));
    const { apidoc, warnings } = readWith(dir);
    expect(apidoc.mode).toBe('json');
    expect(warnings).toEqual([expect.stringMatching(/^parse cache turned off: cannot write/)]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toEqual([]);
  });
});
