// Typed helpers for the property strings of a document: for each distinct
// format a codec (`net.parse(text)`, `net.format(value)`) and the type of its
// parsed value, plus `propertyStrings`, every codec by endpoint and
// parameter. Parsing and formatting are core's `parsePropertyString` and
// `formatPropertyString`, which take the format as the document carries it
// in `x-proxmox-format`.
import { collectPropertyFormats } from './property-format-collect.mjs';
import { nameFormats, pascalCase } from './property-format-names.mjs';
import { valueType } from './property-format-type.mjs';

export function propertyStringFiles({ document }) {
  const { formats, occurrences } = collectPropertyFormats(document);
  const names = nameFormats(formats);
  return [
    { name: 'property-strings.js', content: moduleSource(formats, occurrences, names) },
    { name: 'property-strings.d.ts', content: declarations(formats, occurrences, names) },
  ];
}

function byEndpoint(occurrences) {
  const map = new Map();
  for (const { endpoint, parameter, index } of occurrences) {
    if (!map.has(endpoint)) map.set(endpoint, []);
    map.get(endpoint).push([parameter, index]);
  }
  return map;
}

function moduleSource(formats, occurrences, names) {
  const lines = [
    "import { formatPropertyString, parsePropertyString } from '@proxmox-openapi/core';",
    '',
    'function codec(parameter, schema) {',
    '  return Object.freeze({',
    '    parameter,',
    '    schema,',
    '    parse: (text, options) => parsePropertyString(schema, text, options),',
    '    format: (value, options) => formatPropertyString(schema, value, options),',
    '  });',
    '}',
    '',
  ];
  formats.forEach(({ parameter, format }, i) => {
    lines.push(
      `export const ${names[i]} = /* @__PURE__ */ codec(${JSON.stringify(parameter)}, ` +
        `${JSON.stringify(format)});`,
    );
  });
  lines.push('', 'export const propertyStrings = /* @__PURE__ */ Object.freeze({');
  for (const [endpoint, entries] of byEndpoint(occurrences)) {
    const members = entries.map(([parameter, index]) => {
      return `${JSON.stringify(parameter)}: ${names[index]}`;
    });
    lines.push(`  ${JSON.stringify(endpoint)}: Object.freeze({ ${members.join(', ')} }),`);
  }
  lines.push('});', '');
  return lines.join('\n');
}

function declarations(formats, occurrences, names) {
  const lines = [
    "import type { FormatOptions, ParseOptions, PropertyFormat } from '@proxmox-openapi/core';",
    '',
    '/** Parses and formats the property strings of one parameter. */',
    'export interface PropertyStringCodec<Value> {',
    "  /** The parameter's name in the document, `net[n]` for the indexed `net0`, `net1`... */",
    '  readonly parameter: string;',
    '  readonly schema: PropertyFormat;',
    '  /** Parses a property string; throws a PropertyStringError naming the bad key. */',
    '  parse(text: string, options?: ParseOptions): Value;',
    '  /** Writes a value as a property string that Proxmox parses back to the same value. */',
    '  format(value: Value, options?: FormatOptions): string;',
    '}',
    '',
  ];
  formats.forEach(({ parameter, format, endpoint }, i) => {
    const type = pascalCase(names[i]);
    lines.push(`/** The parsed value of \`${parameter}\` (first of ${endpoint}). */`);
    lines.push(`export interface ${type} ${valueType(format)}`);
    lines.push(`export declare const ${names[i]}: PropertyStringCodec<${type}>;`, '');
  });
  lines.push(
    '/** Every property-string helper, by endpoint (`POST /nodes/{node}/qemu`) and parameter. */',
  );
  lines.push('export declare const propertyStrings: {');
  for (const [endpoint, entries] of byEndpoint(occurrences)) {
    lines.push(`  readonly ${JSON.stringify(endpoint)}: {`);
    for (const [parameter, index] of entries) {
      lines.push(`    readonly ${JSON.stringify(parameter)}: typeof ${names[index]};`);
    }
    lines.push('  };');
  }
  lines.push('};', '');
  return lines.join('\n');
}
