import type { ApiEndpoint } from '../model.js';
import type { ProductConfig } from '../product.js';
import { createContext, type Diagnostic } from './context.js';
import { emitOperation } from './operation.js';
import { assignOperationIds } from './operation-id.js';
import { applyOverrides } from './overrides.js';
import { securitySchemes } from './security.js';

export interface EmitOptions {
  /** Hex SHA-256 of the apidoc, recorded in `info` so a document names its input. */
  apidocSha256: string;
  /** Version of the generator, recorded in `info`. */
  generatorVersion: string;
}

export interface EmitResult {
  document: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/**
 * The OpenAPI 3.1 document of a product's endpoints. Pure: the same endpoints,
 * product and options give the same document, key for key.
 */
export function emitDocument(
  endpoints: ApiEndpoint[],
  product: ProductConfig,
  options: EmitOptions,
): EmitResult {
  const ctx = createContext(product);
  const operations = endpoints.flatMap((endpoint) =>
    endpoint.methods.map(([method, api]) => ({ path: endpoint.path, method, api })),
  );
  const ids = assignOperationIds(operations);

  const paths: Record<string, Record<string, unknown>> = {};
  const usedTags = new Set<string>();
  operations.forEach((op, index) => {
    const tag = op.path.split('/')[1] || 'root';
    usedTags.add(tag);
    const api = applyOverrides(op.api, `${op.method} ${op.path}`, product.overrides);
    paths[op.path] ??= {};
    paths[op.path]![op.method.toLowerCase()] = emitOperation(
      { ...op, api, operationId: ids[index]!, tag },
      ctx,
    );
  });

  const document = {
    openapi: '3.1.0',
    info: {
      title: product.title,
      description: product.description,
      version: `apidoc-${options.apidocSha256.slice(0, 12)}`,
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      'x-proxmox-apidoc-sha256': options.apidocSha256,
      'x-proxmox-openapi-version': options.generatorVersion,
    },
    servers: [
      {
        url: `https://{host}:{port}${product.basePath}`,
        variables: {
          host: { default: 'localhost' },
          port: { default: String(product.defaultPort) },
        },
      },
    ],
    tags: tagsFor(product, usedTags),
    paths,
    components: {
      schemas: Object.fromEntries(ctx.components),
      securitySchemes: securitySchemes(product),
      responses: { Error: errorResponse() },
    },
  };
  return { document, diagnostics: ctx.diagnostics };
}

/** The product's tags in its order, then any other first segment in code-point order. */
function tagsFor(product: ProductConfig, used: Set<string>) {
  const known = product.tags.filter((tag) => used.has(tag.segment));
  const knownNames = new Set(known.map((tag) => tag.segment));
  const others = [...used].filter((name) => !knownNames.has(name)).sort();
  return [
    ...known.map((tag) => ({ name: tag.segment, description: tag.description })),
    ...others.map((name) => ({ name })),
  ];
}

/**
 * What both servers send with a 4xx or 5xx status: the message is in the HTTP
 * status line; parameter errors come as `errors`, keyed by parameter.
 */
function errorResponse() {
  return {
    description: 'Error; the message is in the HTTP status line',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            data: { type: 'null' },
            errors: { type: 'object', additionalProperties: { type: 'string' } },
            message: { type: 'string' },
          },
        },
      },
    },
  };
}
