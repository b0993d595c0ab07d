import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseApidocBytes } from '../../src/source/read.js';
import { apidocErrorOf, encode } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'apidoc-exec-'));
const marker = join(dir, 'pwned');
const flag = '__proxmoxOpenapiPwned';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
const setGlobal = `(globalThis.${flag} = 1)`;

/** Each file would write `marker` or set the global if anything in it ran. */
const hostile: [string, string][] = [
  ['a call that writes a file', `var apiSchema = [{path: ${write}, text: 'a'}];`],
  ['an assignment to a global', `var apiSchema = [{path: '/a', text: ${setGlobal}}];`],
  ['an IIFE', `var apiSchema = [(function () { ${write}; return {}; })()];`],
  ['a getter', `var apiSchema = [{get path() { ${write}; return '/a'; }, text: 'a'}];`],
  ['a template substitution', `var apiSchema = [{path: \`/\${${setGlobal}}\`, text: 'a'}];`],
  ['a spread of a call', `var apiSchema = [{...${write}}];`],
  ['a computed key', `var apiSchema = [{[${setGlobal}]: 1}];`],
  ['a tagged template', `var apiSchema = [{path: String.raw\`/a\`, text: 'a'}];`],
  ['a new expression', `var apiSchema = [{path: new Function(${JSON.stringify(write)})()}];`],
];

describe('an apidoc is never executed', () => {
  it.each(hostile)('refuses %s without running it', (_, text) => {
    const error = apidocErrorOf(() => parseApidocBytes(encode(text), 'evil.js'));
    expect(error.message).toMatch(/^evil\.js:1:\d+: .* is not allowed in the api schema; expected/);
    expect(existsSync(marker)).toBe(false);
    expect(flag in globalThis).toBe(false);
  });

  it('reads the tree and ignores code after it, which never runs', () => {
    const text = `var apiSchema = [{"path": "/a", "text": "a"}];\n${write};\n${setGlobal};`;
    expect(parseApidocBytes(encode(text), 'evil.js').tree).toEqual([{ path: '/a', text: 'a' }]);
    expect(existsSync(marker)).toBe(false);
    expect(flag in globalThis).toBe(false);
  });

  it('keeps `__proto__` keys as data, in JSON and in literals', () => {
    for (const text of [
      'var apiSchema = [{"path": "/a", "text": "a", "__proto__": {"polluted": 1}}];',
      "var apiSchema = [{path: '/a', text: 'a', __proto__: {polluted: 1}}];",
    ]) {
      const { tree } = parseApidocBytes(encode(text), 'evil.js');
      expect(Object.hasOwn((tree as object[])[0]!, '__proto__')).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
