import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { emitDocument } from '../src/emit/document.js';
import { writeYaml } from '../src/output/yaml.js';
import { parseApidocBytes } from '../src/source/read.js';
import { testProduct } from './fixtures.js';

// The independent reference: the `yaml` library, with the options the
// generator used before it had its own writer.
const reference = (value: unknown) =>
  stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });

/** Written by both writers, the same bytes; read back, the same data. */
function check(value: unknown) {
  const written = writeYaml(value);
  expect(written).toBe(reference(value));
  expect(parse(written)).toEqual(value);
}

const TRICKY_STRINGS = [
  '',
  ' ',
  '  leading',
  'trailing ',
  ' both ',
  '42',
  '-7',
  '+1',
  '0.5',
  '.5',
  '1e3',
  '1E-3',
  '0x1F',
  '0o17',
  '017',
  '.inf',
  '-.Inf',
  '.NaN',
  'true',
  'False',
  'TRUE',
  'yes',
  'no',
  'on',
  'null',
  'Null',
  '~',
  '2026-01-04',
  '2026-01-04T12:00:00Z',
  '12:30',
  'a: b',
  'a:b',
  'ends with colon:',
  'a #comment',
  'a#b',
  '#start',
  '- item',
  '-',
  '?',
  '? x',
  ':',
  '@at',
  '`tick',
  '%percent',
  '!tag',
  '&anchor',
  '*alias',
  '|pipe',
  '>fold',
  '[flow]',
  '{flow}',
  'a, b',
  ',comma',
  "it's",
  'say "hi"',
  `both ' and "`,
  '"quoted"',
  "'single'",
  'line\nbreak',
  'line\n',
  'line\n\n',
  '\nleading break',
  '\n\nlines\n\n\nmore\n',
  ' indented\nnext',
  'trailing space \nnext',
  'next\n indented',
  'ends\n  ',
  '\n',
  '\n\n',
  'tab\there',
  '\ttab first',
  'carriage\r\nreturn',
  'bell\u0007',
  'nul\u0000',
  'escape\u001b[0m',
  'next line\u0085',
  'no-break\u00a0space',
  'line sep\u2028para sep\u2029',
  'del\u007f',
  'lone \ud800 surrogate',
  'emoji 😀 and ü, 中文',
  '---',
  '--- document',
  '...',
  'a\n---\nb',
  'a\n...\nb',
  '%YAML 1.2',
  'a long string of forty characters or more\nwith a break and \u0001 control',
  'a long string of forty characters or more \nwith a space before the break\u0001',
  'a long string of forty characters or more\n leading space\n\n\ttwo\u0001',
  '/nodes/{node}/qemu',
  '^(?:[a-z]+)$',
  'x'.repeat(1100),
];

describe('writeYaml on hand-written values', () => {
  it.each(TRICKY_STRINGS)('writes %j as a value, a key and an item', (text) => {
    check({ value: text });
    check({ [text]: 'value' });
    check({ [text]: { nested: text, list: [text] } });
    check([text, [text], { [text]: [text] }]);
    check({ deep: { deeper: { deepest: text } } });
  });

  it('writes a tricky string at the root', () => {
    for (const text of TRICKY_STRINGS) {
      // The reference cannot read back its own root block scalar whose first
      // line starts with a space (`|1-`); the generator writes no root scalar.
      if (/^\n* .*\n/s.test(text)) expect(writeYaml(text)).toBe(reference(text));
      else check(text);
    }
  });

  it.each<[string, unknown]>([
    ['empty object', {}],
    ['empty array', []],
    ['empty collections as values', { a: {}, b: [], c: [[], {}] }],
    ['empty key', { '': 1, ' ': 2 }],
    ['numbers', { a: 0, b: -0, c: 1.5, d: -2e-7, e: 1e21, f: 9007199254740992, g: 0.1 }],
    ['booleans and null', { a: true, b: false, c: null, d: [null, true] }],
    ['nested sequences', [[[1, 2], [3]], [], [[]]]],
    ['maps in sequences', [{ a: 1, b: { c: [2] } }, { d: [] }]],
    ['key order kept', { z: 1, a: 2, m: 3 }],
    ['a key over 1024 characters', { ['k'.repeat(1030)]: { a: [1] }, ['j'.repeat(1030)]: 'v' }],
  ])('writes %s', (_name, value) => check(value));

  it('skips undefined properties, as JSON does', () => {
    expect(writeYaml({ a: undefined, b: 1 })).toBe('b: 1\n');
  });

  it('refuses what is not JSON data', () => {
    expect(() => writeYaml({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('writeYaml on generated strings', () => {
  // Strings of the characters that decide quoting and block style, from a
  // fixed-seed generator so that a failure repeats.
  const alphabet = [
    ...[' ', '\n', '\t', ':', '#', '-', '?', "'", '"', '\\', '\u0001', '\u00e9'],
    ...['{', '}', '[', ',', '&', '*', '!', '|', '>', '%', '@', '`', '~', '.', '/', '('],
    ...['a', 'n', 'u', 'l', 'e', 'x', 'o', '0', '1', '+', 'E', '_'],
  ];
  let seed = 20260104;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  const strings = Array.from({ length: 3000 }, () =>
    Array.from({ length: next() % 9 }, () => alphabet[next() % alphabet.length]).join(''),
  );

  it('agrees with the reference on 3000 of them as values and keys', () => {
    check(strings);
    check(Object.fromEntries(strings.map((text, i) => [text, i])));
    check(Object.fromEntries(strings.map((text, i) => [`${i}`, { [text]: [text] }])));
  }, 30_000);
});

describe('writeYaml on the real documents', () => {
  function documentOf(path: string) {
    const file = new URL(`../../../${path}`, import.meta.url);
    const apidoc = parseApidocBytes(readFileSync(file), path);
    return emitDocument(apidoc.endpoints, testProduct, {
      apidocSha256: apidoc.sha256,
      generatorVersion: '0.0.0',
    }).document;
  }

  // Reading YAML back is the slow part (seconds for PVE's 2.4 MB): PBS is read
  // back; for PVE the bytes are compared, which the reference reads back.
  it('writes PBS the same bytes as the yaml library, and reads back as the document', () => {
    check(documentOf('../shared/apidoc/pbs/2026-07-05.js'));
  }, 60_000);

  it('writes PVE the same bytes as the yaml library', () => {
    const document = documentOf('../shared/apidoc/pve/2026-01-04.js');
    expect(writeYaml(document)).toBe(reference(document));
  }, 60_000);
});
