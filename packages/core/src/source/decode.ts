import { Buffer, isAscii } from 'node:buffer';
import { ApidocError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of an apidoc's bytes: strict UTF-8 (the viewer serves UTF-8, and a
 * replacement character would silently change descriptions), without a BOM.
 */
export function decodeApidoc(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) {
    throw new ApidocError('the file is empty; expected the API viewer’s apidoc.js', {
      source,
      position: { line: 1, column: 1 },
      hint: 'expected the API viewer’s apidoc.js',
    });
  }
  // The viewer's apidocs are ASCII (JSON escapes the rest), which is UTF-8 as
  // it stands: checked and copied natively, several times faster than decoding.
  if (isAscii(bytes)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
  try {
    return utf8.decode(bytes);
  } catch (error) {
    throw new ApidocError('the file is not valid UTF-8; expected text in UTF-8', {
      source,
      position: firstInvalidByte(bytes),
      hint: 'expected the API viewer’s apidoc.js as served, in UTF-8',
      cause: error,
    });
  }
}

/**
 * Line and column of the first byte that breaks UTF-8, for the message. One
 * pass by the rules of RFC 3629 section 4 (no overlong forms, no surrogates,
 * nothing past U+10FFFF); columns count UTF-16 code units, as acorn's do.
 */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : 4;
    if (length === 4 && (b < 0xf0 || b > 0xf4)) break;
    if (!continues(bytes, i, length)) break;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return { line, column };
}

function continues(bytes: Uint8Array, i: number, length: number): boolean {
  const b = bytes[i]!;
  for (let k = 1; k < length; k++) {
    const c = bytes[i + k];
    if (c === undefined || c < 0x80 || c > 0xbf) return false;
  }
  if (length < 3) return true;
  const second = bytes[i + 1]!;
  if (b === 0xe0) return second >= 0xa0; // overlong
  if (b === 0xed) return second <= 0x9f; // UTF-16 surrogates
  if (b === 0xf0) return second >= 0x90; // overlong
  if (b === 0xf4) return second <= 0x8f; // past U+10FFFF
  return true;
}
