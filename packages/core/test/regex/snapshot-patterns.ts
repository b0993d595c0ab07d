import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PatternDialect } from '../../src/regex/translate.js';

/** The apidoc snapshots live beside the repository, never inside it. */
export const APIDOC_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../..',
  '../shared/apidoc',
);

export interface ProductPatterns {
  product: 'pve' | 'pbs';
  dialect: PatternDialect;
  /** Every distinct `pattern` value in all snapshots of the product, in a fixed order. */
  patterns: string[];
}

const PRODUCTS = [
  { product: 'pve', dialect: 'perl' },
  { product: 'pbs', dialect: 'rust' },
] as const;

/** The patterns of every snapshot, or undefined when the snapshot folder is missing. */
export function loadSnapshotPatterns(): ProductPatterns[] | undefined {
  if (!existsSync(APIDOC_DIR)) return undefined;
  return PRODUCTS.map(({ product, dialect }) => {
    const folder = join(APIDOC_DIR, product);
    const patterns = new Set<string>();
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.js'))
      .sort()) {
      collectPatterns(readApiSchema(readFileSync(join(folder, file), 'utf8')), patterns);
    }
    return { product, dialect, patterns: [...patterns] };
  });
}

/**
 * The `apiSchema` array: it starts at the first `[` after the declaration and
 * ends at a line that is only `]` or `];`, and is JSON in between.
 */
function readApiSchema(text: string): unknown {
  const start = text.indexOf('[', text.search(/apiSchema\s*=/));
  const end = /^\];?$/m.exec(text.slice(start));
  if (start < 0 || !end) throw new Error('no apiSchema array found in an apidoc snapshot');
  return JSON.parse(text.slice(start, start + end.index + 1));
}

/** Every string-valued `pattern` key anywhere in the tree. */
function collectPatterns(tree: unknown, into: Set<string>): void {
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (key === 'pattern' && typeof child === 'string') into.add(child);
        else stack.push(child);
      }
    }
  }
}
