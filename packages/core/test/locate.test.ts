import { describe, expect, it } from 'vitest';
import { ApidocError } from '../src/errors.js';
import { locateApiSchema } from '../src/source/locate.js';
import { parseApidocText } from '../src/source/parse.js';

const tree = '[{"path":"/version","text":"version"}]';

function parse(text: string) {
  return parseApidocText(text, 'apidoc.js');
}

function errorOf(text: string): ApidocError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ApidocError) return error;
    throw error;
  }
  throw new Error('expected an ApidocError');
}

describe('locating apiSchema', () => {
  it.each([
    ['const', `const apiSchema = ${tree};\nlet x = 1;`],
    ['var', `var apiSchema = ${tree};`],
    ['let', `let apiSchema=${tree}`],
    [
      'PVE layout (`]` then `;` on the next line)',
      `const apiSchema = ${tree.slice(0, -1)}\n]\n;\n`,
    ],
    ['after a comment that mentions it', `// var apiSchema = [1];\nconst apiSchema = ${tree};`],
    ['after a string that mentions it', `x = "var apiSchema = [";\nconst apiSchema = ${tree};`],
  ])('finds the declaration with %s', (_, text) => {
    expect(parse(text)).toEqual({ tree: JSON.parse(tree), mode: 'json', warnings: [] });
  });

  it('does not end the array at `];` inside a string', () => {
    const text = 'var apiSchema = [{"path":"/a","text":"x];y","description":"[{\\"];"}];\nfoo();';
    expect(parse(text).tree).toEqual([{ path: '/a', text: 'x];y', description: '[{"];' }]);
  });

  it.each([
    ['an escaped quote', `["a\\"];", 'b\\']'];`, ['a"];', "b']"]],
    [
      'backslashes before the closing quote',
      `["a\\\\", "b\\\\\\\\", 'c\\\\', 'd'];`,
      ['a\\', 'b\\\\', 'c\\', 'd'],
    ],
    ['a line continued by a backslash', '["x\\\ny];", "z"];', ['xy];', 'z']],
    ['a line continued by a backslash before CR LF', '["x\\\r\ny];", "z"];', ['xy];', 'z']],
  ])('ends a string at its closing quote, past %s', (_, array, want) => {
    const text = `var apiSchema = ${array}\nfoo();`;
    const { start, end } = locateApiSchema(text, 'apidoc.js');
    expect(text.slice(start, end)).toBe(array.slice(0, -1));
    expect(parse(text).tree).toEqual(want);
  });

  it('skips a regex literal containing brackets', () => {
    const text = "var apiSchema = [{path: '/a', text: 'a', pattern: /^[\\]}]+$/}];";
    expect(parse(text)).toEqual({
      tree: [{ path: '/a', text: 'a', pattern: '/^[\\]}]+$/' }],
      mode: 'literal',
      warnings: [],
    });
  });

  it('reads CRLF line ends like LF', () => {
    const lf = `const apiSchema = [\n  {"path": "/a", "text": "a"}\n]\n;\n`;
    expect(parse(lf.replace(/\n/g, '\r\n')).tree).toEqual(parse(lf).tree);
  });
});

describe('reading a literal that is not JSON', () => {
  it('accepts single quotes, unquoted keys, comments and trailing commas', () => {
    const text = `var apiSchema = [
      // the root
      { path: '/a', text: "a", /* inline */ info: { GET: { optional: 1, min: -1, }, }, },
    ];
    Ext.onReady(function () {});`;
    expect(parse(text)).toEqual({
      tree: [{ path: '/a', text: 'a', info: { GET: { optional: 1, min: -1 } } }],
      mode: 'literal',
      warnings: [],
    });
  });

  it.each([
    ['a call', "var apiSchema = [{path: require('fs').writeFileSync('x', 'y')}];", 1, 25],
    ['an identifier', 'var apiSchema = [{path: process}];', 1, 25],
    ['a getter', 'var apiSchema = [{get path() { return 1; }}];', 1, 19],
    ['a spread', 'var apiSchema = [{...other}];', 1, 19],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the apidoc holds a template literal
    ['a template substitution', 'var apiSchema = [{path: `${x}`}];', 1, 25],
    ['an arrow function', 'var apiSchema = [\n  {path: () => 1}];', 2, 10],
  ])('refuses %s at its line and column', (_, text, line, column) => {
    const error = errorOf(text);
    expect(error.message).toMatch(/is not allowed in the api schema/);
    expect(error.position).toEqual({ line, column });
  });
});

describe('errors for files that are not apidocs', () => {
  it('says what it expected when there is no apiSchema', () => {
    const error = errorOf('console.log("hello");');
    expect(error.message).toMatch(/^apidoc\.js:1:1: no `apiSchema` declaration found/);
    expect(error.hint).toMatch(/const apiSchema = \[/);
  });

  it('names the line of the bracket that a truncated file never closes', () => {
    const error = errorOf('const apiSchema = [\n  {"path": "/a",\n   "info": {');
    expect(error.detail).toMatch(/`\{` from line 3:12 is never closed/);
    expect(error.position).toEqual({ line: 3, column: 13 });
  });

  it('names both brackets when they do not match', () => {
    const error = errorOf('var apiSchema = [\n {"path": "/a"]\n];');
    expect(error.detail).toBe('expected `}` to close `{` from line 2:2, found `]`');
    expect(error.position).toEqual({ line: 2, column: 15 });
  });

  it('reports a string cut off by the end of a line', () => {
    const error = errorOf('var apiSchema = [{"path": "/a\n}];');
    expect(error.detail).toMatch(/^string is never closed; expected a closing quote/);
    expect(error.position).toEqual({ line: 1, column: 27 });
  });

  it('requires an array after the declaration', () => {
    expect(errorOf('var apiSchema = {};').detail).toBe('expected `[` after `apiSchema =`');
  });
});
