/**
 * Proxmox's loose scalar values made strict. PVE's `parse_boolean` takes
 * `1|on|yes|true` and `0|off|no|false` in any case; Perl also writes numbers
 * as strings in places (`"minimum": "0"`, `"optional": "1"`).
 */

const TRUE_WORDS = new Set(['1', 'on', 'yes', 'true']);
const FALSE_WORDS = new Set(['0', 'off', 'no', 'false']);

/** `true` / `false` for a value Proxmox reads as a boolean, otherwise undefined. */
export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === 'string') {
    const word = value.toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return undefined;
}

/**
 * Whether a flag such as `optional` is set, as Perl tests it: everything is
 * true but `undef`, `0`, `"0"`, `""` (and JSON's `false`, which PBS writes).
 */
export function isSet(value: unknown): boolean {
  return !(
    value === undefined ||
    value === null ||
    value === false ||
    value === 0 ||
    value === '0' ||
    value === ''
  );
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite number, or a string that spells one; otherwise undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMBER.test(value.trim())) return Number(value);
  return undefined;
}

export function toInteger(value: unknown): number | undefined {
  const n = toNumber(value);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/**
 * The value as the JSON type `type` wants it, or undefined when it is not one:
 * `"1"` for a boolean is `true`, `"4"` for an integer is `4`, a number for a
 * string is its decimal text (Perl does not tell the two apart).
 */
export function coerce(type: string | undefined, value: unknown): unknown {
  switch (type) {
    case 'boolean':
      return toBoolean(value);
    case 'integer':
      return toInteger(value);
    case 'number':
      return toNumber(value);
    case 'string':
      if (typeof value === 'string') return value;
      return typeof value === 'number' ? String(value) : undefined;
    default:
      return value;
  }
}
