import { collectRefs, componentOf } from './refs.js';

export interface PathFilter {
  /** Keep only paths under one of these prefixes; all paths when empty. */
  include?: readonly string[] | undefined;
  /** Then drop paths under any of these. */
  exclude?: readonly string[] | undefined;
}

type Document = Record<string, unknown>;

/**
 * A smaller document: the paths the filter keeps, the components they still
 * use (followed through components that use others), and the tags of the
 * operations kept. Security schemes are named by security requirements, not
 * by `$ref`, and are all kept. The input is not changed.
 */
export function filterPaths(document: Document, filter: PathFilter): Document {
  const include = (filter.include ?? []).map(normalizePrefix);
  const exclude = (filter.exclude ?? []).map(normalizePrefix);
  const paths = (document.paths ?? {}) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(paths)) {
    const included = include.length === 0 || include.some((prefix) => underPrefix(path, prefix));
    if (included && !exclude.some((prefix) => underPrefix(path, prefix))) kept[path] = item;
  }

  const out: Document = { ...document, paths: kept };
  if (isObject(document.components)) {
    out.components = usedComponents(out, document.components);
  }
  if (Array.isArray(document.tags)) out.tags = usedTags(document.tags, kept);
  return out;
}

/** `/nodes/` and `/nodes` are the same prefix; a prefix matches whole segments only. */
function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

export function underPrefix(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  return path === prefix || path.startsWith(`${prefix}/`);
}

function usedComponents(document: Document, components: Record<string, unknown>) {
  const { components: _, ...rest } = document;
  const pending = [...collectRefs(rest)];
  const used = new Set<string>();
  while (pending.length > 0) {
    const target = componentOf(pending.pop()!);
    if (!target) continue;
    const id = `${target.section}/${target.name}`;
    if (used.has(id)) continue;
    used.add(id);
    const section = components[target.section];
    if (isObject(section) && Object.hasOwn(section, target.name)) {
      pending.push(...collectRefs(section[target.name]));
    }
  }

  const out: Record<string, unknown> = {};
  for (const [sectionName, section] of Object.entries(components)) {
    if (sectionName === 'securitySchemes' || sectionName.startsWith('x-') || !isObject(section)) {
      out[sectionName] = section;
      continue;
    }
    const keep = Object.entries(section).filter(([name]) => used.has(`${sectionName}/${name}`));
    if (keep.length > 0) out[sectionName] = Object.fromEntries(keep);
  }
  return out;
}

function usedTags(tags: unknown[], paths: Record<string, unknown>): unknown[] {
  const names = new Set<string>();
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (isObject(operation) && Array.isArray(operation.tags)) {
        for (const tag of operation.tags) names.add(String(tag));
      }
    }
  }
  return tags.filter((tag) => isObject(tag) && names.has(String(tag.name)));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
