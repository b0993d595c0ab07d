import { type CheckOptions, checkValues } from './check.js';
import { PropertyStringError } from './error.js';
import { type FormatView, type PropertyFormat, type PropertyValue, viewFormat } from './format.js';
import { byCodePoint, perlNumberText } from './perl.js';
import { formatSize, parseSize } from './size.js';

export type FormatOptions = CheckOptions;

/**
 * Writes values as `PVE::JSONSchema::print_property_string` does: the default
 * key first and without its name, then the keys that are not optional, then
 * the rest, each group in code-point order; booleans as 1 and 0; a key whose
 * name another key's value stands for combined with it (`model: 'virtio'` and
 * `macaddr: 'BC:24:...'` as `virtio=BC:24:...`). Keys whose value is
 * undefined or null are left out.
 *
 * The values are checked first, as PVE does, and a value holding a comma is
 * refused. Like PVE, nothing else guards the reading back: an empty value, or
 * a default key's value holding `=`, is written but would not read back.
 * Sizes of `format: disk-size` are written in the largest unit that divides
 * them ("1536M" for "1.5G"), as PVE writes them after reading them into bytes.
 */
export function formatPropertyString(
  format: PropertyFormat,
  data: Readonly<Record<string, PropertyValue | null | undefined>>,
  options: FormatOptions = {},
): string {
  const view = viewFormat(format);
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || value === null) continue;
    values.set(key, perlValue(value));
  }
  // PVE checks with additional properties left undefined: unknown keys fail below instead.
  const errors = checkValues(view, values, options, true);
  if (Object.keys(errors).length > 0) throw PropertyStringError.forKeys(errors);

  return new Printer(view, values).print();
}

function perlValue(value: PropertyValue): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return typeof value === 'number' ? perlNumberText(value) : value;
}

class Printer {
  private readonly done = new Set<string>();
  private readonly parts: string[] = [];
  /** keyAlias -> alias: `model` is combined with `macaddr` where both are set. */
  private readonly combined = new Map<string, string>();

  constructor(
    private readonly view: FormatView,
    private readonly values: Map<string, string>,
  ) {
    for (const { alias, keyAlias } of view.aliases.values()) {
      if (keyAlias !== undefined) this.combined.set(keyAlias, alias);
    }
  }

  print(): string {
    if (this.view.defaultKey !== undefined) this.add(this.view.defaultKey, true);
    const keys = [...this.values.keys()].sort(byCodePoint);
    for (const key of keys) {
      // An alias entry has no `optional` in PVE, so it counts as not optional.
      if (this.view.required.has(key) || this.view.aliases.has(key)) this.add(key, false);
    }
    for (const key of keys) this.add(key, false);
    return this.parts.join(',');
  }

  private add(key: string, isDefault: boolean) {
    if (this.done.has(key)) return;
    this.done.add(key);
    const value = this.values.get(key);
    if (value === undefined) return;

    const partner = this.combined.get(key);
    const partnerValue = partner === undefined ? undefined : this.values.get(partner);
    if (partner !== undefined && partnerValue !== undefined) {
      const name = this.text(key, value, this.view.keys.get(key)?.format);
      const text = this.text(partner, partnerValue, this.view.keys.get(partner)?.format);
      this.parts.push(`${name}=${text}`);
      this.done.add(partner);
      return;
    }

    const alias = this.view.aliases.get(key);
    const schema = this.view.keys.get(alias ? alias.alias : key);
    if (!schema) throw new PropertyStringError(`invalid key '${key}'`);
    const text = this.text(key, value, schema.format);
    this.parts.push(isDefault ? text : `${key}=${text}`);
  }

  private text(key: string, value: string, format: unknown): string {
    if (format === 'disk-size') {
      // PVE holds sizes as bytes here; a size still in its text form is read first.
      return formatSize(parseSize(value) ?? 0);
    }
    if (value.includes(',')) throw new PropertyStringError(`illegal value with commas for ${key}`);
    return value;
  }
}
