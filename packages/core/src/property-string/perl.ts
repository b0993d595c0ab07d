/**
 * Perl's view of the scalar values in a property string. PVE keeps every value
 * as a Perl string and tests it with regexes whose `\d`, `\w` and `\s` follow
 * Unicode rules (pve-http-server decodes parameters into character strings) and
 * whose `$` also matches before a final "\n".
 */

/** Perl's `\s` on character strings; unlike ECMAScript's it holds U+0085 and not U+FEFF. */
export const PERL_SPACE =
  '[\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

/** Perl's `\d` on character strings: any decimal digit of any script. */
export const PERL_DIGIT = '\\p{Nd}';

/** Perl's `\w` on character strings (perlrecharclass, "Word characters"). */
export const PERL_WORD = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}';

/** `m/^(?:body)$/` as Perl runs it: `$` may stand before one final newline. */
export function perlAnchored(body: string, flags = ''): RegExp {
  return new RegExp(`^(?:${body})\\n?$`, `u${flags}`);
}

const BLANK = perlAnchored(`${PERL_SPACE}*`);
/** `$part =~ /^\s*$/`: a part of nothing but white space, which the parser skips. */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

// `PVE::JSONSchema::is_integer` and `is_number` (the latter from perlretut).
const INTEGER = perlAnchored(`[+-]?${PERL_DIGIT}+`);
const NUMBER = perlAnchored(
  `[+-]?(?:${PERL_DIGIT}+\\.${PERL_DIGIT}+|${PERL_DIGIT}+\\.|\\.${PERL_DIGIT}+|${PERL_DIGIT}+)` +
    `(?:[eE][+-]?${PERL_DIGIT}+)?`,
);

export function isInteger(text: string): boolean {
  return INTEGER.test(text);
}

export function isNumber(text: string): boolean {
  return NUMBER.test(text);
}

/**
 * `PVE::JSONSchema::parse_boolean`: '1' or '0' for a boolean word, otherwise
 * undefined. Its `/i` folds by Unicode rules, so "yeſ" is yes.
 */
export function parseBoolean(text: string): '1' | '0' | undefined {
  if (/^(?:1|on|yes|true)\n?$/iu.test(text)) return '1';
  if (/^(?:0|off|no|false)\n?$/iu.test(text)) return '0';
  return undefined;
}

const NUMERIC_PREFIX = /^[\t\n\v\f\r ]*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/;

/**
 * The number Perl makes of a string: its leading decimal numeral, 0 when there
 * is none. Perl reads only ASCII digits here, so "١٢" (which `\d` accepts) is 0.
 * Integers past 2^53, which Perl keeps exactly up to 2^64, lose precision here.
 */
export function perlNumber(text: string): number {
  const match = NUMERIC_PREFIX.exec(text);
  const value = match ? Number(match[1]) : 0;
  // Perl has no negative integer zero; JSON would not tell them apart either.
  return value === 0 ? 0 : value;
}

/** Perl's truth: undef, '' and '0' are false. */
export function isPerlTrue(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0';
}

/** Perl's `length`: characters (code points), not UTF-16 units. */
export function perlLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Perl's `sort` of strings: by code point. */
export function byCodePoint(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const d = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return left.length - right.length;
}

/**
 * How Perl prints a number: integers within its 64-bit integer range in full
 * (as it keeps them), other values as C's `%.15g` (`0.1 + 0.2` prints as 0.3,
 * `1e-5` as 1e-05), which rounds a tie to the even digit.
 */
export function perlNumberText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Inf' : '-Inf';
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 64) return BigInt(value).toString();

  const sign = value < 0 ? '-' : '';
  const { digits, exponent } = significantDigits(Math.abs(value), 15);
  if (exponent < -4 || exponent >= 15) {
    const mantissa = stripZeros(`${digits[0]}.${digits.slice(1)}`);
    const power = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${power}`;
  }
  const fixed =
    exponent >= 0
      ? `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`
      : `0.${'0'.repeat(-exponent - 1)}${digits}`;
  return `${sign}${stripZeros(fixed)}`;
}

/**
 * The first `count` significant digits of a positive number, rounded half to
 * even as glibc's printf does; ECMAScript's `toPrecision` rounds half up. The
 * 101 digits of `toExponential(100)` decide the rounding.
 */
function significantDigits(value: number, count: number): { digits: string; exponent: number } {
  const [mantissa, power] = value.toExponential(100).split('e') as [string, string];
  const all = mantissa.replace('.', '');
  let exponent = Number(power);
  let digits = all.slice(0, count);
  const next = all[count]!;
  const rest = all.slice(count + 1);
  const odd = Number(digits[count - 1]) % 2 === 1;
  if (next > '5' || (next === '5' && (/[1-9]/.test(rest) || odd))) {
    digits = (BigInt(digits) + 1n).toString();
    if (digits.length > count) {
      digits = digits.slice(0, count);
      exponent++;
    }
  }
  return { digits, exponent };
}

function stripZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
