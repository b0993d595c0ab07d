import { emitPattern } from './emit.js';
import { parsePattern } from './parse.js';
import { SYNTAXES } from './syntax.js';
import { UnsupportedPattern } from './unsupported.js';

/** The regex dialect a pattern is written in: Perl for PVE, the Rust `regex` crate for PBS. */
export type PatternDialect = 'perl' | 'rust';

export type PatternTranslation = { ok: true; pattern: string } | { ok: false; reason: string };

/**
 * Translates a Proxmox `pattern` into ECMAScript regex source that, compiled
 * with the `u` flag and used for an unanchored search as JSON Schema's
 * `pattern` is (JSON Schema Validation 2020-12, 6.3.3), accepts exactly the
 * strings the server accepts. What cannot be translated exactly is refused
 * with a reason, never loosened.
 *
 * PVE (`perl`): `PVE::JSONSchema::check_prop` runs `$value !~ m/^$pattern$/`,
 * which splices the pattern between the anchors as text, so a top-level `|`
 * splits the anchors between its sides, and Perl's `$` also matches before a
 * final "\n". Values reach it as character strings (pve-http-server decodes
 * form values with `Encode::decode('utf8', …)`, JSON bodies with
 * `decode_json`), so `\d`, `\w`, `\s` and case folding follow Unicode rules.
 * The servers run Perl 5.36 or later, where `{,n}` means `{0,n}`.
 *
 * PBS (`rust`): the schema holds `/…/` around `regex` crate syntax, checked
 * with `Regex::is_match`: unanchored, Unicode-aware, `$` only at the very end.
 *
 * Known limits of exactness: `\p{…}` follows the Unicode version of the
 * engine that runs the schema, not the server's, so characters assigned after
 * the server's version (Perl 5.36 has Unicode 14) count as `\d` or `\w` here
 * but not there. A translation is as prone to exponential backtracking as its
 * source; PVE's OCI image reference pattern is, on long near misses.
 */
export function translatePattern(source: string, dialect: PatternDialect): PatternTranslation {
  const text = dialect === 'perl' ? perlCheck(source) : rustBody(source);
  if (text === undefined) {
    return { ok: false, reason: 'expected a pattern between slashes, as in /^…$/' };
  }
  if (text === '') return { ok: true, pattern: '' };

  let pattern: string;
  try {
    pattern = emitPattern(parsePattern(text, SYNTAXES[dialect]));
  } catch (error) {
    if (error instanceof UnsupportedPattern) return { ok: false, reason: error.message };
    throw error;
  }

  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    throw new Error(`translating ${JSON.stringify(source)} gave an invalid pattern; likely a bug`, {
      cause: error,
    });
  }
  return { ok: true, pattern };
}

/**
 * The regex PVE compiles. `check_prop` tests `if (my $pattern = …)`, so a
 * pattern that is false to Perl ('' or '0') is never checked at all: that is
 * the empty pattern, which accepts everything.
 */
function perlCheck(source: string): string {
  return source === '' || source === '0' ? '' : `^${source}$`;
}

function rustBody(source: string): string | undefined {
  if (source.length < 2 || !source.startsWith('/') || !source.endsWith('/')) return undefined;
  return source.slice(1, -1);
}
