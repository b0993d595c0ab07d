import { ApidocError, positionAt } from '../errors.js';

/** Where the `apiSchema` array literal sits in an apidoc's text. */
export interface ApiSchemaLocation {
  /** Offset of the opening `[`. */
  start: number;
  /** Offset just past the closing `]`. */
  end: number;
}

const DECLARATION = /\b(?:var|const|let)\s+apiSchema\s*=\s*/g;

const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '
const BACKTICK = 0x60; // `
const SLASH = 0x2f; // /
const STAR = 0x2a; // *
const BACKSLASH = 0x5c; // \
const NEWLINE = 0x0a;
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }
const OPEN_PAREN = 0x28; // (
const CLOSE_PAREN = 0x29; // )

const CLOSER: Record<number, number> = {
  [OPEN_BRACKET]: CLOSE_BRACKET,
  [OPEN_BRACE]: CLOSE_BRACE,
  [OPEN_PAREN]: CLOSE_PAREN,
};

/**
 * Finds the `apiSchema` array of an apidoc without executing or fully parsing
 * it: the declaration (`var`, `const` or `let`) outside strings and comments,
 * then the bracket that closes its array. Strings, comments and regex literals
 * are skipped, so a `];` inside a description does not end the array.
 */
export function locateApiSchema(text: string, source: string): ApiSchemaLocation {
  const start = findDeclaration(text, source);
  const end = findClosingBracket(text, start, source);
  return { start, end };
}

function findDeclaration(text: string, source: string): number {
  DECLARATION.lastIndex = 0;
  for (let match = DECLARATION.exec(text); match; match = DECLARATION.exec(text)) {
    if (!isCode(text, match.index)) continue;
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
  throw new ApidocError('no `apiSchema` declaration found', {
    source,
    position: { line: 1, column: 1 },
    hint:
      'expected a file like the API viewer’s apidoc.js, which starts with ' +
      '`const apiSchema = [` (PVE) or `var apiSchema = [` (PBS)',
  });
}

/** Whether `offset` lies outside strings and comments, scanning from the start. */
function isCode(text: string, offset: number): boolean {
  let i = 0;
  while (i < offset) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === APOSTROPHE || c === BACKTICK) {
      i = skipString(text, i, c);
      if (i < 0) return false;
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const eol = text.indexOf('\n', i);
      if (eol < 0 || eol >= offset) return false;
      i = eol + 1;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0 || close >= offset) return false;
      i = close + 2;
    } else {
      i++;
    }
  }
  return i === offset;
}

/**
 * Offset just past the string that opens at `open` with `quote`, or -1 when it
 * is not closed. JSON and JavaScript strings end at the first quote that is not
 * escaped; only template literals may span lines.
 */
function skipString(text: string, open: number, quote: number): number {
  const q = String.fromCharCode(quote);
  let from = open + 1;
  for (;;) {
    const close = text.indexOf(q, from);
    if (close < 0) return -1;
    if (quote !== BACKTICK && hasBareNewline(text, from, close)) return -1;
    let backslashes = 0;
    for (let k = close - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    from = close + 1;
  }
}

function hasBareNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === NEWLINE && !isEscapedNewline(text, i)) return true;
  }
  return false;
}

function isEscapedNewline(text: string, eol: number): boolean {
  let k = eol - 1;
  if (text.charCodeAt(k) === 0x0d) k--;
  let backslashes = 0;
  for (; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
  return backslashes % 2 === 1;
}

/** Offset just past the end of the regex literal opening at `open`, or -1. */
function skipRegex(text: string, open: number): number {
  let inClass = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === NEWLINE) return -1;
    else if (c === OPEN_BRACKET) inClass = true;
    else if (c === CLOSE_BRACKET) inClass = false;
    else if (c === SLASH && !inClass) {
      let end = i + 1;
      while (/[a-z]/.test(text.charAt(end))) end++;
      return end;
    }
  }
  return -1;
}

/** A `/` starts a regex literal where an expression may start in a literal. */
function startsRegex(text: string, slash: number): boolean {
  let k = slash - 1;
  while (k >= 0 && /\s/.test(text.charAt(k))) k--;
  return k < 0 || '[{(,:=!&|?;'.includes(text.charAt(k));
}

function findClosingBracket(text: string, open: number, source: string): number {
  const stack: number[] = [open];
  let i = open + 1;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    switch (c) {
      case QUOTE:
      case APOSTROPHE:
      case BACKTICK: {
        const next = skipString(text, i, c);
        if (next < 0) {
          throw new ApidocError('string is never closed', {
            source,
            position: positionAt(text, i),
            hint: 'the file looks truncated or damaged; fetch the apidoc again',
          });
        }
        i = next;
        continue;
      }
      case SLASH: {
        const after = text.charCodeAt(i + 1);
        if (after === SLASH) {
          const eol = text.indexOf('\n', i);
          i = eol < 0 ? length : eol + 1;
          continue;
        }
        if (after === STAR) {
          const close = text.indexOf('*/', i + 2);
          if (close < 0) {
            throw new ApidocError('comment is never closed', {
              source,
              position: positionAt(text, i),
            });
          }
          i = close + 2;
          continue;
        }
        if (startsRegex(text, i)) {
          const next = skipRegex(text, i);
          if (next < 0) {
            throw new ApidocError('regular expression literal is never closed', {
              source,
              position: positionAt(text, i),
            });
          }
          i = next;
          continue;
        }
        break;
      }
      case OPEN_BRACKET:
      case OPEN_BRACE:
      case OPEN_PAREN:
        stack.push(i);
        break;
      case CLOSE_BRACKET:
      case CLOSE_BRACE:
      case CLOSE_PAREN: {
        const opener = stack.pop()!;
        const expected = CLOSER[text.charCodeAt(opener)]!;
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
        if (stack.length === 0) return i + 1;
        break;
      }
    }
    i++;
  }
  const innermost = stack[stack.length - 1]!;
  const at = positionAt(text, innermost);
  throw new ApidocError(
    `unexpected end of file: \`${text.charAt(innermost)}\` from line ${at.line}:${at.column} ` +
      'is never closed',
    {
      source,
      position: positionAt(text, length),
      hint: 'the file looks truncated; fetch the apidoc again',
    },
  );
}
