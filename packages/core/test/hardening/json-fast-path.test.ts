import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysInJson, keysInTree, readJsonApiSchema } from '../../src/source/json-fast-path.js';
import { findApiSchema, locateApiSchema, MAX_DEPTH } from '../../src/source/locate.js';
import { parseApidocText } from '../../src/source/parse.js';
import { SNAPSHOTS } from './helpers.js';

/** The fast path on a whole apidoc text. */
const fast = (text: string) => readJsonApiSchema(text, findApiSchema(text, 'x.js'));

describe('counting keys in JSON text', () => {
  it.each([
    ['no object', '[1, "a", ":"]', 0],
    ['one key', '{"a": 1}', 1],
    ['space before the colon, as in PVE', '{"a" : "b", "c" :\n 2}', 2],
    ['values that hold `":`', '{"a": "\\": x", "b": ":", "c": " :"}', 3],
    ['an escaped quote in a key', '{"a\\"": 1}', 1],
    ['a key that ends in a backslash', '{"a\\\\": "x", "b\\\\\\\\": "y"}', 2],
    ['nested objects in arrays', '[{"a": {"b": [{"c": 1}]}}, {"a": 2}]', 4],
    ['repeated keys, each counted', '{"a": 1, "a": 2, "\\u0061": 3}', 3],
  ])('%s', (_, json, want) => {
    expect(keysInJson(json, 0, json.length)).toBe(want);
  });
});

describe('counting keys in a parsed tree', () => {
  it.each([
    ['a scalar', 5, 0],
    ['objects in arrays', [{ a: 1, b: { c: [{ d: null }] } }, []], 4],
    ['an own `__proto__` key', JSON.parse('{"__proto__": {"a": 1}}'), 2],
  ])('%s', (_, tree, want) => {
    expect(keysInTree(tree)).toBe(want);
  });

  it('refuses a tree deeper than MAX_DEPTH, and only that', () => {
    const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(keysInTree(nested(MAX_DEPTH))).toBe(0);
    expect(keysInTree(nested(MAX_DEPTH + 1))).toBe(-1);
  });
});

describe('the fast path leaves to the scan', () => {
  it.each([
    ['a duplicate key', 'var apiSchema = [\n{"path": "/a", "path": "/b"}\n];'],
    ['a duplicate key spelt with an escape', 'var apiSchema = [\n{"path": 1, "p\\u0061th": 2}\n];'],
    ['a duplicate `__proto__`', 'var apiSchema = [\n{"__proto__": 1, "__proto__": 2}\n];'],
    ['a tree too deep', `var apiSchema = [\n${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n];`],
    ['a literal that is not JSON', "var apiSchema = [\n{path: '/a'}\n];"],
    ['an inner `]` at the start of a line', 'var apiSchema = [[1\n], 2\n];'],
    ['a file with no end', 'var apiSchema = [{"a": 1}'],
  ])('%s', (_, text) => {
    expect(fast(text)).toBeUndefined();
  });

  it('which still reports every duplicate key of the viewer’s layout', () => {
    const text =
      'const apiSchema = [\n   {\n      "path" : "/a",\n      "path" : "/b"\n   }\n]\n;\n';
    const { tree, mode, warnings } = parseApidocText(text, 'x.js');
    expect([tree, mode]).toEqual([[{ path: '/b' }], 'json']);
    expect(warnings.map((w) => w.position)).toEqual([{ line: 4, column: 7 }]);
  });
});

describe('the fast path agrees with the bracket scan', () => {
  const snapshots = ['pve', 'pbs'].flatMap((product) =>
    readdirSync(`${SNAPSHOTS}${product}`).map((file) => `${SNAPSHOTS}${product}/${file}`),
  );

  it.each(snapshots)('on the snapshot %s', (path) => {
    const text = readFileSync(path, 'utf8');
    const scan = locateApiSchema(text, path);
    expect(scan.duplicateKeys).toEqual([]);
    expect(fast(text)?.end).toBe(scan.end);
    // The same slice, so the same tree: the straightforward path's, byte for byte.
    const { tree, mode, warnings } = parseApidocText(text, path);
    expect([mode, warnings]).toEqual(['json', []]);
    expect(JSON.stringify(tree)).toBe(JSON.stringify(JSON.parse(text.slice(scan.start, scan.end))));
  });

  // Keys from a small set, some spelt two ways, so that random objects repeat keys;
  // values that look like keys or hide quotes, to trip the quote count.
  const key = fc.constantFrom('"a"', '"\\u0061"', '"b"', '"a\\\\"', '"\\""', '":"', '"__proto__"');
  const scalar = fc.constantFrom('1', 'null', 'true', '":"', '" :"', '"\\\\"', '"\\":"', '"]"');
  const space = fc.constantFrom('', ' ', '\t', '\n  ', '\r\n  ');
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ maxDepth: 4 }, scalar, tie('array'), tie('object')),
    array: fc
      .array(tie('value'), { maxLength: 4 })
      .map((items) => `[${(items as string[]).join(', ')}]`),
    object: fc
      .array(fc.tuple(key, space, tie('value')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, s, v]) => `${k}${s}:${s}${v}`).join(',')}}`),
  }));

  it('on random JSON with repeated keys: it reads only what has no duplicate', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), (items) => {
        const text = `var apiSchema = [\n${(items as string[]).join(',\n')}\n];\n`;
        const scan = locateApiSchema(text, 'x.js');
        const read = fast(text);
        if (scan.duplicateKeys.length > 0) expect(read).toBeUndefined();
        else expect(read?.end).toBe(scan.end);
      }),
      { seed: 20_261_203, numRuns: 500 },
    );
  });
});
