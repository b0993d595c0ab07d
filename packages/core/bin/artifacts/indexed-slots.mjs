// openapi-typescript writes `patternProperties` as an index signature
// intersected with the object (`{ vmid: number } & { [key: string]: string }`),
// which no object with a non-string property satisfies. For the types, an
// indexed parameter is therefore spelled out as its slots (`net0` to `net31`,
// the limit being the document's `x-proxmox-indexed`), each optional. Only
// the first slot repeats the description, to keep the types small.

const TYPE_KEYWORDS = ['type', 'enum', 'format', 'items'];

/** A copy of `document` whose indexed `patternProperties` are plain properties. */
export function withIndexedSlots(document) {
  const copy = structuredClone(document);
  visit(copy);
  return copy;
}

function visit(node) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) visit(item);
    return;
  }
  if (node.patternProperties && typeof node.patternProperties === 'object') spellOut(node);
  for (const value of Object.values(node)) visit(value);
}

function spellOut(schema) {
  const entries = Object.entries(schema.patternProperties);
  const indexed = entries.filter(([, slot]) => slot?.['x-proxmox-indexed']?.count > 0);
  if (indexed.length === 0) return;
  schema.properties ??= {};
  for (const [pattern, slot] of indexed) {
    const { prefix, count } = slot['x-proxmox-indexed'];
    const brief = Object.fromEntries(
      TYPE_KEYWORDS.filter((k) => k in slot).map((k) => [k, slot[k]]),
    );
    for (let i = 0; i < count; i++) {
      schema.properties[`${prefix}${i}`] ??= i === 0 ? slot : brief;
    }
    delete schema.patternProperties[pattern];
  }
  if (Object.keys(schema.patternProperties).length === 0) delete schema.patternProperties;
}
