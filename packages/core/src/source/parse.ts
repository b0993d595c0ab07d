import { ApidocError } from '../errors.js';
import { parseLiteralAt } from './literal.js';
import { locateApiSchema } from './locate.js';

/** How the api schema was read: `json` for the fast path, `literal` for acorn. */
export type ParseMode = 'json' | 'literal';

export interface ParsedApidoc {
  tree: unknown;
  mode: ParseMode;
}

/**
 * Reads the `apiSchema` value out of an apidoc's text. Every real apidoc holds
 * plain JSON there, which `JSON.parse` reads fastest; anything else goes
 * through acorn's syntax tree. The file is never executed.
 */
export function parseApidocText(text: string, source: string): ParsedApidoc {
  const { start, end } = locateApiSchema(text, source);
  try {
    return { tree: JSON.parse(text.slice(start, end)), mode: 'json' };
  } catch (error) {
    if (!(error instanceof SyntaxError)) {
      throw new ApidocError('the api schema could not be read', { source, cause: error });
    }
  }
  return { tree: parseLiteralAt(text, start, source), mode: 'literal' };
}
