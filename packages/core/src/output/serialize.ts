import { stringify } from 'yaml';

export type OutputFormat = 'json' | 'yaml';

/** Two-space JSON with a final newline; key order is the document's. */
export function toJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * YAML 1.2 of the same data. No anchors or aliases (the document has shared
 * subtrees only by value, and some tools mishandle aliases), no line folding.
 */
export function toYaml(document: unknown): string {
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
}

export function serialize(document: unknown, format: OutputFormat): string {
  return format === 'json' ? toJson(document) : toYaml(document);
}
