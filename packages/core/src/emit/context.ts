import type { ProductConfig } from '../product.js';
import { type PatternTranslation, translatePattern } from '../regex/translate.js';

/** Something the generator noticed in the apidoc and worked around. */
export interface Diagnostic {
  /** Where in the document: `GET /nodes/{node}/qemu parameters.vmid`. */
  where: string;
  message: string;
}

/** State shared by the pure transforms of one emit run. */
export interface EmitContext {
  product: ProductConfig;
  diagnostics: Diagnostic[];
  /** Translations by source pattern: the same pattern recurs hundreds of times. */
  patterns: Map<string, PatternTranslation>;
}

export function createContext(product: ProductConfig): EmitContext {
  return { product, diagnostics: [], patterns: new Map() };
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
