import type { ApiMethod, ApiSchema, HttpMethod } from '../model.js';
import { componentRef, type EmitContext } from './context.js';
import { indexedNames, indexedPrefix } from './indexed.js';
import {
  convertProperties,
  convertSchema,
  copyExtensions,
  indexedCount,
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

/**
 * PBS's binary transfers: an `UPLOAD` takes the data as the raw request body
 * and its parameters from the query string, a `DOWNLOAD` answers with the raw
 * data (proxmox-rest-server's `AsyncHttp` handlers).
 */
const OCTET_STREAM = { schema: { type: 'string', contentMediaType: 'application/octet-stream' } };

/** The Operation Object (OpenAPI 3.1, 4.8.10) of one method of an endpoint. */
export function emitOperation(input: OperationInput, ctx: EmitContext): Record<string, unknown> {
  const { path, method, api } = input;
  const where = `${method} ${path}`;
  ctx.scope = input.operationId;
  const kind = typeof api.method === 'string' ? api.method : method;
  const operation: Record<string, unknown> = {
    operationId: input.operationId,
    tags: [input.tag],
  };
  if (typeof api.description === 'string' && api.description.trim() !== '') {
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
  // POST and PUT arguments from the body (an upload's from the query).
  if (method === 'GET' || method === 'DELETE' || kind === 'UPLOAD') {
    for (const [name, schema] of Object.entries(rest)) {
      parameters.push(...queryParameters(name, schema, ctx, where));
    }
  } else if (Object.keys(rest).length > 0) {
    operation.requestBody = requestBody(rest, api.parameters!, ctx, where);
  }
  if (kind === 'UPLOAD') {
    operation.requestBody = {
      required: true,
      content: { 'application/octet-stream': OCTET_STREAM },
    };
  }
  if (parameters.length > 0) operation.parameters = parameters;

  operation.responses = responses(api, kind, ctx, where);
  const security = securityFor(api, method, ctx.product);
  if (security !== undefined) operation.security = security;
  copyExtensions(api, operation, CONSUMED);
  if (kind !== method) operation['x-proxmox-method'] = kind;
  if (api.download_allowed !== undefined)
    operation['x-proxmox-download-allowed'] = api.download_allowed;
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

/** One query parameter, or one per slot of an indexed family (`net0`, `net1`...). */
function queryParameters(name: string, schema: ApiSchema, ctx: EmitContext, where: string) {
  const converted = isSchema(schema) ? convertSchema(schema, ctx, `${where} query.${name}`) : {};
  const prefix = indexedPrefix(name);
  if (prefix === undefined) return [parameter(name, 'query', !isSet(schema?.optional), converted)];
  const count = indexedCount(ctx, prefix, `${where} query.${name}`);
  // A query parameter needs a name: with no known limit, only slot 0 can be listed.
  return indexedNames(prefix, count ?? 1).map((slot) => parameter(slot, 'query', false, converted));
}

function parameter(name: string, location: string, required: boolean, schema: JsonSchema) {
  const out: Record<string, unknown> = { name, in: location };
  if (typeof schema.description === 'string') out.description = schema.description;
  if (required) out.required = true;
  out.schema = schema;
  return out;
}

/**
 * The body, offered as `application/x-www-form-urlencoded` (what the web UI
 * and `pvesh` send; the servers read booleans there as 0/1, on/off, yes/no)
 * and as `application/json`. Both media types share one component schema.
 */
function requestBody(
  properties: Record<string, ApiSchema>,
  parameters: ApiSchema,
  ctx: EmitContext,
  where: string,
) {
  const additional = parameters.additionalProperties;
  const closed = additional === undefined || isSchema(additional) ? undefined : isSet(additional);
  const schema: JsonSchema = {
    type: 'object',
    ...convertProperties(properties, ctx, `${where} body`, closed),
  };
  const required = Array.isArray(schema.required) || Array.isArray(schema.oneOf);
  const ref = componentRef(ctx, 'body', schema, false);
  return {
    required,
    content: {
      'application/x-www-form-urlencoded': { schema: ref },
      'application/json': { schema: ref },
    },
  };
}

function responses(api: ApiMethod, kind: string, ctx: EmitContext, where: string) {
  const returns = isSchema(api.returns) ? convertSchema(api.returns, ctx, `${where} returns`) : {};
  const description =
    typeof api.returns?.description === 'string' ? api.returns.description : 'Success';
  const content: Record<string, unknown> = {};
  if (kind !== 'DOWNLOAD') {
    // Both servers wrap every JSON result in an object: {"data": <result>}.
    content['application/json'] = {
      schema: { type: 'object', properties: { data: returns }, required: ['data'] },
    };
  }
  // `download_allowed` (PVE) lets the method answer with the file itself
  // when asked to; a PBS DOWNLOAD always does.
  if (kind === 'DOWNLOAD' || isSet(api.download_allowed)) {
    content['application/octet-stream'] = OCTET_STREAM;
  }
  return {
    '200': { description, content },
    default: { $ref: '#/components/responses/Error' },
  };
}
