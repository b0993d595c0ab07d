import { ApidocError, type ApidocWarning, positionIndex } from '../errors.js';
import { readJsonApiSchema } from './json-fast-path.js';
import { parseLiteralAt } from './literal.js';
import { type ApiSchemaLocation, findApiSchema, locateApiSchema } from './locate.js';

/** How the api schema was read: `json` for the fast path, `literal` for acorn. */
export type ParseMode = 'json' | 'literal';

export interface ParsedApidoc {
  tree: unknown;
  mode: ParseMode;
  /** Oddities read past, such as duplicate keys (the last value is kept). */
  warnings: ApidocWarning[];
}

/**
 * Reads the `apiSchema` value out of an apidoc's text. Every real apidoc holds
 * plain JSON there in the viewer's layout, which `json-fast-path.ts` reads at
 * about the cost of `JSON.parse`; any other file goes through the bracket scan
 * of `locate.ts`, then `JSON.parse` or acorn's syntax tree. The file is never
 * executed.
 */
export function parseApidocText(text: string, source: string): ParsedApidoc {
  const start = findApiSchema(text, source);
  const json = readJsonApiSchema(text, start);
  if (json) return { tree: json.tree, mode: 'json', warnings: [] };

  // The scan finds the end wherever it is, and the duplicate keys and their places.
  const location = locateApiSchema(text, source, start);
  let tree: unknown;
  try {
    tree = JSON.parse(text.slice(location.start, location.end));
  } catch (error) {
    if (!(error instanceof SyntaxError)) {
      throw new ApidocError('the api schema could not be read', { source, cause: error });
    }
    const warnings: ApidocWarning[] = [];
    return {
      tree: parseLiteralAt(text, location.start, source, warnings),
      mode: 'literal',
      warnings,
    };
  }
  return { tree, mode: 'json', warnings: duplicateKeyWarnings(text, location) };
}

/** `JSON.parse` keeps the last of duplicate keys without a word; the scan saw them. */
function duplicateKeyWarnings(text: string, location: ApiSchemaLocation): ApidocWarning[] {
  if (location.duplicateKeys.length === 0) return [];
  const at = positionIndex(text);
  return location.duplicateKeys.map(({ key, offset, firstOffset }) => {
    const first = at(firstOffset);
    return {
      message:
        `duplicate key ${JSON.stringify(key)}: the last value is kept, ` +
        `the one from line ${first.line}:${first.column} is dropped`,
      position: at(offset),
    };
  });
}
