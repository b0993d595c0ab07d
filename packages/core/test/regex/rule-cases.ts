import type { PatternDialect } from '../../src/regex/translate.js';

/** Perl's and Rust's `\\s`, White_Space, as the translation spells it out. */
const SPACE = '[\\t-\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]';
const NOT_SPACE = '[^\\t-\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]';

/** `\w` as Perl and Rust define it, spelled as ECMAScript properties. */
const W = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}';

/** One rule each: a Proxmox pattern and the ECMAScript source it must become. */
export const TRANSLATIONS: readonly [PatternDialect, string, string][] = [
  // PVE anchors by splicing: `m/^$pattern$/`, and `$` allows a final "\n".
  ['perl', 'abc', '^abc\\n?$'],
  ['perl', 'a|b', '^a|b\\n?$'],
  ['perl', '(?^:^x$)', '^(?:^x(?=\\n?$))\\n?$'],
  ['perl', '', ''],
  ['perl', '0', ''],
  // Unicode-aware classes.
  ['perl', '\\d+', '^\\p{Nd}+\\n?$'],
  ['perl', '\\D', '^\\P{Nd}\\n?$'],
  ['perl', '\\s*', `^${SPACE}*\\n?$`],
  ['perl', '\\S', `^${NOT_SPACE}\\n?$`],
  ['perl', '\\w', `^[${W}]\\n?$`],
  ['perl', '\\W', `^[^${W}]\\n?$`],
  ['perl', '[\\w:]', `^[:${W}]\\n?$`],
  ['perl', '[\\W:]', `^(?:[:]|[^${W}])\\n?$`],
  ['perl', '[^\\W:]', `^(?:(?=[${W}])[^:])\\n?$`],
  ['perl', '[-_.\\w\\d]', `^[\\-._${W}]\\n?$`],
  ['perl', '.', '^[^\\n]\\n?$'],
  ['perl', '(?s).', '^[\\s\\S]\\n?$'],
  // Perl-isms.
  ['perl', '[A-Za-z0-9\\-\\_]', '^[\\-0-9A-Z_a-z]\\n?$'],
  ['perl', '\\_\\@\\/', '^_@/\\n?$'],
  ['perl', '[a-z]{,8}', '^[a-z]{0,8}\\n?$'],
  ['perl', 'x{a}', '^x\\{a\\}\\n?$'],
  ['perl', '\\0\\012\\x7F\\x{263A}', '^\\x00\\n\\x7F\\u263A\\n?$'],
  ['perl', 'a\\Z', '^a(?=\\n?$)\\n?$'],
  ['perl', 'a\\z', '^a$\\n?$'],
  ['perl', '\\Aa', '^^a\\n?$'],
  ['perl', '(?#note)a', '^a\\n?$'],
  ['perl', '(?m)^a$', '^(?:^|(?<=\\n)(?!$))a(?![^\\n])(?![^\\n])'],
  // Case-insensitive groups, with the non-ASCII folds KELVIN SIGN and LONG S.
  ['perl', '(?^i:[a-z])', '^(?:[A-Za-z\\u017F\\u212A])\\n?$'],
  ['perl', '(?i)k', '^[Kk\\u212A]\\n?$'],
  ['perl', '(?^i:[\\(\\)-_])', '^(?:[()-_a-z\\u017F\\u212A])\\n?$'],
  ['perl', '(?i:x)(?-i:y)', '^(?:[Xx])(?:y)\\n?$'],
  // Atomic groups and possessive quantifiers.
  ['perl', '(?>a+)b', '^(?=(a+))\\1b\\n?$'],
  ['perl', 'a++b', '^(?=(a+))\\1b\\n?$'],
  ['perl', '(?>x(?>y))+', '^(?:(?=(x(?=(y))\\2))\\1)+\\n?$'],
  ['perl', 'a*?b{2,}?', '^a*?b{2,}?\\n?$'],
  // PBS: `/…/`, unanchored, `$` only at the very end.
  ['rust', '/^abc$/', '^abc$'],
  ['rust', '/abc/', 'abc'],
  ['rust', '/^a$$/', '^a$$'],
  ['rust', '/./', '[^\\n]'],
  ['rust', '/\\d\\s/', `\\p{Nd}${SPACE}`],
  ['rust', '/^[[:cntrl:]]$/', '^[\\x00-\\x1F\\x7F]$'],
  ['rust', '/^[[:^cntrl:]]*$/', '^[^\\x00-\\x1F\\x7F]*$'],
  [
    'rust',
    '/^[^\\s:/[:cntrl:]]+$/',
    '^[^\\x00-\\x1F /:\\x7F\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+$',
  ],
  ['rust', '/[a[:^digit:]]/', '(?:[a]|[^0-9])'],
  ['rust', '/(?P<node>a)(?<n>b)/', '(?:a)(?:b)'],
  ['rust', '/(?m)^a$/', '(?<![^\\n])a(?![^\\n])'],
  ['rust', '/(?i)ss/', '[Ss\\u017F][Ss\\u017F]'],
  ['rust', '/(?U)a+/', 'a+'],
  ['rust', '/\\{\\{x\\}\\}/', '\\{\\{x\\}\\}'],
  ['rust', '/\\u{e9}\\x{1F600}/', '\\xE9\\u{1F600}'],
  ['rust', '/[\u0000-\u001f]/', '[\\x00-\\x1F]'],
];

/** Patterns that must be refused, and a word the reason must contain. */
export const REFUSALS: readonly [PatternDialect, string, string][] = [
  ['perl', '\\bfoo', 'word boundary'],
  ['perl', '(a)\\1', 'backreference'],
  ['perl', '(?=a)', 'group syntax'],
  ['perl', '(?x)a b', 'flag x'],
  ['perl', '(?a)\\d', 'flag a'],
  ['perl', '(?i)ss', 'multi-character fold'],
  ['perl', '(?^i:[s][s])', 'multi-character fold'],
  ['perl', '(?i)f', 'multi-character fold'],
  ['perl', '(?i)é', 'non-ASCII'],
  ['perl', '[[:alpha:]]', 'POSIX class'],
  ['perl', '\\p{L}', 'escape \\p'],
  ['perl', '\\v', 'escape \\v'],
  ['perl', 'a{1, 2}', 'quantifier-like braces'],
  ['perl', '(*a)', 'quantifier without'],
  ['perl', '^*', 'quantified anchor'],
  ['perl', 'a**', 'nested quantifier'],
  ['perl', 'a{3,2}', 'maximum below minimum'],
  ['perl', '(a', 'unbalanced'],
  ['perl', '[ab', 'unterminated'],
  ['rust', 'abc', 'slashes'],
  ['rust', '/a++/', 'possessive'],
  ['rust', '/(?>a)/', 'atomic'],
  ['rust', '/[a&&b]/', 'class set operation'],
  ['rust', '/[[a]]/', 'nested character class'],
  ['rust', '/a{,3}/', 'quantifier-like braces'],
  ['rust', '/(?-u)\\d/', 'flag -u'],
  ['rust', '/\\Z/', 'escape \\Z'],
];

/**
 * Rules checked by behaviour rather than by text: for each pattern, these
 * strings get the same verdict from the translation as from Perl.
 */
export const BEHAVIOURS: readonly [PatternDialect, string, string[]][] = [
  ['perl', 'a|b', ['a', 'b', 'ax', 'xb', 'a\n', 'xb\n', 'b\n\n', 'c']],
  ['perl', '[a-z]{,3}', ['', 'abc', 'abcd', '{,3}', 'a{,3}', 'ab\n']],
  ['perl', '(?^i:[a-z0-9_]+)', ['K', '\u212a', 'ſ', 'ß', 'ss', 'İ', 'ı', 'é', 'ﬆ', 'Ǆ']],
  ['perl', '(?^i:[\\(\\)-_.\\w\\d\\s]{0,256})', ['ﬆ', 'ß', 'µ', '\u212a', '\u0085', ' ', '=']],
  ['perl', '\\d+', ['٣', '０', '12', '1\n', '1\n\n', '\n']],
  ['perl', '\\w+', ['é', 'a\u0301', '_', '\u200d', '‿', '中', '😀', '𐐀', 'Ⅻ', '\u00b2']],
  ['perl', '\\s', [' ', '\u0085', '\u00a0', '\ufeff', '\u2028', '\u000b', '\u180e']],
  ['perl', '.+', ['a\r', 'a\u2028', 'a\n', 'a\nb', '\n']],
  ['perl', '(?^:^((?>[+-]?[\\w\\-\\._=]+,?)+)$)', ['a', '+a,-b', 'a,,', ',a', 'a=b,c\n']],
  ['perl', '(?i)k[k]', ['kk', 'KK', '\u212a\u212a', 'k', 'ǩ']],
  ['perl', 'a\\Z', ['a', 'a\n', 'a\n\n']],
  ['perl', 'a\\z', ['a', 'a\n']],
  ['perl', '(?m)a$', ['a', 'a\nb', 'a\n', 'ba', 'ab\n']],
  ['perl', '(?m)^b', ['b', 'a\nb', 'a\n', 'ab']],
  ['perl', 'x{a}', ['x{a}', 'xa']],
  ['perl', '\\0\\w+', ['\0a', '0a', '\\0a']],
  ['rust', '/^a$/', ['a', 'a\n', 'ba']],
  ['rust', '/(?m)^([[:^cntrl:]]*)$/', ['a', 'a\x01\n', 'a\x01', '\x01\nb', '\x85', '\n']],
  ['rust', '/^[^\\s:/[:cntrl:]]+$/', ['a', '\x85', '\x9f', 'a b', 'a\u2028b', 'é']],
  ['rust', '/^(?:(?:h|s|x?v)d[a-z]+)|(?:nvme\\d+n\\d+)$/', ['sda', 'sda1', 'xnvme0n1', 'nvme0']],
];
