export { type InputKey, ParseCache, type ParseCacheOptions } from './cache/parse-cache.js';
export type { Diagnostic } from './emit/context.js';
export { type EmitOptions, type EmitResult, emitDocument } from './emit/document.js';
export { operationIdFor } from './emit/operation-id.js';
export { ApidocError, type SourcePosition } from './errors.js';
export { type GenerateOptions, type GenerateResult, generate } from './generate.js';
export type {
  ApiEndpoint,
  ApiMethod,
  ApiNode,
  ApiPermissions,
  ApiSchema,
  HttpMethod,
} from './model.js';
export { type OutputFormat, serialize, toJson, toYaml } from './output/serialize.js';
export { writeFilesAtomically } from './output/write.js';
export type { AuthConfig, ProductConfig, SchemaOverride, TagConfig } from './product.js';
export {
  type CheckOptions,
  type FormatCheck,
  type FormatOptions,
  formatPropertyString,
  type KeySchema,
  NAMED_FORMATS,
  type ParseOptions,
  type PropertyFormat,
  type PropertyObject,
  PropertyStringError,
  type PropertyValue,
  parsePropertyString,
} from './property-string/index.js';
export {
  type PatternDialect,
  type PatternTranslation,
  translatePattern,
} from './regex/translate.js';
export { isUrl, type LoadedSource, type LoadOptions, loadSource } from './source/load.js';
export { type ApiSchemaLocation, locateApiSchema } from './source/locate.js';
export { collectEndpoints } from './source/normalize.js';
export { type ParsedApidoc, type ParseMode, parseApidocText } from './source/parse.js';
export { type Apidoc, parseApidocBytes, type ReadOptions, readApidoc } from './source/read.js';
export { generateStaged, STAGED_APIDOC } from './task.js';
