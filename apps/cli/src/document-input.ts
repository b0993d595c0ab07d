import {
  ApidocError,
  collectEndpoints,
  decodeApidoc,
  emitDocument,
  type ProductConfig,
  parseApidocText,
} from '@proxmox-openapi/core';
import { parse as parseYaml } from 'yaml';
import { UsageError } from './errors.js';
import { detectProduct, PRODUCT_NAMES } from './products.js';
import { loadApidoc, resolveSource, type SourceOptions } from './sources.js';

declare const __VERSION__: string;

export interface DocumentInput {
  source: string;
  kind: 'document' | 'apidoc';
  document: Record<string, unknown>;
  /** The product, when the input was an apidoc. */
  product?: string | undefined;
}

/**
 * An OpenAPI document from a JSON or YAML file, or the document generated
 * from an apidoc: `diff` takes either. Which one is told by the text: a
 * document is a JSON object or YAML with an `openapi` field; an apidoc is
 * JavaScript.
 */
export async function readDocumentInput(
  input: string,
  options: SourceOptions,
  product: ProductConfig | undefined,
): Promise<DocumentInput> {
  const source = resolveSource(input, product);
  const loaded = await loadApidoc(source, options);
  const text = decodeApidoc(loaded.bytes, loaded.source);
  const document = parseDocument(text, loaded.source);
  if (document) return { source: loaded.source, kind: 'document', document };

  const endpoints = collectEndpoints(parseApidocText(text, loaded.source).tree, loaded.source);
  const config = source.product ?? detectProduct(endpoints);
  if (!config) {
    throw new UsageError(
      `cannot tell whether ${loaded.source} is ${PRODUCT_NAMES.join(' or ')}; name it with --product`,
    );
  }
  const emitted = emitDocument(endpoints, config, {
    apidocSha256: '0'.repeat(64),
    generatorVersion: __VERSION__,
  });
  return { source: loaded.source, kind: 'apidoc', document: emitted.document, product: config.id };
}

/** The document in `text`, or undefined when the text is not JSON or YAML with `openapi`. */
export function parseDocument(text: string, source: string): Record<string, unknown> | undefined {
  const start = text.trimStart();
  let value: unknown;
  if (start.startsWith('{')) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ApidocError(`not valid JSON: ${(error as Error).message}`, {
        source,
        hint: 'expected an OpenAPI document in JSON or YAML',
      });
    }
  } else if (/^openapi\s*:/m.test(start.slice(0, 4096))) {
    try {
      value = parseYaml(text, { maxAliasCount: -1 });
    } catch (error) {
      throw new ApidocError(`not valid YAML: ${(error as Error).message}`, { source });
    }
  } else {
    return undefined;
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { openapi?: unknown }).openapi !== 'string'
  ) {
    throw new ApidocError('has no `openapi` version field', {
      source,
      hint: 'expected an OpenAPI document in JSON or YAML',
    });
  }
  return value as Record<string, unknown>;
}
