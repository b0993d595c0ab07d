/**
 * One JSON Schema 2020-12 object, as OpenAPI 3.1 embeds it, rewritten as an
 * OpenAPI 3.0.3 Schema Object (3.0.3, 4.7.24): an extended subset of JSON
 * Schema draft 5 whose `type` is one name, whose null is `nullable`, and
 * whose exclusive bounds are flags on `minimum` / `maximum`.
 */

type Schema = Record<string, unknown>;

/** Keywords that hold one subschema. */
const SINGLE = ['items', 'additionalProperties', 'not'];
/** Keywords that hold a list of subschemas. */
const LIST = ['allOf', 'anyOf', 'oneOf'];

/** Every keyword a 3.0.3 Schema Object may have; anything else needs a rewrite or an `x-` name. */
const OAS30_KEYWORDS = new Set([
  '$ref',
  'title',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'required',
  'enum',
  'type',
  'allOf',
  'oneOf',
  'anyOf',
  'not',
  'items',
  'properties',
  'additionalProperties',
  'description',
  'format',
  'default',
  'nullable',
  'discriminator',
  'readOnly',
  'writeOnly',
  'xml',
  'externalDocs',
  'example',
  'deprecated',
]);

/** Where a 3.1-only keyword is kept when 3.0 has nothing like it. */
export const KEPT_PREFIX = 'x-oas31-';

export function convertSchema30(input: unknown): unknown {
  if (typeof input === 'boolean') return input ? {} : { not: {} };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const schema = { ...(input as Schema) };

  if ('$ref' in schema) return convertRef(schema);
  convertType(schema);
  if ('const' in schema) {
    if (!('enum' in schema)) schema.enum = [schema.const];
    delete schema.const;
  }
  if (Array.isArray(schema.examples)) {
    if (schema.examples.length > 0 && !('example' in schema)) schema.example = schema.examples[0];
    delete schema.examples;
  }
  convertBound(schema, 'minimum', 'exclusiveMinimum', (a, b) => a >= b);
  convertBound(schema, 'maximum', 'exclusiveMaximum', (a, b) => a <= b);
  convertPatternProperties(schema);
  if (Array.isArray(schema.required) && schema.required.length === 0) delete schema.required;

  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-')) continue;
    if (key === 'properties' && isObject(value)) {
      schema.properties = mapValues(value, convertSchema30);
    } else if (SINGLE.includes(key)) {
      schema[key] =
        key === 'additionalProperties' && typeof value === 'boolean'
          ? value
          : convertSchema30(value);
    } else if (LIST.includes(key) && Array.isArray(value)) {
      schema[key] = value.map(convertSchema30);
    } else if (!OAS30_KEYWORDS.has(key)) {
      delete schema[key];
      schema[`${KEPT_PREFIX}${key}`] = value;
    }
  }
  // 3.0.3 requires `items` beside `type: array` (4.7.24.1).
  if (schema.type === 'array' && !('items' in schema)) schema.items = {};
  return schema;
}

/**
 * In 3.0, a `$ref` replaces its object and siblings are ignored (3.0.3, 4.7.25),
 * so a reference that carries a description or constraints goes into `allOf`.
 */
function convertRef(schema: Schema): Schema {
  const { $ref, ...siblings } = schema;
  if (Object.keys(siblings).length === 0) return { $ref };
  const rest = convertSchema30(siblings) as Schema;
  return {
    allOf: [{ $ref }, ...((rest.allOf as unknown[] | undefined) ?? [])],
    ...without(rest, 'allOf'),
  };
}

/**
 * `type: [T, 'null']` is `type: T, nullable: true`. 3.0.3 gives `nullable` an
 * effect only beside an explicit `type` (4.7.24.1), so null alone becomes a
 * string that may only be null, and several types become `anyOf` branches
 * that are each nullable.
 */
function convertType(schema: Schema): void {
  const type = schema.type;
  if (type === undefined) return;
  const types = Array.isArray(type) ? type : [type];
  const nonNull = types.filter((t) => t !== 'null');
  const nullable = nonNull.length < types.length;
  if (nonNull.length === 1) {
    schema.type = nonNull[0];
    if (nullable) schema.nullable = true;
    return;
  }
  delete schema.type;
  if (nonNull.length === 0) {
    Object.assign(schema, { type: 'string', nullable: true, enum: [null] });
    return;
  }
  const branches = nonNull.map((t) => (nullable ? { type: t, nullable: true } : { type: t }));
  schema.allOf = [...((schema.allOf as unknown[]) ?? []), { anyOf: branches }];
}

/**
 * 2020-12 writes an exclusive bound as a number (`exclusiveMinimum: 0`); 3.0
 * as a flag on `minimum`. When both forms are present the stricter bound wins.
 */
function convertBound(
  schema: Schema,
  inclusive: 'minimum' | 'maximum',
  exclusive: 'exclusiveMinimum' | 'exclusiveMaximum',
  atLeastAsStrict: (inclusive: number, exclusive: number) => boolean,
): void {
  const bound = schema[exclusive];
  if (typeof bound !== 'number') return;
  const current = schema[inclusive];
  if (typeof current === 'number' && current !== bound && atLeastAsStrict(current, bound)) {
    delete schema[exclusive];
    return;
  }
  schema[inclusive] = bound;
  schema[exclusive] = true;
}

/**
 * 3.0 has no `patternProperties`: the value schema becomes `additionalProperties`
 * (one pattern) or `anyOf` of them, so that clients still know what the values
 * look like; the names' patterns are kept in `x-oas31-patternProperties`.
 */
function convertPatternProperties(schema: Schema): void {
  const patterns = schema.patternProperties;
  if (!isObject(patterns)) return;
  delete schema.patternProperties;
  schema[`${KEPT_PREFIX}patternProperties`] = mapValues(patterns, convertSchema30);
  const values = Object.values(patterns);
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return;
  if (values.length === 0) return;
  schema.additionalProperties = values.length === 1 ? values[0] : { anyOf: values };
}

function mapValues(object: Record<string, unknown>, fn: (value: unknown) => unknown) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
}

function without(object: Schema, key: string): Schema {
  const { [key]: _, ...rest } = object;
  return rest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
