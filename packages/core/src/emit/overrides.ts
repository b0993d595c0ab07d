import type { ApiMethod, ApiSchema } from '../model.js';
import type { SchemaOverride } from '../product.js';
import { type EmitContext, warn } from './context.js';
import { isSchema } from './schema.js';

/**
 * The method with the product's corrections applied, or the method itself
 * when none applies. The replaced fields and the reason travel along as
 * `x-proxmox-override`, so the document shows what was changed and why. An
 * override whose target is gone is reported, so stale fixes get noticed.
 */
export function applyOverrides(
  api: ApiMethod,
  operation: string,
  overrides: SchemaOverride[] | undefined,
  ctx: EmitContext,
): ApiMethod {
  const mine = overrides?.filter((override) => override.operation === operation) ?? [];
  if (mine.length === 0) return api;
  const patched = structuredClone(api);
  for (const override of mine) {
    const target = override.parameter
      ? patched.parameters?.properties?.[override.parameter]
      : patched.returns;
    if (!isSchema(target)) {
      warn(ctx, operation, `override for ${override.parameter ?? 'returns'} no longer applies`);
      continue;
    }
    patch(target, override);
  }
  return patched;
}

function patch(target: ApiSchema, override: SchemaOverride) {
  const replaced: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(override.set)) {
    replaced[key] = target[key];
    target[key] = value;
  }
  target.x_override = { reason: override.reason, replaced };
}
