import type { CharSet } from './char-set.js';

/**
 * Zero-width positions, already resolved from the dialect and the flags in force
 * where the source wrote `^`, `$`, `\A`, `\z` or `\Z`.
 */
export type Anchor =
  /** Start of the input (`^` without multi-line mode, `\A`). */
  | 'start'
  /** Very end of the input (Rust `$` without multi-line mode, `\z`). */
  | 'end'
  /** End of the input or just before a final "\n" (Perl `$` without /m, `\Z`). */
  | 'end-or-final-newline'
  /** Start of the input or just after any "\n" (Rust multi-line `^`). */
  | 'line-start'
  /**
   * Start of the input or just after a "\n" that is not the last character
   * (Perl `^` under /m; see perlre, "Modifiers", m).
   */
  | 'line-start-not-final'
  /** End of the input or just before any "\n" (multi-line `$` in Perl and Rust). */
  | 'line-end';

/**
 * A regex with flags and dialect resolved away: every node means the same in any
 * engine. Capturing is not kept, because a JSON Schema `pattern` only tests for
 * a match and the sources use no backreferences.
 */
export type RegexNode =
  | { kind: 'set'; set: CharSet }
  | { kind: 'anchor'; anchor: Anchor }
  | { kind: 'seq'; items: RegexNode[] }
  | { kind: 'alt'; branches: RegexNode[] }
  | { kind: 'group'; body: RegexNode; atomic: boolean }
  | {
      kind: 'repeat';
      body: RegexNode;
      min: number;
      /** Undefined for no upper bound. */
      max: number | undefined;
      lazy: boolean;
    };
