import { type IndexedParameter, indexedFamilies, slotKey } from '@proxmox-openapi/core';
import { INDEXED_PARAMETERS } from './indexed-parameters.js';

export type { IndexedParameter };

/** The indexed parameters of the API by their name in the document (`net[n]`). */
export const indexedParameters = indexedFamilies(INDEXED_PARAMETERS);

/**
 * The key of one slot of an indexed parameter: `indexedKey('net[n]', 0)` is
 * `net0`. Throws a RangeError for an unknown name or an index past the limit.
 */
export function indexedKey(name: string, index: number): string {
  return slotKey(indexedParameters, name, index);
}
