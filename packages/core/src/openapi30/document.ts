import { convertSchema30, KEPT_PREFIX } from './schema.js';

type Node = Record<string, unknown>;

/**
 * The OpenAPI 3.0.3 form of a 3.1 document. Structure is the same in both
 * versions except for what is rewritten here: Schema Objects (`schema.ts`),
 * Reference Objects that carry `summary` / `description` (3.1 only),
 * `info.license.identifier`, `info.summary`, `jsonSchemaDialect` and
 * `webhooks` (3.1 only). Extensions (`x-*`) are copied as they are, even when
 * they hold schemas: they are ours, not the specification's.
 * `components.pathItems` and the `mutualTLS` security scheme (3.1 only) are
 * not rewritten: the generator emits neither.
 */
export function toOpenApi30(document: Node): Node {
  const out = walk(document, false) as Node;
  out.openapi = '3.0.3';
  delete out.jsonSchemaDialect;
  if (isObject(out.info)) {
    const info = { ...out.info };
    if (isObject(info.license)) {
      const { identifier: _, ...license } = info.license;
      info.license = license;
    }
    if ('summary' in info) {
      info[`${KEPT_PREFIX}summary`] = info.summary;
      delete info.summary;
    }
    out.info = info;
  }
  if ('webhooks' in out) {
    out[`${KEPT_PREFIX}webhooks`] = out.webhooks;
    delete out.webhooks;
  }
  if (isObject(out.components) && isObject(out.components.schemas)) {
    out.components = {
      ...out.components,
      schemas: Object.fromEntries(
        Object.entries(out.components.schemas).map(([name, schema]) => [
          name,
          convertSchema30(schema),
        ]),
      ),
    };
  }
  return out;
}

/**
 * Copies the document, converting every value under a `schema` key (of a
 * Parameter, Header or Media Type Object) as a Schema Object.
 * `components.schemas` is converted by the caller; schemas are not walked
 * here, so a property named `schema` is not mistaken for one.
 */
function walk(value: unknown, inComponents: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, false));
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string') {
    // A Reference Object: 3.1 allows `summary` and `description` beside it (4.8.23).
    return { $ref: value.$ref };
  }
  const out: Node = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('x-')) out[key] = child;
    else if (key === 'schema') out[key] = convertSchema30(child);
    else if (inComponents && key === 'schemas') out[key] = child;
    else out[key] = walk(child, key === 'components');
  }
  return out;
}

function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
