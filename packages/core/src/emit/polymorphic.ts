import type { ApiSchema } from '../model.js';

/**
 * PVE's section configs (HA rules, SDN fabrics) describe several kinds of
 * object in one property list: a property with `instance-types` belongs only
 * to those kinds, a property with `oneOf` has one schema per kind, and
 * `type-property` names the property whose value is the kind
 * (`PVE::SectionConfig` with property isolation). Here such a list is split
 * into one property list per kind.
 */
export interface Variants {
  /** The discriminating property, e.g. `type`. */
  typeProperty: string;
  /** Properties of each kind, in the order of the type property's enum. */
  kinds: [kind: string, properties: Record<string, ApiSchema>][];
}

export function splitVariants(properties: Record<string, ApiSchema>): Variants | undefined {
  const typeProperty = Object.values(properties).find(
    (schema) => typeof schema?.['type-property'] === 'string',
  )?.['type-property'] as string | undefined;
  if (typeProperty === undefined) return undefined;

  const kinds = kindsOf(properties, typeProperty);
  const byKind = new Map(kinds.map((kind) => [kind, {} as Record<string, ApiSchema>]));
  for (const [name, schema] of Object.entries(properties)) {
    const { 'instance-types': only, 'type-property': _, oneOf, ...rest } = schema;
    if (Array.isArray(oneOf)) {
      for (const alternative of oneOf as ApiSchema[]) {
        const { 'instance-types': altKinds, ...altRest } = alternative;
        const merged: ApiSchema = { ...rest, ...altRest };
        if (rest.optional !== undefined) merged.optional = rest.optional;
        for (const kind of listOf(altKinds)) setIn(byKind, kind, name, merged);
      }
    } else if (Array.isArray(only)) {
      for (const kind of listOf(only)) setIn(byKind, kind, name, rest);
    } else {
      for (const list of byKind.values()) list[name] = rest;
    }
  }
  return { typeProperty, kinds: [...byKind] };
}

/** The kinds, from the type property's enum, or else from every `instance-types`. */
function kindsOf(properties: Record<string, ApiSchema>, typeProperty: string): string[] {
  const declared = properties[typeProperty]?.enum;
  if (Array.isArray(declared)) return declared.map(String);
  const kinds = new Set<string>();
  for (const schema of Object.values(properties)) {
    for (const kind of listOf(schema['instance-types'])) kinds.add(kind);
    for (const alternative of listOf<ApiSchema>(schema.oneOf)) {
      for (const kind of listOf(alternative['instance-types'])) kinds.add(kind);
    }
  }
  return [...kinds];
}

/** Adds a property to a kind; a kind missing from the type property's enum is skipped. */
function setIn(
  byKind: Map<string, Record<string, ApiSchema>>,
  kind: string,
  name: string,
  schema: ApiSchema,
): void {
  const list = byKind.get(kind);
  if (list) list[name] = schema;
}

function listOf<T = string>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
