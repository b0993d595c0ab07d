/**
 * Local references of a document: `$ref` values (OpenAPI 3.1, 4.8.23) and the
 * values of a discriminator's `mapping` (4.8.25), which name schemas by
 * reference too. Extensions are searched as well: an `x-` value may hold a
 * schema with references of its own.
 */
export function collectRefs(value: unknown, found: Set<string> = new Set()): Set<string> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else if (key === 'mapping' && isStringMap(child)) {
        for (const target of Object.values(child)) if (target.startsWith('#')) found.add(target);
      } else stack.push(child);
    }
  }
  return found;
}

/** `section` and `name` of a reference into `#/components/<section>/<name>[/...]`. */
export function componentOf(ref: string): { section: string; name: string } | undefined {
  const match = /^#\/components\/([^/]+)\/([^/]+)/.exec(ref);
  if (!match) return undefined;
  return { section: unescapePointer(match[1]!), name: unescapePointer(match[2]!) };
}

/** A JSON Pointer token (RFC 6901, 4): `~1` is `/`, `~0` is `~`, after percent-decoding. */
export function unescapePointer(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The value a local reference points at, or undefined when it points at nothing. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node = document;
  for (const token of ref.slice(1).split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    const key = unescapePointer(token);
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function isStringMap(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}
