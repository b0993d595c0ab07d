/**
 * A YAML 1.2 writer for JSON data (objects, arrays, strings, finite numbers,
 * booleans, null), written by hand because the general `yaml` library builds
 * a node for every value and takes about 0.6 s for PVE's document, half of a
 * whole `generate`; this writer takes about a tenth of that.
 *
 * It writes the same bytes as `yaml`'s `stringify(value, { lineWidth: 0,
 * aliasDuplicateObjects: false })` (block style, two-space indentation,
 * sequences indented under their key, no folding), so that switching writers
 * changed no document: test/yaml.test.ts checks that on the real documents.
 * The style rules below are that library's, restated:
 * - a string is plain unless plain would misread it (an indicator character
 *   first, `: ` or ` #` inside, a trailing space or colon, or a value that the
 *   YAML 1.2 core schema resolves to null, a boolean or a number);
 * - a multi-line string is a literal block (`|`), with a chomping indicator
 *   for its final newlines and an indentation indicator for leading spaces;
 * - otherwise it is quoted: single quotes when it holds `"` but no `'`, double
 *   quotes else, and always double for control characters or lone surrogates.
 */

/** An object of JSON data; its values are checked as they are written. */
type Json = Record<string, unknown>;

const STEP = '  ';

/** YAML of a JSON value, ending with a newline. */
export function writeYaml(value: unknown): string {
  if (typeof value !== 'object' || value === null) return `${scalar(value, '', false)}\n`;
  return `${block(value, '') || emptyFlow(value)}\n`;
}

/** The lines of a block collection, those after the first starting with `indent`; '' when empty. */
function block(value: object, indent: string): string {
  return Array.isArray(value) ? sequence(value, indent) : mapping(value as Json, indent);
}

/** An empty collection, which has no block form. */
function emptyFlow(value: object): string {
  return Array.isArray(value) ? '[]' : '{}';
}

function sequence(items: unknown[], indent: string): string {
  const inner = indent + STEP;
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i] ?? null;
    out += i === 0 ? '- ' : `\n${indent}- `;
    out +=
      typeof item === 'object' && item !== null
        ? block(item, inner) || emptyFlow(item)
        : scalar(item, inner, false);
  }
  return out;
}

/**
 * Entries are joined from a list rather than added to one growing string: a
 * string grown by concatenation is a chain of pieces that every young-generation
 * GC walks again until it is flattened, which made the YAML of an apidoc eight
 * times larger cost twenty times as much; joined, it costs eight times.
 */
function mapping(object: Json, indent: string): string {
  const inner = indent + STEP;
  const entries: string[] = [];
  const keys = Object.keys(object);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = object[key];
    if (value === undefined) continue;
    const name = scalar(key, inner, true);
    // A key longer than 1024 characters must be explicit (YAML 1.2, 7.4.2), its value inline.
    const explicit = name.length > 1024;
    let entry = explicit ? `? ${name}\n${indent}:` : `${name}:`;
    if (typeof value !== 'object' || value === null) {
      entry += ` ${scalar(value, inner, false)}`;
    } else {
      const body = block(value, inner);
      entry += body === '' ? ` ${emptyFlow(value)}` : explicit ? ` ${body}` : `\n${inner}${body}`;
    }
    entries.push(entry);
  }
  return entries.join(`\n${indent}`);
}

function scalar(value: unknown, indent: string, isKey: boolean): string {
  if (typeof value === 'string') return string(value, indent, isKey);
  if (typeof value === 'number') return number(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null || value === undefined) return 'null';
  throw new TypeError(`writeYaml: ${typeof value} is not JSON data`);
}

function number(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value < 0 ? '-.inf' : '.inf';
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

// Characters no YAML scalar may hold unescaped, and lone UTF-16 surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
// Where a plain scalar would be cut short or read as something else.
const NOT_PLAIN =
  /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// A line starting a directive or a document marker ends the document in YAML 1.1 readers.
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
// Plain scalars that the YAML 1.2 core schema (10.3.2) resolves to null, bool, int or float.
const CORE_SCHEMA_NON_STRING = new RegExp(
  [
    /^(?:~|[Nn]ull|NULL)?$/,
    /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    /^0o[0-7]+$/,
    /^[-+]?[0-9]+$/,
    /^0x[0-9a-fA-F]+$/,
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
);
// The common case, tested first: printable ASCII without `:` or `#`, not
// starting with an indicator, digit, sign or dot, not ending with a space.
// Such a string is plain unless it is one of the words for null or a boolean.
const SURELY_PLAIN =
  /^[A-Za-z_/(][\x20-\x22\x24-\x39\x3b-\x7e]*[\x21\x22\x24-\x39\x3b-\x7e]$|^[A-Za-z_]$/;
const NULL_OR_BOOLEAN = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

function string(value: string, indent: string, isKey: boolean): string {
  if (SURELY_PLAIN.test(value) && !NULL_OR_BOOLEAN.test(value)) return value;
  if (NEEDS_ESCAPES.test(value)) return doubleQuoted(value, indent, isKey);
  const multiLine = value.includes('\n');
  if (isKey && multiLine) return quoted(value, indent, isKey);
  if (NOT_PLAIN.test(value) || (!isKey && multiLine)) {
    return isKey || !multiLine ? quoted(value, indent, isKey) : literalBlock(value, indent);
  }
  if (isKey && indent === STEP && DOCUMENT_MARKER.test(value)) return quoted(value, indent, isKey);
  // A document marker in a root scalar would end the document: a block indents it.
  if (indent === '' && DOCUMENT_MARKER.test(value)) return literalBlock(value, STEP);
  return CORE_SCHEMA_NON_STRING.test(value) ? quoted(value, indent, isKey) : value;
}

function quoted(value: string, indent: string, isKey: boolean): string {
  const hasDouble = value.includes('"');
  const hasSingle = value.includes("'");
  return hasDouble && !hasSingle
    ? singleQuoted(value, indent, isKey)
    : doubleQuoted(value, indent, isKey);
}

function singleQuoted(value: string, indent: string, isKey: boolean): string {
  // Spaces next to a line break would be folded away inside single quotes.
  if ((isKey && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) {
    return doubleQuoted(value, indent, isKey);
  }
  const lineIndent = indent || (DOCUMENT_MARKER.test(value) ? STEP : '');
  // Inside quotes a single line break reads as a space: n breaks are written as n + 1.
  return `'${value.replace(/'/g, "''").replace(/\n+/g, (breaks) => `${breaks}\n${lineIndent}`)}'`;
}

/**
 * Double quotes with YAML's escapes, starting from JSON's (a JSON string is a
 * valid YAML double-quoted scalar). Values of 40 characters or more that are
 * not keys break their lines where the text does, as a reader would fold them.
 */
function doubleQuoted(value: string, indent: string, isKey: boolean): string {
  const json = JSON.stringify(value);
  // Most quoted strings need none of the changes below: JSON's form is YAML's.
  if (
    !json.includes('\\u') &&
    !json.includes(' \\n') &&
    !(breakLinesAt(json, isKey) && json.includes('\\n'))
  ) {
    return json;
  }
  const lineIndent = indent || (DOCUMENT_MARKER.test(value) ? STEP : '');
  const breakLines = breakLinesAt(json, isKey);
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      // A space before a line break would be folded away: escape it.
      out += `${json.slice(from, i)}\\ `;
      from = ++i;
    } else if (ch !== '\\') {
      continue;
    }
    const escaped = json[i + 1];
    if (escaped === 'u') {
      out += json.slice(from, i) + shortEscape(json.slice(i + 2, i + 6));
      i += 5;
      from = i + 1;
    } else if (escaped === 'n' && breakLines && json[i + 2] !== '"') {
      // One break in the text becomes an empty line; more become more of them.
      out += `${json.slice(from, i)}\n\n`;
      while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
        out += '\n';
        i += 2;
      }
      out += lineIndent;
      if (json[i + 2] === ' ') out += '\\';
      i += 1;
      from = i + 1;
    } else {
      i += 1;
    }
  }
  return from === 0 ? json : out + json.slice(from);
}

function breakLinesAt(json: string, isKey: boolean): boolean {
  return !isKey && json.length >= 40;
}

const NAMED_ESCAPES: Record<string, string> = {
  '0000': '\\0',
  '0007': '\\a',
  '000b': '\\v',
  '001b': '\\e',
  '0085': '\\N',
  '00a0': '\\_',
  '2028': '\\L',
  '2029': '\\P',
};

/** YAML's shorter form of JSON's `\uXXXX` escape (YAML 1.2, 5.7). */
function shortEscape(hex: string): string {
  return NAMED_ESCAPES[hex] ?? (hex.startsWith('00') ? `\\x${hex.slice(2)}` : `\\u${hex}`);
}

// Runs of line breaks inside the trailing whitespace that a non-empty line follows.
const INNER_TRAILING_BREAKS = /(^|(?<!\n))\n+(?!\n|$)/g;

/** A literal block scalar (YAML 1.2, 8.1.2), its lines indented by `indent`. */
function literalBlock(value: string, parentIndent: string): string {
  // Trailing spaces after the last break cannot be kept by a block scalar.
  if (/\n[\t ]+$/.test(value)) return quoted(value, parentIndent, false);
  const indent = parentIndent || (DOCUMENT_MARKER.test(value) ? STEP : '');

  let endStart = value.length;
  while (endStart > 0 && ' \t\n'.includes(value[endStart - 1]!)) endStart--;
  let end = value.slice(endStart);
  const firstBreak = end.indexOf('\n');
  // Chomping (8.1.1.2): strip without a final break, clip with one, keep with more.
  const chomp = firstBreak === -1 ? '-' : value === end || firstBreak !== end.length - 1 ? '+' : '';
  if (end) {
    value = value.slice(0, -end.length);
    if (end.endsWith('\n')) end = end.slice(0, -1);
    end = end.replace(INNER_TRAILING_BREAKS, `$&${indent}`);
  }

  let startEnd = 0;
  let lastBreak = -1;
  let leadingSpace = false;
  for (; startEnd < value.length; startEnd++) {
    const ch = value[startEnd];
    if (ch === ' ') leadingSpace = true;
    else if (ch === '\n') lastBreak = startEnd;
    else break;
  }
  let start = value.slice(0, lastBreak + 1);
  value = value.slice(start.length);
  start = start.replace(/\n+/g, `$&${indent}`);

  // A first line starting with a space needs an explicit indentation indicator (8.1.1.1).
  // The indicator counts from the parent's indentation, which is -1 at the root.
  const header = (leadingSpace ? (indent ? '2' : '1') : '') + chomp;
  return `|${header}\n${indent}${start}${value.replace(/\n+/g, `$&${indent}`)}${end}`;
}
