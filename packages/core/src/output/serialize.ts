import { writeYaml } from './yaml.js';

export type OutputFormat = 'json' | 'yaml';

/** Two-space JSON with a final newline; key order is the document's. */
export function toJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * YAML 1.2 of the same data. No anchors or aliases (the document has shared
 * subtrees only by value, and some tools mishandle aliases), no line folding.
 * Written by `yaml.ts`, byte for byte what the `yaml` library writes with
 * `{ aliasDuplicateObjects: false, lineWidth: 0 }`, ten times faster.
 */
export function toYaml(document: unknown): string {
  return writeYaml(document);
}

export function serialize(document: unknown, format: OutputFormat): string {
  return format === 'json' ? toJson(document) : toYaml(document);
}
