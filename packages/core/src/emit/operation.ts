import type { ApiMethod, ApiSchema, HttpMethod } from '../model.js';
import type { EmitContext } from './context.js';
import {
  convertProperties,
  convertSchema,
  copyExtensions,
  isSchema,
  type JsonSchema,
} from './schema.js';
import { securityFor } from './security.js';
import { isSet } from './values.js';

export interface OperationInput {
  path: string;
  method: HttpMethod;
  api: ApiMethod;
  operationId: string;
  tag: string;
}

/** Method fields turned into OpenAPI; the rest become `x-proxmox-*` extensions. */
const CONSUMED = new Set(['method', 'description', 'parameters', 'returns', 'download_allowed']);

const PATH_PARAMETER = /\{([^}]+)\}/g;

/** The Operation Object (OpenAPI 3.1, 4.8.10) of one method of an endpoint. */
export function emitOperation(input: OperationInput, ctx: EmitContext): Record<string, unknown> {
  const { path, method, api } = input;
  const where = `${method} ${path}`;
  const operation: Record<string, unknown> = {
    operationId: input.operationId,
    tags: [input.tag],
  };
  if (typeof api.description === 'string') {
    operation.summary = summarize(api.description);
    operation.description = api.description;
  }

  const properties = isSchema(api.parameters?.properties) ? api.parameters.properties : {};
  const pathNames = [...path.matchAll(PATH_PARAMETER)].map((m) => m[1]!);
  const parameters = pathNames.map((name) => pathParameter(name, properties[name], ctx, where));
  const rest: Record<string, ApiSchema> = {};
  for (const [name, schema] of Object.entries(properties)) {
    if (!pathNames.includes(name)) rest[name] = schema;
  }
  // PVE and PBS read GET and DELETE arguments from the query string and
  // POST and PUT arguments from the body.
  if (method === 'GET' || method === 'DELETE') {
    for (const [name, schema] of Object.entries(rest)) {
      parameters.push(queryParameter(name, schema, ctx, where));
    }
  } else if (Object.keys(rest).length > 0) {
    operation.requestBody = requestBody(rest, api.parameters!, ctx, where);
  }
  if (parameters.length > 0) operation.parameters = parameters;

  operation.responses = responses(api, ctx, where);
  const security = securityFor(api, method, ctx.product);
  if (security !== undefined) operation.security = security;
  copyExtensions(api, operation, CONSUMED);
  const extra = parametersExtensions(api);
  if (extra) operation['x-proxmox-parameters'] = extra;
  return operation;
}

/**
 * Fields of `parameters` itself (not of its properties) that have no place in
 * OpenAPI, collected under one key so that they do not mix with the method's.
 * PBS repeats the method's description there; only a different one is kept.
 */
function parametersExtensions(api: ApiMethod): Record<string, unknown> | undefined {
  const parameters = api.parameters;
  if (!parameters) return undefined;
  const consumed = new Set(['type', 'properties', 'additionalProperties']);
  if (parameters.description === api.description) consumed.add('description');
  const extra: Record<string, unknown> = {};
  copyExtensions(parameters, extra, consumed);
  return Object.keys(extra).length > 0 ? extra : undefined;
}

/** The first sentence of a description, for tools that list operations. */
function summarize(description: string): string {
  const line = description.split('\n')[0]!.trim();
  const end = line.search(/\.(\s|$)/);
  return end > 0 ? line.slice(0, end + 1) : line;
}

function pathParameter(
  name: string,
  schema: ApiSchema | undefined,
  ctx: EmitContext,
  where: string,
) {
  // PBS often leaves path parameters out of `parameters`; the server still
  // takes them from the path, as strings.
  const converted = isSchema(schema)
    ? convertSchema(schema, ctx, `${where} path.${name}`)
    : { type: 'string' };
  return parameter(name, 'path', true, converted);
}

function queryParameter(name: string, schema: ApiSchema, ctx: EmitContext, where: string) {
  const converted = isSchema(schema) ? convertSchema(schema, ctx, `${where} query.${name}`) : {};
  return parameter(name, 'query', !isSet(schema?.optional), converted);
}

function parameter(name: string, location: string, required: boolean, schema: JsonSchema) {
  const out: Record<string, unknown> = { name, in: location };
  if (typeof schema.description === 'string') out.description = schema.description;
  if (required) out.required = true;
  out.schema = schema;
  return out;
}

function requestBody(
  properties: Record<string, ApiSchema>,
  parameters: ApiSchema,
  ctx: EmitContext,
  where: string,
) {
  const schema: JsonSchema = {
    type: 'object',
    ...convertProperties(properties, ctx, `${where} body`),
  };
  if (parameters.additionalProperties !== undefined && !isSchema(parameters.additionalProperties)) {
    schema.additionalProperties = isSet(parameters.additionalProperties);
  }
  return {
    required: Array.isArray(schema.required),
    content: {
      'application/json': { schema },
    },
  };
}

function responses(api: ApiMethod, ctx: EmitContext, where: string) {
  const returns = isSchema(api.returns) ? convertSchema(api.returns, ctx, `${where} returns`) : {};
  // Both servers wrap every result in an object: {"data": <result>}.
  const envelope: JsonSchema = {
    type: 'object',
    properties: { data: returns },
    required: ['data'],
  };
  return {
    '200': {
      description:
        typeof api.returns?.description === 'string' ? api.returns.description : 'Success',
      content: { 'application/json': { schema: envelope } },
    },
    default: { $ref: '#/components/responses/Error' },
  };
}
