// Placeholder until the pattern translation lands: it translates nothing.
export type PatternDialect = 'perl' | 'rust';
export type PatternTranslation = { ok: true; pattern: string } | { ok: false; reason: string };
export function translatePattern(_source: string, _dialect: PatternDialect): PatternTranslation {
  return { ok: false, reason: 'pattern translation is not implemented yet' };
}
