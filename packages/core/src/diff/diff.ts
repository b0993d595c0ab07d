import type { Change, DiffResult } from './change.js';
import { deref, listOperations, type OperationInfo } from './operations.js';
import { compareSchema } from './schema.js';

type Node = Record<string, unknown>;

/** How deep fields of a response are compared: `data`, its fields, and theirs. */
const RESPONSE_DEPTH = 3;

/**
 * What changed between two OpenAPI documents of one API, for a client of the
 * old one: operations and parameters added and removed; required-ness, types,
 * enums and defaults of parameters; fields of the success response. Each
 * change is classified breaking or not. Not compared: bounds, lengths and
 * patterns; the types of property string keys; enums and
 * defaults of response fields; fields of a response deeper than three levels.
 */
export function diffDocuments(before: Node, after: Node): DiffResult {
  const docs = { old: before, new: after };
  const oldOps = listOperations(before);
  const newOps = listOperations(after);
  const changes: Change[] = [];

  for (const [operation, info] of oldOps) {
    const next = newOps.get(operation);
    if (!next) {
      changes.push({
        kind: 'operation-removed',
        severity: 'breaking',
        operation,
        message: 'removed',
      });
      continue;
    }
    const emit = (change: Omit<Change, 'operation'>) => changes.push({ operation, ...change });
    compareParameters(docs, info, next, emit);
    if (info.response && next.response) {
      compareResponse(docs, info.response, next.response, 'response', 0, emit);
    }
  }
  for (const operation of newOps.keys()) {
    if (!oldOps.has(operation)) {
      changes.push({
        kind: 'operation-added',
        severity: 'non-breaking',
        operation,
        message: 'added',
      });
    }
  }

  const breaking = changes.filter((change) => change.severity === 'breaking').length;
  return { changes, breaking, nonBreaking: changes.length - breaking };
}

type Emit = (change: Omit<Change, 'operation'>) => void;

function compareParameters(
  docs: { old: Node; new: Node },
  before: OperationInfo,
  after: OperationInfo,
  emit: Emit,
) {
  for (const [where, old] of before.parameters) {
    const next = after.parameters.get(where);
    if (!next) {
      // Both servers refuse a parameter their schema does not know.
      emit({
        kind: 'parameter-removed',
        severity: 'breaking',
        where,
        message: 'parameter removed',
      });
      continue;
    }
    if (old.required !== next.required) {
      emit({
        kind: 'required-changed',
        severity: next.required ? 'breaking' : 'non-breaking',
        where,
        message: next.required ? 'now required' : 'now optional',
      });
    }
    compareSchema(docs, old.schema, next.schema, 'request', where, emit);
  }
  for (const [where, next] of after.parameters) {
    if (before.parameters.has(where)) continue;
    emit({
      kind: 'parameter-added',
      severity: next.required ? 'breaking' : 'non-breaking',
      where,
      message: next.required ? 'required parameter added' : 'optional parameter added',
    });
  }
}

function compareResponse(
  docs: { old: Node; new: Node },
  before: Node,
  after: Node,
  where: string,
  depth: number,
  emit: Emit,
) {
  if (depth > 0) compareSchema(docs, before, after, 'response', where, emit);
  if (depth >= RESPONSE_DEPTH) return;
  const oldFields = fieldsOf(docs.old, before);
  const newFields = fieldsOf(docs.new, after);
  for (const [name, schema] of Object.entries(oldFields.properties)) {
    const field = `${where}${oldFields.prefix}.${name}`;
    if (!Object.hasOwn(newFields.properties, name)) {
      emit({
        kind: 'property-removed',
        severity: 'breaking',
        where: field,
        message: 'field removed',
      });
      continue;
    }
    compareResponse(
      docs,
      deref(docs.old, schema),
      deref(docs.new, newFields.properties[name]),
      field,
      depth + 1,
      emit,
    );
  }
  for (const name of Object.keys(newFields.properties)) {
    if (Object.hasOwn(oldFields.properties, name)) continue;
    const field = `${where}${newFields.prefix}.${name}`;
    emit({
      kind: 'property-added',
      severity: 'non-breaking',
      where: field,
      message: 'field added',
    });
  }
}

/** The fields of an object, or of the objects of an array (`[]` in the name). */
function fieldsOf(document: Node, schema: Node): { prefix: string; properties: Node } {
  if (isNode(schema.properties)) return { prefix: '', properties: schema.properties };
  const items = deref(document, schema.items);
  if (isNode(items.properties)) return { prefix: '[]', properties: items.properties };
  return { prefix: '', properties: {} };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
