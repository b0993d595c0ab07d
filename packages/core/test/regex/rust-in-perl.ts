/**
 * Perl stands in for Rust's `regex` crate when checking PBS patterns. The two
 * read the PBS patterns alike except in three places, which this rewrite
 * bends Perl to Rust's side of (regex-syntax docs, "Anchors" and "ASCII
 * character classes"; perlre and perlrecharclass for Perl):
 *
 * - `$` without (?m): Rust matches only at the very end, Perl also before a
 *   final "\n". Rewritten to `\z`.
 * - `^` with (?m): Rust matches after every "\n", Perl not after a "\n" that
 *   ends the string. Rewritten to `(?:\A|(?<=\n))`.
 * - `[:cntrl:]`: ASCII in Rust, all of Cc (U+0080–U+009F too) in Perl on
 *   character strings. Spelled out as ASCII ranges.
 *
 * Only what the PBS snapshots use is handled: (?m) at the very start, and no
 * other POSIX class. Anything else throws, so a new pattern cannot slip past.
 */
export function perlForRust(body: string): string {
  const multiline = body.startsWith('(?m)');
  const text = body
    .replaceAll('[[:^cntrl:]]', '[^\\x00-\\x1F\\x7F]')
    .replaceAll('[:cntrl:]', '\\x00-\\x1F\\x7F');
  if (text.includes('[:') || /\(\?[a-zA-Z-]*m/.test(text.slice(multiline ? 4 : 0))) {
    throw new Error(`no Perl stand-in for ${body}`);
  }

  let out = '';
  let inClass = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      out += c + text[++i];
    } else if (inClass) {
      inClass = c !== ']';
      out += c;
    } else if (c === '[') {
      // A `]` right after `[` or `[^` is a literal, not the end of the class.
      const literalClose = text.slice(i + 1).match(/^\^?\]/)?.[0] ?? '';
      out += c + literalClose;
      i += literalClose.length;
      inClass = true;
    } else if (c === '$') {
      out += multiline ? '$' : '\\z';
    } else if (c === '^' && multiline) {
      out += '(?:\\A|(?<=\\n))';
    } else {
      out += c;
    }
  }
  return out;
}
