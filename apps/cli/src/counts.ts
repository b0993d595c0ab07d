import { resolvePointer } from '@proxmox-openapi/core';

type Node = Record<string, unknown>;

export interface DocumentCounts {
  paths: number;
  methods: number;
  /** Path and query parameters, and top-level fields of request bodies. */
  parameters: number;
  /** Schemas with `x-proxmox-format`: strings of `key=value` sub-keys. */
  propertyStrings: number;
  patterns: { total: number; translated: number; untranslated: number };
  /** Patterns the emitter flagged as open to catastrophic backtracking. */
  redosFlags: number;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Counts read off a generated document, so they describe what a user gets. */
export function countDocument(document: Node): DocumentCounts {
  const counts: DocumentCounts = {
    paths: 0,
    methods: 0,
    parameters: 0,
    propertyStrings: 0,
    patterns: { total: 0, translated: 0, untranslated: 0 },
    redosFlags: 0,
  };
  for (const item of Object.values(asNode(document.paths))) {
    counts.paths++;
    for (const [method, operation] of Object.entries(asNode(item))) {
      if (!METHODS.has(method)) continue;
      counts.methods++;
      const op = asNode(operation);
      counts.parameters += Array.isArray(op.parameters) ? op.parameters.length : 0;
      const body = deref(document, op.requestBody);
      const media = deref(document, Object.values(asNode(body.content))[0]);
      counts.parameters += Object.keys(asNode(deref(document, media.schema).properties)).length;
    }
  }

  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const node = value as Node;
    if ('x-proxmox-format' in node && typeof node['x-proxmox-format'] === 'object') {
      counts.propertyStrings++;
    }
    if (typeof node['x-proxmox-pattern'] === 'string') {
      counts.patterns.total++;
      if (typeof node.pattern === 'string') counts.patterns.translated++;
      else counts.patterns.untranslated++;
    }
    if (node['x-proxmox-redos'] !== undefined) counts.redosFlags++;
    // Enum values and defaults are data, not schemas, but walking them finds nothing.
    stack.push(...Object.values(node));
  }
  return counts;
}

/** Follows local `$ref`s, so that components count where they are used. */
function deref(document: Node, value: unknown): Node {
  let node = asNode(value);
  for (let hops = 0; typeof node.$ref === 'string' && hops < 32; hops++) {
    node = asNode(resolvePointer(document, node.$ref));
  }
  return node;
}

function asNode(value: unknown): Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Node)
    : {};
}
