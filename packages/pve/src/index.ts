export { type IndexedParameter, indexedKey, indexedParameters } from './indexed-keys.js';
export { INDEXED_PARAMETERS } from './indexed-parameters.js';
export { product } from './product.js';
