import type { ApiSchema } from '../model.js';
import { redosRisk } from '../regex/redos.js';
import { componentRef, type EmitContext, patternFor, warn } from './context.js';
import { indexedNamePattern, indexedPrefix } from './indexed.js';
import { splitVariants } from './polymorphic.js';
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
  checkDefault(out, ctx, where);

  if (type === 'array' && input.properties !== undefined) {
    warn(ctx, where, 'an array with properties');
  } else if (type === 'object' && input.items !== undefined) {
    warn(ctx, where, 'an object with items');
  }
  if (type === 'array' || input.items !== undefined) {
    // An array that does not say what it holds may hold anything.
    out.items = isSchema(input.items) ? convertSchema(input.items, ctx, `${where}.items`) : {};
  }
  const additional = input.additionalProperties;
  if (isSchema(additional)) {
    out.additionalProperties = convertSchema(additional, ctx, `${where}.additionalProperties`);
  }
  const closed = additional === undefined || isSchema(additional) ? undefined : isSet(additional);
  if (isSchema(input.properties)) {
    Object.assign(out, convertProperties(input.properties, ctx, where, closed));
  } else if (closed !== undefined) {
    out.additionalProperties = closed;
  }
  describeLinks(input, out);

  copyExtensions(input, out, CONSUMED);
  return out;
}

/**
 * The members of an object schema with these properties: `properties`,
 * `required` for those not `optional`, and `patternProperties` for indexed
 * families (`net[n]`). A property list that describes several kinds of object
 * (see polymorphic.ts) becomes a `oneOf` of one component per kind, with a
 * discriminator.
 */
export function convertProperties(
  properties: Record<string, ApiSchema>,
  ctx: EmitContext,
  where: string,
  additionalProperties?: boolean,
): JsonSchema {
  const variants = splitVariants(properties);
  if (!variants) return objectMembers(properties, ctx, where, additionalProperties);

  const mapping: Record<string, string> = {};
  const oneOf = variants.kinds.map(([kind, kindProperties]) => {
    const members = objectMembers(kindProperties, ctx, `${where}(${kind})`, additionalProperties);
    const own = members.properties as Record<string, JsonSchema>;
    own[variants.typeProperty] = { ...own[variants.typeProperty], const: kind };
    const ref = componentRef(ctx, kind, { type: 'object', ...members });
    mapping[kind] = ref.$ref;
    return ref;
  });
  return { oneOf, discriminator: { propertyName: variants.typeProperty, mapping } };
}

function objectMembers(
  properties: Record<string, ApiSchema>,
  ctx: EmitContext,
  where: string,
  additionalProperties: boolean | undefined,
): JsonSchema {
  const out: Record<string, JsonSchema> = {};
  const patterns: Record<string, JsonSchema> = {};
  const required: string[] = [];
  let mapped: JsonSchema | undefined;
  for (const [name, schema] of Object.entries(properties)) {
    if (!isSchema(schema)) {
      warn(ctx, `${where}.${name}`, 'property is not a schema object; it accepts anything');
      out[name] = {};
      continue;
    }
    const converted = convertSchema(schema, ctx, `${where}.${name}`);
    const key = PLACEHOLDER.exec(name)?.[1];
    if (key !== undefined) {
      // `{id}` stands for any key: PVE documents maps this way.
      mapped = { ...converted, 'x-proxmox-key': key };
      continue;
    }
    const prefix = indexedPrefix(name);
    if (prefix !== undefined) {
      const count = indexedCount(ctx, prefix, `${where}.${name}`);
      patterns[indexedNamePattern(prefix, count)] = {
        ...converted,
        'x-proxmox-indexed': count === undefined ? { prefix } : { prefix, count },
      };
      continue;
    }
    out[name] = converted;
    if (!isSet(schema.optional)) required.push(name);
  }
  const members: JsonSchema = { properties: out };
  if (Object.keys(patterns).length > 0) members.patternProperties = patterns;
  if (required.length > 0) members.required = required;
  if (mapped !== undefined) members.additionalProperties = mapped;
  else if (additionalProperties !== undefined) members.additionalProperties = additionalProperties;
  return members;
}

/** A property named like `{id}`: the object is a map from ids to this schema. */
const PLACEHOLDER = /^\{([^{}]+)\}$/;

/** How many slots an indexed family has, from the product's table. */
export function indexedCount(ctx: EmitContext, prefix: string, where: string): number | undefined {
  const count = ctx.product.indexedParameters?.[prefix];
  if (count === undefined) {
    warn(ctx, where, `indexed parameter ${prefix}[n] has no known limit; any index is accepted`);
  }
  return count;
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
    // PVE::JSONSchema::check_format: `X-list` is a list of X split on commas,
    // semicolons or white space (empty allowed); `X-opt` is X or the empty string.
    const suffix = /^(.+)-(list|opt)$/.exec(format);
    if (suffix) {
      out['x-proxmox-format-base'] = suffix[1];
      out['x-proxmox-format-kind'] = suffix[2];
    }
    return;
  }
  if (isSchema(format)) {
    const name = where.slice(where.lastIndexOf('.') + 1).replace(/\[n\]$/, '');
    // PBS (proxmox-schema) writes the format as a whole object or array
    // schema, with `default_key` on the object; PVE as a map of keys.
    const kind = (format as ApiSchema).type;
    const whole = kind === 'object' || kind === 'array';
    const schema = whole
      ? convertSchema(format as ApiSchema, ctx, `${where}.format`)
      : convertPropertyFormat(format as Record<string, ApiSchema>, ctx, `${where}.format`);
    out['x-proxmox-format'] = componentRef(ctx, name, schema);
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
      if (
        (type === 'integer' || type === 'number') &&
        input.enum.some((v) => typeof v !== 'number')
      ) {
        // Perl does not tell "1" from 1, so the values are read as numbers; still
        // a contradiction in the apidoc, for the product's overrides to settle.
        warn(ctx, where, `${type} with an enum of strings ${JSON.stringify(input.enum)}`);
      }
      out.enum = values;
    }
  }
  if (input.default !== undefined) {
    const value = coerce(type, input.default);
    const enumValues = out.enum as unknown[] | undefined;
    if (value === undefined || (enumValues && !enumValues.includes(value))) {
      // Prose such as "cgroup v1: 1024, cgroup v2: 100" is documentation, not a
      // value: it goes to the description and x-proxmox-default, never `default`.
      // A value of the right type outside the enum is a contradiction: reported.
      if (value !== undefined) {
        warn(ctx, where, `default ${JSON.stringify(input.default)} is not in the enum`);
      }
      out['x-proxmox-default'] = input.default;
      const note = `Default: ${String(input.default)}`;
      out.description =
        typeof out.description === 'string' ? `${out.description}\n\n${note}` : note;
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
 * A default that its own schema refuses (below `minimum`, not matching
 * `pattern`...) is a contradiction of the apidoc, often a sentinel such as 0
 * for "not set". It is reported and kept as x-proxmox-default, never as a
 * `default` that validators and client generators would trust.
 */
function checkDefault(out: JsonSchema, ctx: EmitContext, where: string) {
  const value = out.default;
  if (value === undefined) return;
  let problem: string | undefined;
  if (typeof value === 'number') {
    if (typeof out.minimum === 'number' && value < out.minimum) problem = 'is below the minimum';
    if (typeof out.maximum === 'number' && value > out.maximum) problem = 'is above the maximum';
  } else if (typeof value === 'string') {
    if (typeof out.minLength === 'number' && value.length < out.minLength) problem = 'is too short';
    if (typeof out.maxLength === 'number' && value.length > out.maxLength) problem = 'is too long';
    if (typeof out.pattern === 'string' && !patternRegExp(out.pattern).test(value)) {
      problem = 'does not match the pattern';
    }
  }
  if (problem === undefined) return;
  warn(ctx, where, `default ${JSON.stringify(value)} ${problem}`);
  delete out.default;
  out['x-proxmox-default'] = value;
  const note = `Default: ${String(value)}`;
  out.description = typeof out.description === 'string' ? `${out.description}\n\n${note}` : note;
}

const compiled = new Map<string, RegExp>();

function patternRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    compiled.set(pattern, re);
  }
  return re;
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
  if (translation.ok) {
    out.pattern = translation.pattern;
    const risk = redosRisk(translation.pattern);
    // Client authors should know which patterns can hang a validator.
    if (risk.vulnerable) out['x-proxmox-redos'] = { attack: risk.attack, reason: risk.reason };
  } else
    warn(
      ctx,
      where,
      `pattern ${JSON.stringify(input.pattern)} kept untranslated: ${translation.reason}`,
    );
  out['x-proxmox-pattern'] = input.pattern;
}

/**
 * PVE marks a directory index (a GET whose items name the children of its
 * path) with `links: [{rel: 'child', href: '{name}'}]`. The links stay in
 * `x-proxmox-links`; the description says what they mean.
 */
function describeLinks(input: ApiSchema, out: JsonSchema) {
  if (!Array.isArray(input.links)) return;
  const child = input.links.find((link) => isSchema(link) && link.rel === 'child') as
    | { href?: unknown }
    | undefined;
  if (!child || typeof child.href !== 'string') return;
  const note = `Directory index: each item names a child of this path, at \`${child.href}\`.`;
  out.description = typeof out.description === 'string' ? `${out.description}\n\n${note}` : note;
}

/** Copies fields not in `consumed` as `x-proxmox-<field>`, `_` spelled `-`. */
export function copyExtensions(
  input: Record<string, unknown>,
  out: Record<string, unknown>,
  consumed: ReadonlySet<string>,
): void {
  for (const key in input) {
    const value = input[key];
    if (value === undefined || consumed.has(key)) continue;
    out[extensionName(key)] = value;
  }
}

/** Extension names by field: a handful of names recur on every schema. */
const extensionNames = new Map<string, string>([['x_override', 'x-proxmox-override']]);

export function extensionName(field: string): string {
  // An override's record (overrides.ts) is the one field that is ours, not Proxmox's.
  let name = extensionNames.get(field);
  if (name === undefined) {
    name = `x-proxmox-${field.replace(/_/g, '-')}`;
    extensionNames.set(field, name);
  }
  return name;
}

export function isSchema(value: unknown): value is ApiSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
