import { resolvePointer } from '../filter/refs.js';

type Node = Record<string, unknown>;

export interface ParameterInfo {
  required: boolean;
  schema: Node;
}

export interface OperationInfo {
  /** By `<in>.<name>`; body fields are `body.<name>`. */
  parameters: Map<string, ParameterInfo>;
  /** The schema of the success response, `{"data": ...}` envelope included. */
  response: Node | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The operations of a document, by `METHOD /path`, with what a client sends
 * and receives. Local `$ref`s are followed, so a document that moves schemas
 * into components compares equal to one that inlines them.
 */
export function listOperations(document: Node): Map<string, OperationInfo> {
  const operations = new Map<string, OperationInfo>();
  for (const [path, rawItem] of Object.entries(asNode(document.paths))) {
    const item = deref(document, rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      if (!isNode(item[method])) continue;
      const operation = item[method] as Node;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const parameters = new Map<string, ParameterInfo>();
      for (const raw of [...shared, ...own]) {
        const parameter = deref(document, raw);
        if (typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
        parameters.set(`${parameter.in}.${parameter.name}`, {
          required: parameter.required === true,
          schema: deref(document, parameter.schema ?? firstMediaSchema(parameter.content)),
        });
      }
      for (const [name, info] of bodyFields(document, operation.requestBody)) {
        parameters.set(`body.${name}`, info);
      }
      operations.set(`${method.toUpperCase()} ${path}`, {
        parameters,
        response: successSchema(document, operation.responses),
      });
    }
  }
  return operations;
}

/** The top-level fields of a request body: what a Proxmox client sends as form fields. */
function bodyFields(document: Node, raw: unknown): [string, ParameterInfo][] {
  if (raw === undefined) return [];
  const body = deref(document, raw);
  const schema = deref(document, firstMediaSchema(body.content));
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const named = Object.entries(asNode(schema.properties)).map(
    ([name, field]): [string, ParameterInfo] => [
      name,
      { required: required.has(name), schema: deref(document, field) },
    ],
  );
  // Indexed parameters (`net0` to `net31`) may be written as one pattern.
  const indexed = Object.entries(asNode(schema.patternProperties)).map(
    ([pattern, field]): [string, ParameterInfo] => [
      `/${pattern}/`,
      { required: false, schema: deref(document, field) },
    ],
  );
  return [...named, ...indexed];
}

function successSchema(document: Node, raw: unknown): Node | undefined {
  const responses = asNode(raw);
  const key = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  if (key === undefined) return undefined;
  return deref(document, firstMediaSchema(deref(document, responses[key]).content));
}

function firstMediaSchema(content: unknown): unknown {
  const first = Object.values(asNode(content))[0];
  return isNode(first) ? first.schema : undefined;
}

/** Follows local `$ref`s; a cycle or a dangling reference gives an empty object. */
export function deref(document: Node, value: unknown): Node {
  let node = value;
  const seen = new Set<string>();
  while (isNode(node) && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) return {};
    seen.add(node.$ref);
    node = resolvePointer(document, node.$ref);
  }
  return isNode(node) ? node : {};
}

function asNode(value: unknown): Node {
  return isNode(value) ? value : {};
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
