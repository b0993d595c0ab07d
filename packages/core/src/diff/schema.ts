import type { Change, Severity } from './change.js';
import { deref } from './operations.js';

type Node = Record<string, unknown>;

/** A client sends requests and reads responses: what breaks it differs by direction. */
export type Direction = 'request' | 'response';

type Emit = (change: Omit<Change, 'operation'>) => void;

/**
 * Type, enum and default of one schema, old against new. For a request, a
 * schema that accepts less breaks clients (a narrowed type, an enum value
 * removed, an enum where there was none); for a response, a schema that
 * produces more does (a widened type).
 */
export function compareSchema(
  document: { old: Node; new: Node },
  before: Node,
  after: Node,
  direction: Direction,
  where: string,
  emit: Emit,
): void {
  const oldTypes = typesOf(document.old, before);
  const newTypes = typesOf(document.new, after);
  if (oldTypes.join() !== newTypes.join()) {
    const widened = covers(newTypes, oldTypes);
    const narrowed = covers(oldTypes, newTypes);
    const safe = direction === 'request' ? widened : narrowed;
    emit({
      kind: 'type-changed',
      severity: safe ? 'non-breaking' : 'breaking',
      where,
      message: `type ${oldTypes.join(' | ')} -> ${newTypes.join(' | ')}`,
    });
  }

  if (direction === 'request') {
    compareEnum(before.enum, after.enum, where, emit);
    compareFormatKeys(document, before, after, where, emit);
  }
  if (direction === 'request' && JSON.stringify(before.default) !== JSON.stringify(after.default)) {
    // A new default changes what the server does for clients that leave the
    // field out, but no request that worked is refused: not breaking.
    emit({
      kind: 'default-changed',
      severity: 'non-breaking',
      where,
      message: `default ${show(before.default)} -> ${show(after.default)}`,
    });
  }
}

/**
 * The keys of a property string (`x-proxmox-format`, e.g. `net0`'s `model`,
 * `bridge`): a key removed, or a new required one, breaks a client that builds
 * the string; a new optional key does not.
 */
function compareFormatKeys(
  document: { old: Node; new: Node },
  before: Node,
  after: Node,
  where: string,
  emit: Emit,
): void {
  const oldFormat = deref(document.old, before['x-proxmox-format']);
  const newFormat = deref(document.new, after['x-proxmox-format']);
  const oldKeys = isNode(oldFormat.properties) ? oldFormat.properties : {};
  const newKeys = isNode(newFormat.properties) ? newFormat.properties : {};
  const required = new Set(Array.isArray(newFormat.required) ? newFormat.required : []);
  for (const key of Object.keys(oldKeys)) {
    if (!Object.hasOwn(newKeys, key)) {
      emit({
        kind: 'format-key-removed',
        severity: 'breaking',
        where: `${where}[${key}]`,
        message: 'key removed from the property string',
      });
    }
  }
  for (const key of Object.keys(newKeys)) {
    if (Object.hasOwn(oldKeys, key)) continue;
    emit({
      kind: 'format-key-added',
      severity: required.has(key) ? 'breaking' : 'non-breaking',
      where: `${where}[${key}]`,
      message: required.has(key)
        ? 'required key added to the property string'
        : 'optional key added to the property string',
    });
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compareEnum(before: unknown, after: unknown, where: string, emit: Emit): void {
  const oldValues = Array.isArray(before) ? before.map((v) => JSON.stringify(v)) : undefined;
  const newValues = Array.isArray(after) ? after.map((v) => JSON.stringify(v)) : undefined;
  if (!oldValues && !newValues) return;
  if (!oldValues) {
    emit({
      kind: 'enum-changed',
      severity: 'breaking',
      where,
      message: `now limited to ${newValues!.join(', ')}`,
    });
    return;
  }
  if (!newValues) {
    emit({
      kind: 'enum-changed',
      severity: 'non-breaking',
      where,
      message: 'no longer limited to an enum',
    });
    return;
  }
  const removed = oldValues.filter((v) => !newValues.includes(v));
  const added = newValues.filter((v) => !oldValues.includes(v));
  if (removed.length === 0 && added.length === 0) return;
  const severity: Severity = removed.length > 0 ? 'breaking' : 'non-breaking';
  const parts = [
    removed.length > 0 ? `removed ${removed.join(', ')}` : '',
    added.length > 0 ? `added ${added.join(', ')}` : '',
  ].filter(Boolean);
  emit({ kind: 'enum-changed', severity, where, message: `enum ${parts.join('; ')}` });
}

/**
 * The JSON types a schema allows, sorted: `type` as a name or a list, or the
 * union of `oneOf` / `anyOf` branches; `any` when nothing limits it.
 */
export function typesOf(document: Node, schema: Node, depth = 0): string[] {
  const types = new Set<string>();
  if (typeof schema.type === 'string') types.add(schema.type);
  else if (Array.isArray(schema.type)) for (const t of schema.type) types.add(String(t));
  else {
    const branches = [schema.oneOf, schema.anyOf].find(Array.isArray) as unknown[] | undefined;
    if (!branches || depth > 8) return ['any'];
    for (const branch of branches) {
      for (const t of typesOf(document, deref(document, branch), depth + 1)) types.add(t);
    }
  }
  if (schema.nullable === true) types.add('null');
  return [...types].sort();
}

/** Whether every value of types `inner` is also of types `outer` (`number` holds `integer`). */
function covers(outer: string[], inner: string[]): boolean {
  if (outer.includes('any')) return true;
  if (inner.includes('any')) return false;
  return inner.every((t) => outer.includes(t) || (t === 'integer' && outer.includes('number')));
}

function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}
