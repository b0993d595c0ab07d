import { ApidocError, positionAt } from '../errors.js';

/**
 * Skips the parts of JavaScript in which brackets and declarations do not
 * count: strings, template literals, comments and regex literals. It knows
 * just enough of the grammar for that, and every step is linear: an apidoc of
 * any size and content is scanned in one pass.
 */
export interface Lexer {
  /**
   * Scans code from `from` (a code position) towards `target`, skipping
   * strings and comments; returns where the scan stopped: `target` when it is
   * code, beyond it when `target` lies inside a string or comment.
   */
  skipToCode(from: number, target: number): number;
  /** Offset just past the string opening at `open`; throws if it is never closed. */
  skipString(open: number, quote: number): number;
  /** Offset past the comment or regex literal at the `/` at `slash`, or `slash + 1`. */
  skipSlash(slash: number): number;
}

const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKTICK = 0x60;

/** Where a string may end, by its quote: JSON and JS strings end at a bare newline. */
const STRING_STOP: Record<number, RegExp> = {
  34: /["\\\n]/g,
  39: /['\\\n]/g,
  96: /[`\\]/g,
};
const PREFIX_STOP = /["'`/]/g;
const REGEX_START_AFTER = '[{(,:=!&|?;';

export function lexer(text: string, source: string): Lexer {
  /** The first newline at or after the last string looked at, found once per line. */
  let newline = -1;

  /** Offset past the string at `open`, or -1 when a newline or the end comes first. */
  function stringEnd(open: number, quote: number): number {
    if (quote !== BACKTICK) {
      // Most strings close on their line: one native search for the quote, and
      // backslashes count only when they sit right before it.
      if (newline < open) {
        const found = text.indexOf('\n', open);
        newline = found < 0 ? text.length : found;
      }
      const mark = quote === QUOTE ? '"' : "'";
      let close = text.indexOf(mark, open + 1);
      while (close > 0 && close < newline && escaped(text, close)) {
        close = text.indexOf(mark, close + 1);
      }
      if (close > 0 && close < newline) return close + 1;
      // A newline first: the string is unclosed or continues past a backslash.
    }
    const stop = STRING_STOP[quote]!;
    stop.lastIndex = open + 1;
    while (stop.test(text)) {
      const i = stop.lastIndex - 1;
      const c = text.charCodeAt(i);
      if (c === quote) return i + 1;
      if (c === NEWLINE) return -1;
      // A backslash escapes the next character; before CR LF it continues the line.
      const crlf = text.charCodeAt(i + 1) === RETURN && text.charCodeAt(i + 2) === NEWLINE;
      stop.lastIndex = i + (crlf ? 3 : 2);
    }
    return -1;
  }

  /** Offset past the regex literal at `open`, or -1 when the line ends first. */
  function regexEnd(open: number): number {
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

  /** A `/` starts a regex literal where an expression may start. */
  function startsRegex(slash: number): boolean {
    let k = slash - 1;
    while (k >= 0 && /\s/.test(text.charAt(k))) k--;
    return k < 0 || REGEX_START_AFTER.includes(text.charAt(k));
  }

  function lineEnd(from: number): number {
    const eol = text.indexOf('\n', from);
    return eol < 0 ? text.length : eol + 1;
  }

  function fail(detail: string, offset: number, hint?: string): never {
    throw new ApidocError(detail, { source, position: positionAt(text, offset), hint });
  }

  return {
    skipToCode(from, target) {
      // Lenient: this is the viewer's code before the api schema, which only
      // has to be skipped; something unclosed there skips to the line's end.
      let i = from;
      while (i < target) {
        PREFIX_STOP.lastIndex = i;
        const match = PREFIX_STOP.exec(text);
        if (!match || match.index >= target) return target;
        const at = match.index;
        const c = text.charCodeAt(at);
        if (c !== SLASH) {
          const end = stringEnd(at, c);
          i = end < 0 ? lineEnd(at) : end;
        } else if (text.charCodeAt(at + 1) === SLASH) {
          i = lineEnd(at);
        } else if (text.charCodeAt(at + 1) === STAR) {
          const close = text.indexOf('*/', at + 2);
          i = close < 0 ? text.length : close + 2;
        } else if (startsRegex(at)) {
          const end = regexEnd(at);
          i = end < 0 ? lineEnd(at) : end;
        } else {
          i = at + 1;
        }
      }
      return i;
    },

    skipString(open, quote) {
      const end = stringEnd(open, quote);
      if (end < 0) {
        fail(
          'string is never closed; expected a closing quote before the end of the line',
          open,
          'the file looks truncated or damaged; fetch the apidoc again',
        );
      }
      return end;
    },

    skipSlash(slash) {
      const next = text.charCodeAt(slash + 1);
      if (next === SLASH) return lineEnd(slash);
      if (next === STAR) {
        const close = text.indexOf('*/', slash + 2);
        if (close < 0) fail('comment is never closed; expected `*/`', slash);
        return close + 2;
      }
      if (!startsRegex(slash)) return slash + 1;
      const end = regexEnd(slash);
      if (end < 0) fail('regular expression literal is never closed; expected `/`', slash);
      return end;
    },
  };
}

/** Whether the quote at `quote` follows an odd run of backslashes, which escape it. */
export function escaped(text: string, quote: number): boolean {
  let k = quote - 1;
  while (text.charCodeAt(k) === BACKSLASH) k--;
  return (quote - 1 - k) % 2 === 1;
}
