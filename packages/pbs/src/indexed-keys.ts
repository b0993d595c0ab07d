import { INDEXED_PARAMETERS } from './indexed-parameters.js';

/** An indexed parameter family: `net[n]` stands for `net0` to `net31`. */
export interface IndexedParameter {
  readonly prefix: string;
  /** How many keys the family has; the last is `${prefix}${count - 1}`. */
  readonly count: number;
}

/** The indexed parameters of the API by their name in the document (`net[n]`). */
export const indexedParameters: Readonly<Record<string, IndexedParameter>> = Object.freeze(
  Object.fromEntries(
    Object.entries(INDEXED_PARAMETERS).map(([prefix, count]) => [
      `${prefix}[n]`,
      Object.freeze({ prefix, count }),
    ]),
  ),
);

/**
 * The key of one slot of an indexed parameter: `indexedKey('net[n]', 0)` is
 * `net0`. Throws a RangeError for an unknown name or an index past the limit.
 */
export function indexedKey(name: string, index: number): string {
  const family = indexedParameters[name];
  if (family === undefined) throw new RangeError(`${name} is not an indexed parameter`);
  if (!Number.isInteger(index) || index < 0 || index >= family.count) {
    throw new RangeError(`${name}: index ${index} is outside 0..${family.count - 1}`);
  }
  return `${family.prefix}${index}`;
}
