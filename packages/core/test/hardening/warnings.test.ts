import { describe, expect, it } from 'vitest';
import { formatWarning, strictError } from '../../src/errors.js';
import { parseApidocBytes } from '../../src/source/read.js';
import { apidocErrorOf, encode } from './helpers.js';

const read = (text: string, strict = false) => parseApidocBytes(encode(text), 'odd.js', { strict });

describe('duplicate keys: the last wins, with a warning at its place', () => {
  it.each([
    [
      'in JSON',
      'var apiSchema = [{"path": "/a", "text": "a",\n  "path": "/b"}];',
      'duplicate key "path": the last value is kept, the one from line 1:19 is dropped',
      { line: 2, column: 3 },
    ],
    [
      'in JSON, escaped differently',
      'var apiSchema = [{"path": "/a", "text": "a", "p\\u0061th": "/b"}];',
      'duplicate key "path": the last value is kept, the one from line 1:19 is dropped',
      { line: 1, column: 46 },
    ],
    [
      'in a literal',
      "var apiSchema = [{path: '/a', text: 'a',\n  'path': '/b'}];",
      'duplicate key "path": the last value is kept, the one from line 1:19 is dropped',
      { line: 2, column: 3 },
    ],
  ])('%s', (_, text, message, position) => {
    const apidoc = read(text);
    expect(apidoc.endpoints).toEqual([]);
    expect((apidoc.tree as { path: string }[])[0]!.path).toBe('/b');
    expect(apidoc.warnings).toEqual([{ message, position }]);
  });

  it('does not confuse keys of different objects, or strings that are values', () => {
    const text =
      'var apiSchema = [{"path": "/a", "text": "path", "info": {"GET": {"path": 1}}},' +
      ' {"path": "/b", "text": "b"}];';
    expect(read(text).warnings).toEqual([]);
  });
});

describe('unknown node fields are kept and reported', () => {
  it('warns at the field and keeps it on the node', () => {
    const apidoc = read('var apiSchema = [{"path": "/a", "text": "a",\n "icon": "x"}];');
    expect(apidoc.warnings).toEqual([
      {
        message:
          '$[0]: unknown node field "icon"; kept in the tree, expected only path, text, leaf, ' +
          'info, children and expanded',
        position: { line: 2, column: 2 },
      },
    ]);
    expect(apidoc.endpoints).toEqual([]);
    expect((apidoc.tree as Record<string, unknown>[])[0]!.icon).toBe('x');
  });

  it('reports the unknown field of an endpoint and keeps the endpoint', () => {
    const apidoc = read(
      'var apiSchema = [{"path": "/a", "text": "a", "x": 1, "info": {"GET": {}}}];',
    );
    expect(apidoc.endpoints.map((e) => e.node.x)).toEqual([1]);
    expect(apidoc.warnings.map((w) => w.position)).toEqual([{ line: 1, column: 46 }]);
  });
});

describe('strict mode turns warnings into errors', () => {
  it('fails at the first warning and counts the rest', () => {
    const text = 'var apiSchema = [{"path": "/a", "text": "a", "x": 1, "y": 2}];';
    const error = apidocErrorOf(() => read(text, true));
    expect(error.message).toMatch(
      /^odd\.js:1:46: \$\[0\]: unknown node field "x"; .* \(and 1 more warnings\)\n {2}hint: strict/,
    );
  });

  it('gives no error without warnings', () => {
    expect(strictError('odd.js', [])).toBeUndefined();
    expect(read('var apiSchema = [{"path": "/a", "text": "a"}];', true).warnings).toEqual([]);
  });

  it('formats warnings as file:line:column', () => {
    expect(formatWarning('odd.js', { message: 'm', position: { line: 2, column: 3 } })).toBe(
      'odd.js:2:3: warning: m',
    );
    expect(formatWarning('odd.js', { message: 'm' })).toBe('odd.js: warning: m');
  });
});
