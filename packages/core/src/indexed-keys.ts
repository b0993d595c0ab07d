/** An indexed parameter family: `net[n]` stands for `net0` to `net31`. */
export interface IndexedParameter {
  readonly prefix: string;
  /** How many keys the family has; the last is `${prefix}${count - 1}`. */
  readonly count: number;
}

/**
 * A product's families by their name in the document (`net[n]`), from its
 * table of slots by prefix (`{ net: 32 }`).
 */
export function indexedFamilies(
  slots: Readonly<Record<string, number>>,
): Readonly<Record<string, IndexedParameter>> {
  return Object.freeze(
    Object.fromEntries(
      Object.entries(slots).map(([prefix, count]) => [
        `${prefix}[n]`,
        Object.freeze({ prefix, count }),
      ]),
    ),
  );
}

/**
 * The key of one slot of a family: `net0` for `net[n]` and 0. Throws a
 * RangeError for an unknown name or an index past the limit.
 */
export function slotKey(
  families: Readonly<Record<string, IndexedParameter>>,
  name: string,
  index: number,
): string {
  const family = Object.hasOwn(families, name) ? families[name] : undefined;
  if (family === undefined) throw new RangeError(`${name} is not an indexed parameter`);
  if (!Number.isInteger(index) || index < 0 || index >= family.count) {
    throw new RangeError(`${name}: index ${index} is outside 0..${family.count - 1}`);
  }
  return `${family.prefix}${index}`;
}
