export { type CachedOutputs, OutputCache, type OutputCacheOptions } from './cache/output-cache.js';
export type { CachedParse } from './cache/parse-cache.js';
export { type InputKey, ParseCache, type ParseCacheOptions } from './cache/parse-cache.js';
export type { Change, ChangeKind, DiffResult, Severity } from './diff/change.js';
export { diffDocuments } from './diff/diff.js';
export { diffToMarkdown } from './diff/markdown.js';
export type { Diagnostic } from './emit/context.js';
export { type EmitOptions, type EmitResult, emitDocument } from './emit/document.js';
export { operationIdFor } from './emit/operation-id.js';
export {
  ApidocError,
  type ApidocWarning,
  formatWarning,
  positionIndex,
  type SourcePosition,
  strictError,
} from './errors.js';
export {
  DOWNLOAD_DEFAULTS,
  type Download,
  type DownloadOptions,
  type DownloadOrigin,
  downloadCached,
} from './fetch/download.js';
export type { HttpLimits } from './fetch/http.js';
export { filterPaths, type PathFilter } from './filter/filter.js';
export { collectRefs, resolvePointer } from './filter/refs.js';
export { type GenerateOptions, type GenerateResult, generate } from './generate.js';
export { type IndexedParameter, indexedFamilies, slotKey } from './indexed-keys.js';
export type {
  ApiEndpoint,
  ApiMethod,
  ApiNode,
  ApiPermissions,
  ApiSchema,
  HttpMethod,
} from './model.js';
export { toOpenApi30 } from './openapi30/document.js';
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
export { type RedosRisk, redosRisk } from './regex/redos.js';
export {
  type PatternDialect,
  type PatternTranslation,
  translatePattern,
} from './regex/translate.js';
export { decodeApidoc } from './source/decode.js';
export { isUrl, type LoadedSource, type LoadOptions, loadSource } from './source/load.js';
export {
  type ApiSchemaLocation,
  type DuplicateKey,
  findApiSchema,
  locateApiSchema,
  MAX_DEPTH,
} from './source/locate.js';
export {
  collectEndpoints,
  type NormalizedApiSchema,
  type NormalizeOptions,
  normalizeApiSchema,
  type PathLocator,
  type PathSegment,
} from './source/normalize.js';
export { type ParsedApidoc, type ParseMode, parseApidocText } from './source/parse.js';
export { pathLocator } from './source/path-locator.js';
export type { ParseBytesOptions } from './source/read.js';
export { type Apidoc, parseApidocBytes, type ReadOptions, readApidoc } from './source/read.js';
export { generateStaged, STAGED_APIDOC } from './task.js';
