import type { Anchor } from './ast.js';
import type { PatternDialect } from './translate.js';

/** How one dialect reads the constructs in which Perl and Rust differ. */
export interface Syntax {
  dialect: PatternDialect;
  /** What `$` means outside multi-line mode. */
  dollar: Anchor;
  /** What `^` means in multi-line mode. */
  lineStart: Anchor;
  /** `\Z`: Perl only. */
  endOrFinalNewline: boolean;
  /** `(?>…)` and possessive quantifiers such as `a++`: Perl only. */
  atomic: boolean;
  /** `(?^flags:…)`, the form Perl prints a `qr//` in. */
  caretFlags: boolean;
  /** `{,n}` as `{0,n}`: Perl 5.34 and later, see perl5340delta. */
  emptyMinimum: boolean;
  /** A `{` that starts no quantifier is a literal (Perl); Rust rejects it. */
  literalBrace: boolean;
  /** `\0` with up to two more octal digits (Perl). */
  octalZero: boolean;
  /** `[:name:]` inside a class, spelled out in ASCII (Rust; Perl's are Unicode-aware). */
  asciiPosixClasses: boolean;
  /**
   * Case-insensitive literals may match multi-character folds (Perl: "ss" can
   * match "ß"); Rust uses simple case folding only.
   */
  multiCharFolds: boolean;
  /** Inline flag letters with no effect on whether a string matches. */
  inertFlags: string;
}

export const SYNTAXES: Readonly<Record<PatternDialect, Syntax>> = {
  perl: {
    dialect: 'perl',
    dollar: 'end-or-final-newline',
    lineStart: 'line-start-not-final',
    endOrFinalNewline: true,
    atomic: true,
    caretFlags: true,
    emptyMinimum: true,
    literalBrace: true,
    octalZero: true,
    asciiPosixClasses: false,
    multiCharFolds: true,
    // n: groups do not capture, and captures are dropped anyway.
    inertFlags: 'n',
  },
  rust: {
    dialect: 'rust',
    dollar: 'end',
    lineStart: 'line-start',
    endOrFinalNewline: false,
    atomic: false,
    caretFlags: false,
    emptyMinimum: false,
    literalBrace: false,
    octalZero: false,
    asciiPosixClasses: true,
    multiCharFolds: false,
    // U swaps greediness, which changes what is captured but not whether a
    // string matches; u (Unicode mode) is already on by default.
    inertFlags: 'Uu',
  },
};
