import type { ApiMethod, ApiSchema } from '../model.js';
import type { SchemaOverride } from '../product.js';
import { isSchema } from './schema.js';

/**
 * The method with the product's corrections applied, or the method itself
 * when none applies. The replaced fields and the reason travel along as
 * `x-proxmox-override`, so the document shows what was changed and why. An
 * override whose target is absent (an older apidoc) is skipped; the product
 * packages' tests check that each one applies to the newest snapshot.
 */
export function applyOverrides(
  api: ApiMethod,
  operation: string,
  overrides: SchemaOverride[] | undefined,
): ApiMethod {
  const mine = overrides ? byOperation(overrides).get(operation) : undefined;
  if (!mine) return api;
  const patched = structuredClone(api);
  for (const override of mine) {
    const target = override.parameter
      ? patched.parameters?.properties?.[override.parameter]
      : propertyAt(patched.returns, override.returns);
    if (isSchema(target)) patch(target, override);
  }
  return patched;
}

const indexes = new WeakMap<SchemaOverride[], Map<string, SchemaOverride[]>>();

/** The overrides by operation, built once per table: every method is looked up. */
function byOperation(overrides: SchemaOverride[]): Map<string, SchemaOverride[]> {
  let index = indexes.get(overrides);
  if (!index) {
    index = new Map();
    for (const override of overrides) {
      for (const operation of [override.operation].flat()) {
        index.set(operation, [...(index.get(operation) ?? []), override]);
      }
    }
    indexes.set(overrides, index);
  }
  return index;
}

function propertyAt(schema: ApiSchema | undefined, path: string | undefined): unknown {
  let node: ApiSchema | undefined = schema;
  for (const name of path ? path.split('.') : []) {
    node = node?.properties?.[name] ?? node?.items?.properties?.[name];
  }
  return node;
}

function patch(target: ApiSchema, override: SchemaOverride) {
  const replaced: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(override.set)) {
    replaced[key] = target[key];
    target[key] = value;
  }
  // The replaced fields as JSON text: kept as objects, linters would take
  // them for schemas of the document (a replaced `type: array` without items).
  target.x_override = { reason: override.reason, replaced: JSON.stringify(replaced) };
}
