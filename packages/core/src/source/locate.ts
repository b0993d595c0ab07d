import { ApidocError, positionAt } from '../errors.js';
import { type DuplicateKey, DuplicateKeyScan } from './duplicate-keys.js';
import { type Lexer, lexer } from './lexer.js';

export type { DuplicateKey } from './duplicate-keys.js';

/** Where the `apiSchema` array literal sits in an apidoc's text. */
export interface ApiSchemaLocation {
  /** Offset of the opening `[`. */
  start: number;
  /** Offset just past the closing `]`. */
  end: number;
  /** Quoted keys written twice in one object: `JSON.parse` silently keeps the last. */
  duplicateKeys: DuplicateKey[];
}

/**
 * How deep the api schema may nest. The viewer's trees stay under 30 levels;
 * the bound keeps every later step (the emitter's schema walk, YAML output)
 * far from the call-stack limit, whatever the file holds.
 */
export const MAX_DEPTH = 256;

const DECLARATION = /\b(?:var|const|let)\s+apiSchema\s*=\s*/g;
/** The characters the bracket scan stops at; everything else is skipped natively. */
const SIGNIFICANT = /["'`/[\]{}()]/g;

const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '
const BACKTICK = 0x60; // `
const SLASH = 0x2f; // /
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }
const OPEN_PAREN = 0x28; // (
const CLOSE_PAREN = 0x29; // )
const COLON = 0x3a; // :

const CLOSER: Record<number, number> = {
  [OPEN_BRACKET]: CLOSE_BRACKET,
  [OPEN_BRACE]: CLOSE_BRACE,
  [OPEN_PAREN]: CLOSE_PAREN,
};

/**
 * Finds the `apiSchema` array of an apidoc without executing or fully parsing
 * it: the declaration (`var`, `const` or `let`) outside strings and comments,
 * then the bracket that closes its array. Strings, comments and regex literals
 * are skipped, so a `];` inside a description does not end the array. The scan
 * is linear in the file's size and keeps its own stack, so neither a huge file
 * nor deep nesting can make it slow or overflow; on the way it notes quoted
 * keys that repeat within an object. `start` skips the search for the
 * declaration when `findApiSchema` already gave it.
 */
export function locateApiSchema(
  text: string,
  source: string,
  start = findApiSchema(text, source),
): ApiSchemaLocation {
  return scanArray(text, start, lexer(text, source), source);
}

/**
 * Offset of the `[` that opens the `apiSchema` array: the first declaration
 * outside strings and comments. In the viewer's files it is the first line.
 */
export function findApiSchema(text: string, source: string): number {
  const lex = lexer(text, source);
  DECLARATION.lastIndex = 0;
  // `code` only moves forward: each match is checked by resuming the scan of
  // the code before it, so a file full of look-alikes in strings stays linear.
  let code = 0;
  for (let match = DECLARATION.exec(text); match; match = DECLARATION.exec(text)) {
    code = lex.skipToCode(code, match.index);
    if (code !== match.index) continue;
    const open = match.index + match[0].length;
    if (text.charCodeAt(open) !== OPEN_BRACKET) {
      throw new ApidocError('expected `[` after `apiSchema =`', {
        source,
        position: positionAt(text, open),
        hint: 'the api schema must be an array literal, as in the API viewer’s apidoc.js',
      });
    }
    return open;
  }
  throw new ApidocError('no `apiSchema` declaration found; expected `const apiSchema = [`', {
    source,
    position: { line: 1, column: 1 },
    hint:
      'expected a file like the API viewer’s apidoc.js, which starts with ' +
      '`const apiSchema = [` (PVE) or `var apiSchema = [` (PBS)',
  });
}

function scanArray(text: string, open: number, lex: Lexer, source: string): ApiSchemaLocation {
  const stack: number[] = [open];
  const keys = new DuplicateKeyScan();
  keys.open();
  // The bracket open innermost, kept aside: every string asks whether it is a key.
  let top = OPEN_BRACKET;
  SIGNIFICANT.lastIndex = open + 1;
  // `test` rather than `exec`: no match array per stop, and each match is one character.
  while (SIGNIFICANT.test(text)) {
    const i = SIGNIFICANT.lastIndex - 1;
    const c = text.charCodeAt(i);
    switch (c) {
      case QUOTE:
      case APOSTROPHE:
      case BACKTICK: {
        const next = lex.skipString(i, c);
        if (top === OPEN_BRACE && c !== BACKTICK && isKey(text, next)) {
          keys.key(keyName(text, i, next), i);
        }
        SIGNIFICANT.lastIndex = next;
        continue;
      }
      case SLASH: {
        const next = lex.skipSlash(i);
        SIGNIFICANT.lastIndex = next;
        continue;
      }
      case OPEN_BRACKET:
      case OPEN_BRACE:
      case OPEN_PAREN:
        if (stack.length >= MAX_DEPTH) {
          throw new ApidocError(
            `nested more than ${MAX_DEPTH} levels deep; expected an api schema ` +
              'as deep as the API viewer’s (under 30 levels)',
            { source, position: positionAt(text, i), hint: 'the file is not a real apidoc' },
          );
        }
        stack.push(i);
        top = c;
        keys.open();
        continue;
      default: {
        const opener = stack.pop()!;
        keys.close();
        const expected = CLOSER[top]!;
        if (stack.length > 0) top = text.charCodeAt(stack[stack.length - 1]!);
        if (c !== expected) {
          const at = positionAt(text, opener);
          throw new ApidocError(
            `expected \`${String.fromCharCode(expected)}\` to close ` +
              `\`${text.charAt(opener)}\` from line ${at.line}:${at.column}, ` +
              `found \`${String.fromCharCode(c)}\``,
            {
              source,
              position: positionAt(text, i),
              hint: 'the brackets of the file are unbalanced',
            },
          );
        }
        if (stack.length === 0) return { start: open, end: i + 1, duplicateKeys: keys.found };
      }
    }
  }
  const innermost = stack[stack.length - 1]!;
  const at = positionAt(text, innermost);
  throw new ApidocError(
    `unexpected end of file: \`${text.charAt(innermost)}\` from line ${at.line}:${at.column} ` +
      `is never closed; expected \`${String.fromCharCode(CLOSER[text.charCodeAt(innermost)]!)}\``,
    {
      source,
      position: positionAt(text, text.length),
      hint: 'the file looks truncated; fetch the apidoc again',
    },
  );
}

/** Whether the string that ends before `offset` is followed by `:`, as a key is. */
function isKey(text: string, offset: number): boolean {
  let i = offset;
  for (let c = text.charCodeAt(i); c === 0x20 || (c >= 0x09 && c <= 0x0d); ) {
    c = text.charCodeAt(++i);
  }
  return text.charCodeAt(i) === COLON;
}

/** The name of the key quoted from `open` to `close`. */
function keyName(text: string, open: number, close: number): string {
  const key = text.slice(open + 1, close - 1);
  // `"a"` and `"\u0061"` name the same key; unescaping is rare, so only then.
  return key.includes('\\') ? unescapeKey(key, text.charCodeAt(open)) : key;
}

function unescapeKey(raw: string, quote: number): string {
  try {
    const json = quote === QUOTE ? raw : raw.replace(/\\'/g, "'").replace(/"/g, '\\"');
    return JSON.parse(`"${json}"`) as string;
  } catch {
    // Escapes JSON lacks (`\x41`, line continuations): the raw text still names the key.
    return raw;
  }
}
