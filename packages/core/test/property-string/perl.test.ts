import { describe, expect, it } from 'vitest';
import {
  byCodePoint,
  isBlank,
  isInteger,
  isNumber,
  parseBoolean,
  perlLength,
  perlNumber,
  perlNumberText,
} from '../../src/property-string/perl.js';
import { formatSize, parseSize } from '../../src/property-string/size.js';

// given -> want, as perl 5.36 evaluates the same expressions on character strings.
describe('Perl scalars', () => {
  it.each<[string, boolean, boolean]>([
    ['12', true, true],
    ['+12', true, true],
    ['12\n', true, true],
    ['١٢', true, true],
    ['1.5', false, true],
    ['5.', false, true],
    ['.5', false, true],
    ['1e5', false, true],
    ['1e', false, false],
    [' 1', false, false],
    ['0x10', false, false],
  ])('is_integer / is_number of %j: %s / %s', (text, integer, number) => {
    expect(isInteger(text)).toBe(integer);
    expect(isNumber(text)).toBe(number);
  });

  it.each<[string, '1' | '0' | undefined]>([
    ['on', '1'],
    ['TRUE', '1'],
    ['yeſ', '1'],
    ['No', '0'],
    ['off', '0'],
    ['2', undefined],
    ['maybe', undefined],
  ])('parse_boolean(%j) is %s', (text, want) => {
    expect(parseBoolean(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['', true],
    [' \t\n', true],
    ['\u0085', true],
    ['\ufeff', false],
    ['a', false],
  ])('/^\\s*$/ on %j: %s', (text, want) => {
    expect(isBlank(text)).toBe(want);
  });

  it.each<[string, number]>([
    ['12', 12],
    ['+0012', 12],
    ['-0', 0],
    ['5.', 5],
    ['1e3', 1000],
    ['1٢', 1],
    ['١٢', 0],
  ])('0 + %j is %d', (text, want) => {
    expect(perlNumber(text)).toBe(want);
  });

  it.each<[number, string]>([
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.333333333333333'],
    [1e-5, '1e-05'],
    [1e-4, '0.0001'],
    [1e21, '1e+21'],
    [2 ** 53, '9007199254740992'],
    [284816931169578.5, '284816931169578'],
    [-2.5, '-2.5'],
    [100, '100'],
  ])('"%d" prints as %s', (value, want) => {
    expect(perlNumberText(value)).toBe(want);
  });

  it('counts characters and sorts by code point', () => {
    expect(perlLength('a😀')).toBe(2);
    expect(['b', '😀', 'ﬀ', 'a'].sort(byCodePoint)).toEqual(['a', 'b', 'ﬀ', '😀']);
  });
});

describe('sizes', () => {
  it.each<[string, number | undefined]>([
    ['512', 512],
    ['1K', 1024],
    ['1.5G', 1610612736],
    ['2T', 2 * 1024 ** 4],
    ['1g', undefined],
    ['', undefined],
  ])('parse_size(%j) is %s', (text, want) => {
    expect(parseSize(text)).toBe(want);
  });

  it.each<[number, string]>([
    [512, '512'],
    [1536, '1536'],
    [1024, '1K'],
    [1610612736, '1536M'],
    [2 * 1024 ** 4, '2T'],
    [2 * 1024 ** 5, '2048T'],
  ])('format_size(%d) is %s', (bytes, want) => {
    expect(formatSize(bytes)).toBe(want);
  });
});
