import type { ProductConfig } from '../product.js';
import { type PatternTranslation, translatePattern } from '../regex/translate.js';

/** Something the generator noticed in the apidoc and worked around. */
export interface Diagnostic {
  /** Where in the document: `GET /nodes/{node}/qemu query.vmid`. */
  where: string;
  message: string;
}

/** State shared by the pure transforms of one emit run. */
export interface EmitContext {
  product: ProductConfig;
  diagnostics: Diagnostic[];
  /** Translations by source pattern: the same pattern recurs hundreds of times. */
  patterns: Map<string, PatternTranslation>;
  /** `components.schemas`, by name, in the order they were first used. */
  components: Map<string, unknown>;
  /** Name of each component by its JSON text, so equal schemas share one. */
  componentNames: Map<string, string>;
  /** The operation being emitted, whose id names the components it adds. */
  scope: string;
}

export function createContext(product: ProductConfig): EmitContext {
  return {
    product,
    diagnostics: [],
    patterns: new Map(),
    components: new Map(),
    componentNames: new Map(),
    scope: '',
  };
}

export function warn(ctx: EmitContext, where: string, message: string): void {
  ctx.diagnostics.push({ where, message });
}

export function patternFor(ctx: EmitContext, source: string): PatternTranslation {
  let translation = ctx.patterns.get(source);
  if (!translation) {
    translation = translatePattern(source, ctx.product.patternDialect);
    ctx.patterns.set(source, translation);
  }
  return translation;
}

/**
 * A reference to `schema` as a component. Equal schemas share one component,
 * named after the first place that uses it (`postNodesNodeQemu.net`), so the
 * names follow the tree and do not depend on hashes.
 */
export function componentRef(
  ctx: EmitContext,
  name: string,
  schema: unknown,
  shared = true,
): { $ref: string } {
  // Comparing by JSON text costs a serialization: a schema that is one
  // operation's own (its body) skips it.
  const text = shared ? JSON.stringify(schema) : undefined;
  let chosen = text === undefined ? undefined : ctx.componentNames.get(text);
  if (chosen === undefined) {
    chosen = uniqueName(ctx, `${ctx.scope}.${name}`.replace(/[^A-Za-z0-9._-]/g, '_'));
    if (text !== undefined) ctx.componentNames.set(text, chosen);
    ctx.components.set(chosen, schema);
  }
  return { $ref: `#/components/schemas/${chosen}` };
}

function uniqueName(ctx: EmitContext, base: string): string {
  if (!ctx.components.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!ctx.components.has(`${base}_${n}`)) return `${base}_${n}`;
  }
}
