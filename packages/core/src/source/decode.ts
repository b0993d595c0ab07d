import { ApidocError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of an apidoc's bytes: strict UTF-8 (the viewer serves UTF-8, and a
 * replacement character would silently change descriptions), without a BOM.
 */
export function decodeApidoc(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) {
    throw new ApidocError('the file is empty', {
      source,
      hint: 'expected the API viewer’s apidoc.js',
    });
  }
  try {
    return utf8.decode(bytes);
  } catch (error) {
    throw new ApidocError('the file is not valid UTF-8', {
      source,
      position: firstInvalidByte(bytes),
      hint: 'expected the API viewer’s apidoc.js as served, in UTF-8',
      cause: error,
    });
  }
}

/** Line and column of the first byte that breaks UTF-8, for the message. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection: decoding is linear, so this stays cheap.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
    decoder.decode();
  }
  const prefix = new TextDecoder().decode(bytes.subarray(0, low));
  const lines = prefix.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
