import { type FormatView, type KeySchema, setOwn } from './format.js';
import { type FormatCheck, formatCheck } from './named-formats.js';
import { isInteger, isNumber, perlLength, perlNumber } from './perl.js';

export interface CheckOptions {
  /**
   * Checks for named formats that pve-common does not define (`pve-volume-id`,
   * ...), by name. Without one, a key of such a format is refused with a
   * reason saying so, never accepted unchecked.
   */
  formats?: Readonly<Record<string, FormatCheck>>;
}

/**
 * `PVE::JSONSchema::check_object` for the values of a property string, each
 * still the Perl string the parser made of it. Returns the errors per key.
 */
export function checkValues(
  view: FormatView,
  values: ReadonlyMap<string, string>,
  options: CheckOptions,
  additionalProperties: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, schema] of view.keys) {
    const value = values.get(key);
    if (value === undefined) {
      if (view.required.has(key)) {
        addError(errors, key, 'property is missing and it is not optional');
      }
      continue;
    }
    const reason = checkValue(value, schema, options);
    if (reason !== undefined) addError(errors, key, reason);
  }

  for (const key of values.keys()) {
    const schema = view.keys.get(key);
    if (schema) {
      const requires = schema['x-proxmox-requires'];
      if (typeof requires === 'string' && !values.has(requires)) {
        addError(errors, requires, `missing property - '${key}' requires this property`);
      }
      continue;
    }
    if (view.aliases.has(key) || additionalProperties) continue;
    addError(
      errors,
      key,
      'property is not defined in schema and the schema does not allow additional properties',
    );
  }
  return errors;
}

/** PVE's `add_error` joins a second message to the first with a literal backslash-n. */
function addError(errors: Record<string, string>, key: string, message: string) {
  setOwn(errors, key, Object.hasOwn(errors, key) ? `${errors[key]}\\n${message}` : message);
}

/**
 * `PVE::JSONSchema::check_prop` for one defined scalar: the first failing
 * check's message, in PVE's order (type, format, pattern, lengths, bounds),
 * then the enumeration.
 */
export function checkValue(
  value: string,
  schema: KeySchema,
  options: CheckOptions,
): string | undefined {
  const typeError = checkType(schema.type, value);
  if (typeError !== undefined) return typeError;

  const formatError = checkFormat(schema, value, options);
  if (formatError !== undefined) return formatError;
  const patternError = checkPattern(schema, value);
  if (patternError !== undefined) return patternError;

  const length = perlLength(value);
  if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
    return `value may only be ${schema.maxLength} characters long`;
  }
  if (typeof schema.minLength === 'number' && length < schema.minLength) {
    return `value must be at least ${schema.minLength} characters long`;
  }
  if (isNumber(value)) {
    const number = perlNumber(value);
    if (typeof schema.maximum === 'number' && number > schema.maximum) {
      return `value must have a maximum value of ${schema.maximum}`;
    }
    if (typeof schema.minimum === 'number' && number < schema.minimum) {
      return `value must have a minimum value of ${schema.minimum}`;
    }
  }

  // An enum that does not fit the key's type is kept as x-proxmox-enum; PVE still checks it.
  const values = schema.enum ?? schema['x-proxmox-enum'];
  if (Array.isArray(values)) {
    const words = values.map(perlText);
    if (!words.includes(value)) {
      return `value '${value}' does not have a value in the enumeration '${words.join(', ')}'`;
    }
  }
  return undefined;
}

/** `check_type` for a scalar; types it does not know are not checked, as in PVE. */
function checkType(type: unknown, value: string): string | undefined {
  switch (type) {
    case 'boolean':
      return value === '1' || value === '0'
        ? undefined
        : `type check ('boolean') failed - got '${value}'`;
    case 'integer':
      return isInteger(value) ? undefined : `type check ('integer') failed - got '${value}'`;
    case 'number':
      return isNumber(value) ? undefined : `type check ('number') failed - got '${value}'`;
    case 'array':
    case 'object':
      return `type check ('${type}') failed`;
    case 'null':
      return "type check ('null') failed - value is not null";
    default:
      return undefined;
  }
}

function checkFormat(schema: KeySchema, value: string, options: CheckOptions): string | undefined {
  // PVE would read such a value as a property string of its own; no PVE key has one.
  if (schema['x-proxmox-format'] !== undefined) {
    return 'invalid format - a property string nested in a key is not checked here';
  }
  const name = schema.format;
  if (typeof name !== 'string' || name === '' || name === '0') return undefined;
  const check = formatCheck(name, options.formats);
  if (check === undefined) {
    return (
      `invalid format - format '${name}' is not defined in pve-common and cannot be ` +
      'checked here; pass a check for it in options.formats'
    );
  }
  const reason = check(value);
  return reason === undefined ? undefined : `invalid format - ${reason}`;
}

const compiled = new Map<string, RegExp>();

/**
 * `pattern` already holds PVE's anchors (`m/^$pattern$/`, see
 * `regex/translate.ts`). A pattern the emitter could not translate exactly is
 * only in `x-proxmox-pattern`; such a value cannot be checked, so it is refused.
 */
function checkPattern(schema: KeySchema, value: string): string | undefined {
  if (typeof schema.pattern === 'string') {
    let re = compiled.get(schema.pattern);
    if (!re) {
      re = new RegExp(schema.pattern, 'u');
      compiled.set(schema.pattern, re);
    }
    return re.test(value) ? undefined : 'value does not match the regex pattern';
  }
  if (schema['x-proxmox-pattern'] === undefined) return undefined;
  return 'the regex pattern of this key has no ECMAScript translation and is not checked here';
}

/** How Perl prints a schema value: booleans of JSON as 1 and 0. */
function perlText(value: unknown): string {
  if (value === true) return '1';
  if (value === false) return '0';
  return String(value);
}
