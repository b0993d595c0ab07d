// The TypeScript type of a parsed property string, from its format: one
// member per key, optional unless the format requires it, typed by the key's
// JSON Schema type (an enum as the union of its values). Aliases are only
// another way to write a key, so the parsed value has no member for them.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function valueType(format, indent = '') {
  const required = new Set(format.required ?? []);
  const lines = ['{'];
  for (const [key, schema] of Object.entries(format.properties ?? {})) {
    const doc = docComment(schema);
    if (doc) lines.push(`${indent}  ${doc}`);
    const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
    const optional = required.has(key) ? '' : '?';
    lines.push(`${indent}  ${name}${optional}: ${scalarType(schema)};`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

export function scalarType(schema) {
  if (Array.isArray(schema?.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  switch (schema?.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `(${scalarType(schema.items)})[]`;
    default:
      return 'unknown';
  }
}

/** The first paragraph of the key's description on one line, unable to end the comment. */
function docComment(schema) {
  const text = typeof schema?.description === 'string' ? schema.description : '';
  const paragraph = text
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ');
  const line = paragraph.replaceAll('*/', '* /');
  return line ? `/** ${line} */` : '';
}
