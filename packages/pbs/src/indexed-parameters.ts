/**
 * Slots of each indexed parameter family, by prefix. PBS's apidoc has no
 * indexed parameter (`net[n]`): it spells such keys out one by one
 * (`acmedomain0` to `acmedomain4`). test/indexed-parameters.test.ts checks
 * that this stays so.
 */
export const INDEXED_PARAMETERS: Record<string, number> = {};
