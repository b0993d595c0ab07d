export type { CheckOptions } from './check.js';
export { PropertyStringError } from './error.js';
export type { KeySchema, PropertyFormat, PropertyObject, PropertyValue } from './format.js';
export { type FormatCheck, NAMED_FORMATS } from './named-formats.js';
export { type ParseOptions, parsePropertyString } from './parse.js';
export { type FormatOptions, formatPropertyString } from './print.js';
