import { type CheckOptions, checkValues } from './check.js';
import { PropertyStringError } from './error.js';
import {
  type FormatView,
  type PropertyFormat,
  type PropertyObject,
  type PropertyValue,
  setOwn,
  viewFormat,
} from './format.js';
import { isBlank, isPerlTrue, parseBoolean, perlNumber } from './perl.js';

export type ParseOptions = CheckOptions;

/**
 * Reads a property string as `PVE::JSONSchema::parse_property_string` does
 * and checks it as `check_object` does, returning its values typed by their
 * keys (booleans as true/false, integers and numbers as numbers). Throws a
 * `PropertyStringError` for anything PVE refuses.
 *
 * PVE splits the string on every comma: there is no quoting or escaping, so
 * no value can hold a comma. A part is `key=value` (the key up to the first
 * `=`, the value not empty), or a bare value of the default key; blank parts
 * are skipped. No defaults are filled in.
 */
export function parsePropertyString(
  format: PropertyFormat,
  text: string,
  options: ParseOptions = {},
): PropertyObject {
  const view = viewFormat(format);
  const values = readParts(view, text);
  const errors = checkValues(view, values, options, false);
  if (Object.keys(errors).length > 0) throw PropertyStringError.forKeys(errors);
  return typed(view, values);
}

// Perl's /^([^=]+)=(.+)$/: `.` stops at "\n", and `$` may stand before a final one.
const KEY_VALUE = /^([^=]+)=([^\n]+)\n?$/;

/** The parts as PVE's parser leaves them: Perl strings by key, aliases resolved. */
function readParts(view: FormatView, text: string): Map<string, string> {
  const values = new Map<string, string>();
  let defaultKeySeen: string | undefined;
  for (const part of text.split(',')) {
    if (isBlank(part)) continue;

    const pair = KEY_VALUE.exec(part);
    if (pair) {
      let key = pair[1]!;
      let value = pair[2]!;
      if (values.has(key)) throw duplicate(key);
      const alias = view.aliases.get(key);
      if (alias) {
        if (alias.keyAlias !== undefined) {
          if (values.has(alias.keyAlias)) {
            throw new PropertyStringError(`key alias '${alias.keyAlias}' is already defined`);
          }
          // `virtio=<mac>`: the key's own name is the value of `model`.
          values.set(alias.keyAlias, key);
        }
        key = alias.alias;
        if (!view.keys.has(key)) {
          throw new PropertyStringError(`invalid key in comma-separated list property: ${key}`);
        }
      }
      // A key the format does not know is kept, and refused by the check that follows.
      if (view.keys.get(key)?.type === 'boolean') value = parseBoolean(value) ?? value;
      // An alias may overwrite its key's earlier value: PVE checks duplicates by the name written.
      values.set(key, value);
    } else if (!part.includes('=')) {
      if (defaultKeySeen !== undefined) throw duplicate(defaultKeySeen);
      const key = view.defaultKey;
      if (key === undefined) {
        throw new PropertyStringError(
          'value without key, but schema does not define a default key',
        );
      }
      defaultKeySeen = key;
      // PVE tests the earlier value for truth, so `enabled=0,1` sets `enabled` again.
      if (isPerlTrue(values.get(key))) throw duplicate(key);
      values.set(key, part);
    } else {
      throw new PropertyStringError('missing key in comma-separated list property');
    }
  }
  return values;
}

function duplicate(key: string): PropertyStringError {
  return new PropertyStringError(`duplicate key in comma-separated list property: ${key}`);
}

function typed(view: FormatView, values: Map<string, string>): PropertyObject {
  const result: PropertyObject = {};
  for (const [key, text] of values) {
    const type = view.keys.get(key)?.type;
    let value: PropertyValue = text;
    if (type === 'boolean') value = text === '1';
    else if (type === 'integer' || type === 'number') value = perlNumber(text);
    setOwn(result, key, value);
  }
  return result;
}
