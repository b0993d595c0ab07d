import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLiteralAt } from '../../src/source/literal.js';
import { MAX_DEPTH } from '../../src/source/locate.js';
import { parseApidocText } from '../../src/source/parse.js';
import { parseApidocBytes, readApidoc } from '../../src/source/read.js';
import { apidocErrorOf, apidocErrorOfAsync, encode } from './helpers.js';

const read = (text: string | Uint8Array) =>
  parseApidocBytes(typeof text === 'string' ? encode(text) : text, 'bad.js');

/** Every message has the shape `file:line:column: what was found; what was expected`. */
const SHAPE = /^bad\.js:\d+:\d+: .*expected/;

describe('malformed files fail with file, line:column and what was expected', () => {
  it.each([
    ['an empty file', '', '1:1', /the file is empty; expected/],
    ['no apiSchema', 'var x = [1];\n', '1:1', /no `apiSchema` declaration found; expected/],
    [
      'a file truncated in the middle',
      'const apiSchema = [\n  {"path": "/a",\n   "info": {"GET": {"desc',
      '3:21',
      /string is never closed; expected a closing quote/,
    ],
    [
      'a file truncated between values',
      'const apiSchema = [\n  {"path": "/a",\n',
      '3:1',
      /`\{` from line 2:3 is never closed; expected `\}`/,
    ],
    [
      'unbalanced brackets',
      'var apiSchema = [\n {"path": "/a"]\n];',
      '2:15',
      /expected `\}` to close `\{` from line 2:2, found `\]`/,
    ],
    [
      'a path that is a number',
      'var apiSchema = [\n  {"path": 5, "text": "a"}\n];',
      '2:12',
      /\$\[0\]\.path: expected an absolute path string, found number 5/,
    ],
    [
      'info that is an array',
      'var apiSchema = [{"path": "/a", "text": "a",\n "info": [1]}];',
      '2:10',
      /\$\[0\]\.info: expected an object of methods/,
    ],
    [
      'an unknown method',
      'var apiSchema = [{"path": "/a", "text": "a",\n "info": {"PATCH": {}}}];',
      '2:11',
      /\$\[0\]\.info\.PATCH: expected only the keys GET, POST, PUT and DELETE/,
    ],
    [
      'a deep child of the wrong type, in a literal',
      "var apiSchema = [{path: '/a', text: 'a', children: [\n  {path: '/a/b', text: 'b', children: 7}]}];",
      '2:39',
      /\$\[0\]\.children\[0\]\.children: expected an array of nodes, found number 7/,
    ],
    [
      'a tree that is not an array',
      'var apiSchema = {};',
      '1:17',
      /expected `\[` after `apiSchema =`/,
    ],
  ])('%s', (_, text, where, message) => {
    const error = apidocErrorOf(() => read(text));
    expect(error.message).toMatch(SHAPE);
    expect(`${error.position?.line}:${error.position?.column}`).toBe(where);
    expect(error.detail).toMatch(message);
  });

  it('invalid UTF-8, at the line and column of the first bad byte', () => {
    const bytes = new Uint8Array([
      ...encode('var apiSchema = [\n  "é'),
      0xc3,
      0x28,
      ...encode('"];'),
    ]);
    const error = apidocErrorOf(() => read(bytes));
    expect(error.message).toMatch(/^bad\.js:2:5: the file is not valid UTF-8; expected/);
  });

  it.each([
    ['an overlong form', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a cut sequence at the end', [0xe2, 0x82]],
  ])('invalid UTF-8: %s', (_, bad) => {
    const error = apidocErrorOf(() => read(new Uint8Array([0x61, 0x0a, 0x62, ...bad])));
    expect(error.message).toMatch(/^bad\.js:2:2: the file is not valid UTF-8/);
  });
});

describe('nesting 100,000 levels deep', () => {
  const depth = 100_000;
  it.each([
    ['JSON', `var apiSchema = ${'['.repeat(depth)}${']'.repeat(depth)};`],
    ['a literal', `var apiSchema = ${'[ '.repeat(depth)}${'], '.repeat(depth)};`],
    ['objects', `var apiSchema = [${'{"children": ['.repeat(depth)}${']}'.repeat(depth)}];`],
  ])('in %s is refused at the level past the limit, without a stack overflow', (_, text) => {
    const error = apidocErrorOf(() => read(text));
    expect(error.message).toMatch(SHAPE);
    expect(error.detail).toMatch(`nested more than ${MAX_DEPTH} levels deep; expected`);
  });

  it('reaching acorn directly, is an ApidocError rather than a stack overflow', () => {
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const error = apidocErrorOf(() => parseLiteralAt(text, 0, 'bad.js'));
    expect(error.message).toMatch(
      /^bad\.js:1:\d+: the api schema is nested too deeply to read; expected/,
    );
  });

  it('a real depth (30 levels) is read', () => {
    let node: unknown = { path: '/leaf', text: 'leaf', info: { GET: {} } };
    for (let i = 0; i < 30; i++) node = { path: '/n', text: 'n', children: [node] };
    expect(read(`var apiSchema = [${JSON.stringify(node)}];`).endpoints).toHaveLength(1);
  });
});

describe('huge files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apidoc-huge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a 100 MB file before reading it', async () => {
    const path = join(dir, 'junk.js');
    writeFileSync(path, Buffer.alloc(100 * 1024 * 1024, 'x'));
    const error = await apidocErrorOfAsync(() => readApidoc(path));
    expect(error.message).toMatch(/junk\.js: larger than \d+ bytes; expected an apidoc/);
  });

  it('scans 100 MB of junk text in one linear pass', () => {
    // Look-alike declarations inside strings and comments, which a rescan per match would make quadratic.
    const unit = '"var apiSchema = [" /* const apiSchema = [ */ x / y; ';
    const junk = unit.repeat(Math.ceil((100 * 1024 * 1024) / unit.length));
    const started = performance.now();
    const error = apidocErrorOf(() => parseApidocText(junk, 'bad.js'));
    expect(error.message).toMatch(/^bad\.js:1:1: no `apiSchema` declaration found; expected/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
