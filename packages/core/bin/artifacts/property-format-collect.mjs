// Every property string of a document: the schemas that carry
// `x-proxmox-format` (the keys of the string), found under request bodies,
// query parameters and responses, with the endpoint and the parameter (the
// property's name) where each occurs.

/**
 * Returns `{ formats, occurrences }`: `formats` the distinct formats in
 * document order, each with its parameter name and its first endpoint;
 * `occurrences` every (endpoint, parameter) with the index of its format.
 */
export function collectPropertyFormats(document) {
  const formats = [];
  const byKey = new Map();
  const occurrences = [];
  const seen = new Set();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const endpoint = `${method.toUpperCase()} ${path}`;
      visit(document, operation, undefined, new Set(), (parameter, format) => {
        const text = JSON.stringify(format);
        const key = `${parameter}\u0000${text}`;
        let index = byKey.get(key);
        if (index === undefined) {
          index = formats.length;
          byKey.set(key, index);
          formats.push({ parameter, format, endpoint });
        }
        // One operation may name a parameter twice (a request key and a
        // returned key); the first, the request's, is the one kept.
        const place = `${endpoint}\u0000${parameter}`;
        if (seen.has(place)) return;
        seen.add(place);
        occurrences.push({ endpoint, parameter, index });
      });
    }
  }
  return { formats, occurrences };
}

// Walks one operation, following local `$ref`s (request bodies and shared
// schemas live in components) so that each format is found at its endpoint.
function visit(document, node, name, refs, found) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) visit(document, item, name, refs, found);
    return;
  }
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/') && !refs.has(node.$ref)) {
    refs.add(node.$ref);
    visit(document, resolve(document, node.$ref), name, refs, found);
    refs.delete(node.$ref);
  }
  const format = deref(document, node['x-proxmox-format']);
  if (name !== undefined && format !== null && typeof format === 'object' && format.properties) {
    found(name, format);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-proxmox-format') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [property, schema] of Object.entries(value))
        visit(document, schema, property, refs, found);
    } else if (key === 'patternProperties' && value && typeof value === 'object') {
      for (const [pattern, schema] of Object.entries(value)) {
        visit(document, schema, indexedName(schema) ?? pattern, refs, found);
      }
    } else if (key === 'parameters' && Array.isArray(value)) {
      for (const parameter of value) {
        const parameterName = indexedName(parameter?.schema) ?? parameter?.name;
        visit(document, parameter?.schema, parameterName, refs, found);
      }
    } else {
      visit(document, value, name, refs, found);
    }
  }
}

/** `net[n]` for a schema of the indexed family `net` (core marks it `x-proxmox-indexed`). */
function indexedName(schema) {
  const prefix = schema?.['x-proxmox-indexed']?.prefix;
  return typeof prefix === 'string' ? `${prefix}[n]` : undefined;
}

/** The value at a local JSON Pointer (RFC 6901) such as `#/components/schemas/x`. */
function resolve(document, ref) {
  let node = document;
  for (const token of ref.slice(2).split('/')) {
    node = node?.[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node;
}

/** A shared format (`{"$ref": "#/components/schemas/..."}`) as the schema it names. */
function deref(document, schema) {
  let node = schema;
  for (let depth = 0; typeof node?.$ref === 'string' && depth < 16; depth++) {
    node = node.$ref.startsWith('#/') ? resolve(document, node.$ref) : undefined;
  }
  return node;
}
