import type { ApiSchema } from '../model.js';
import { type EmitContext, patternFor, warn } from './context.js';
import { coerce, isSet, toInteger, toNumber } from './values.js';

/** A JSON Schema 2020-12 object, as OpenAPI 3.1 embeds it. */
export type JsonSchema = { [keyword: string]: unknown };

const JSON_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']);

/**
 * Fields whose meaning is modelled elsewhere or in their own way. Any field not
 * named here or handled below is kept as `x-proxmox-<field>`, so that nothing
 * of the input is dropped without a reason.
 */
const CONSUMED = new Set([
  'type',
  'title',
  'description',
  'enum',
  'default',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'items',
  'properties',
  'additionalProperties',
  // Whether a property may be left out belongs to the object holding it:
  // the parent lists the property in `required` unless `optional` is set.
  'optional',
]);

/**
 * Converts one schema of Proxmox's dialect into JSON Schema. `where` names the
 * place for diagnostics.
 */
export function convertSchema(input: ApiSchema, ctx: EmitContext, where: string): JsonSchema {
  const out: JsonSchema = {};
  const type = convertType(input, out, ctx, where);

  if (typeof input.title === 'string') out.title = input.title;
  if (typeof input.description === 'string') out.description = input.description;
  convertFormat(input, out, ctx, where);
  convertValues(input, type, out, ctx, where);
  convertBounds(input, out, ctx, where);
  convertPattern(input, out, ctx, where);

  if (type === 'array' || input.items !== undefined) {
    // An array that does not say what it holds may hold anything.
    out.items = isSchema(input.items) ? convertSchema(input.items, ctx, `${where}.items`) : {};
  }
  if (input.properties !== undefined) {
    Object.assign(out, convertProperties(input.properties, ctx, where));
  }
  if (input.additionalProperties !== undefined) {
    out.additionalProperties = isSchema(input.additionalProperties)
      ? convertSchema(input.additionalProperties, ctx, `${where}.additionalProperties`)
      : isSet(input.additionalProperties);
  }

  copyExtensions(input, out, CONSUMED);
  return out;
}

/** `properties` and `required` of an object whose properties are `properties`. */
export function convertProperties(
  properties: Record<string, ApiSchema>,
  ctx: EmitContext,
  where: string,
): JsonSchema {
  const out: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, schema] of Object.entries(properties)) {
    if (!isSchema(schema)) {
      warn(ctx, `${where}.${name}`, 'property is not a schema object; it accepts anything');
      out[name] = {};
      continue;
    }
    out[name] = convertSchema(schema, ctx, `${where}.${name}`);
    if (!isSet(schema.optional)) required.push(name);
  }
  return required.length > 0 ? { properties: out, required } : { properties: out };
}

function convertType(input: ApiSchema, out: JsonSchema, ctx: EmitContext, where: string) {
  const type = input.type;
  // `any` (and a missing type) accept every JSON value: no `type` keyword.
  if (type === undefined || type === 'any') return undefined;
  if (typeof type === 'string' && JSON_TYPES.has(type)) {
    out.type = type;
    return type;
  }
  warn(ctx, where, `unknown type ${JSON.stringify(type)}; the schema accepts any value`);
  out['x-proxmox-type'] = type;
  return undefined;
}

/**
 * A `format` name (`pve-vmid`, `pve-configid-list`) stays a JSON Schema
 * `format`, which validators treat as an annotation. An object `format` makes
 * the string a property string; its keys are described in `x-proxmox-format`.
 */
function convertFormat(input: ApiSchema, out: JsonSchema, ctx: EmitContext, where: string) {
  const format = input.format;
  if (format === undefined) return;
  if (typeof format === 'string') {
    out.format = format;
    return;
  }
  if (isSchema(format)) {
    out['x-proxmox-format'] = convertPropertyFormat(format, ctx, `${where}.format`);
    return;
  }
  warn(ctx, where, 'format is neither a name nor an object of keys; kept as x-proxmox-format');
  out['x-proxmox-format'] = format;
}

/**
 * The keys of a property string as one object schema: `properties` holds the
 * real keys, `x-proxmox-default-key` the key whose name may be left out
 * (`virtio` in `net0: virtio,bridge=vmbr0` is `model`), and
 * `x-proxmox-aliases` the keys that stand for others (PVE's `alias`, with
 * `keyAlias` when the key's name is itself the value of another key:
 * `virtio=BC:24:...` sets `model=virtio` and `macaddr=BC:24:...`).
 */
export function convertPropertyFormat(
  format: Record<string, ApiSchema>,
  ctx: EmitContext,
  where: string,
): JsonSchema {
  const keys: Record<string, ApiSchema> = {};
  const aliases: Record<string, { alias: unknown; keyAlias?: unknown }> = {};
  let defaultKey: string | undefined;
  for (const [key, schema] of Object.entries(format)) {
    if (!isSchema(schema)) continue;
    if (schema.alias !== undefined) {
      aliases[key] =
        schema.keyAlias === undefined
          ? { alias: schema.alias }
          : { alias: schema.alias, keyAlias: schema.keyAlias };
      continue;
    }
    if (isSet(schema.default_key)) defaultKey = key;
    const { default_key: _, ...rest } = schema;
    keys[key] = rest;
  }
  const out: JsonSchema = {
    type: 'object',
    ...convertProperties(keys, ctx, where),
    additionalProperties: false,
  };
  if (defaultKey !== undefined) out['x-proxmox-default-key'] = defaultKey;
  if (Object.keys(aliases).length > 0) out['x-proxmox-aliases'] = aliases;
  return out;
}

function convertValues(
  input: ApiSchema,
  type: string | undefined,
  out: JsonSchema,
  ctx: EmitContext,
  where: string,
) {
  if (Array.isArray(input.enum)) {
    const values = input.enum.map((value) => coerce(type, value));
    if (values.some((value) => value === undefined)) {
      warn(ctx, where, `enum ${JSON.stringify(input.enum)} does not fit type ${type}`);
      out['x-proxmox-enum'] = input.enum;
    } else {
      out.enum = values;
    }
  }
  if (input.default !== undefined) {
    const value = coerce(type, input.default);
    const enumValues = out.enum as unknown[] | undefined;
    if (value === undefined || (enumValues && !enumValues.includes(value))) {
      // Prose such as "cgroup v1: 1024, cgroup v2: 100" is documentation, not a value.
      out['x-proxmox-default'] = input.default;
    } else {
      out.default = value;
    }
  }
}

function convertBounds(input: ApiSchema, out: JsonSchema, ctx: EmitContext, where: string) {
  for (const key of ['minimum', 'maximum'] as const) {
    if (input[key] === undefined) continue;
    const value = toNumber(input[key]);
    if (value === undefined) {
      warn(ctx, where, `${key} ${JSON.stringify(input[key])} is not a number`);
      out[`x-proxmox-${key}`] = input[key];
    } else out[key] = value;
  }
  for (const key of ['minLength', 'maxLength'] as const) {
    if (input[key] === undefined) continue;
    const value = toInteger(input[key]);
    if (value === undefined || value < 0) {
      warn(ctx, where, `${key} ${JSON.stringify(input[key])} is not a length`);
      out[`x-proxmox-${key}`] = input[key];
    } else out[key] = value;
  }
}

/**
 * The server's regex is kept verbatim in `x-proxmox-pattern`; `pattern` holds
 * its ECMAScript translation only where that accepts exactly the same strings.
 */
function convertPattern(input: ApiSchema, out: JsonSchema, ctx: EmitContext, where: string) {
  if (input.pattern === undefined) return;
  if (typeof input.pattern !== 'string') {
    warn(ctx, where, 'pattern is not a string');
    out['x-proxmox-pattern'] = input.pattern;
    return;
  }
  const translation = patternFor(ctx, input.pattern);
  if (translation.ok) out.pattern = translation.pattern;
  else
    warn(
      ctx,
      where,
      `pattern ${JSON.stringify(input.pattern)} kept untranslated: ${translation.reason}`,
    );
  out['x-proxmox-pattern'] = input.pattern;
}

/** Copies fields not in `consumed` as `x-proxmox-<field>`, `_` spelled `-`. */
export function copyExtensions(
  input: Record<string, unknown>,
  out: Record<string, unknown>,
  consumed: ReadonlySet<string>,
): void {
  for (const [key, value] of Object.entries(input)) {
    if (consumed.has(key) || value === undefined) continue;
    out[extensionName(key)] = value;
  }
}

export function extensionName(field: string): string {
  return `x-proxmox-${field.replace(/_/g, '-')}`;
}

export function isSchema(value: unknown): value is ApiSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
