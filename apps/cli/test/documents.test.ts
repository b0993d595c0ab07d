import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { emitDocument, parseApidocBytes, toJson, toYaml } from '@proxmox-openapi/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PRODUCTS } from '../src/products.js';
import { snapshots } from './snapshots.js';

/**
 * `METHOD path` of every method in the apidoc, found by a walk of its own
 * rather than by the generator's reader: the array is cut out at the line
 * that closes it, as both viewers write it.
 */
function methodsOfApidoc(text: string): string[] {
  const start = text.indexOf('[');
  const end = text.search(/\n\];?\s*\n/);
  const found: string[] = [];
  const walk = (node: any) => {
    for (const method of Object.keys(node.info ?? {})) found.push(`${method} ${node.path}`);
    for (const child of node.children ?? []) walk(child);
  };
  for (const node of JSON.parse(text.slice(start, end + 2))) walk(node);
  return found.sort();
}

function methodsOfDocument(document: any): string[] {
  return Object.entries(document.paths as Record<string, object>)
    .flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

/** Every schema object of the document with its JSON pointer, found by walking it. */
function schemasOf(document: any): [string, any][] {
  const found: [string, any][] = [];
  const pointerKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const at = `#/paths/${pointerKey(path)}/${method}`;
      (op.parameters ?? []).forEach((p: any, i: number) => {
        found.push([`${at}/parameters/${i}/schema`, p.schema]);
      });
      for (const [type, media] of Object.entries<any>(op.requestBody?.content ?? {})) {
        found.push([`${at}/requestBody/content/${pointerKey(type)}/schema`, media.schema]);
      }
      for (const [type, media] of Object.entries<any>(op.responses['200'].content)) {
        found.push([`${at}/responses/200/content/${pointerKey(type)}/schema`, media.schema]);
      }
    }
  }
  for (const name of Object.keys(document.components.schemas)) {
    found.push([`#/components/schemas/${pointerKey(name)}`, document.components.schemas[name]]);
  }
  return found;
}

describe.each(snapshots())('$product $date', ({ product, file }) => {
  const bytes = readFileSync(file);
  const run = () =>
    emitDocument(parseApidocBytes(bytes, file).endpoints, PRODUCTS[product]!, {
      apidocSha256: '0'.repeat(64),
      generatorVersion: 'test',
    });
  const emit = () => run().document;
  const document = emit() as any;

  it('has every endpoint and method of the apidoc, and nothing else', () => {
    const expected = methodsOfApidoc(bytes.toString('utf8'));
    expect(expected.length).toBeGreaterThan(300);
    expect(methodsOfDocument(document)).toEqual(expected);
  });

  it('validates with swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('is the same, byte for byte, when generated again', () => {
    expect(toJson(emit())).toBe(toJson(document));
  });

  it('has YAML that reads back as the JSON document', () => {
    expect(parseYaml(toYaml(document))).toEqual(JSON.parse(toJson(document)));
  });

  it('uses every operationId once', () => {
    const ids = Object.values(document.paths as Record<string, Record<string, any>>).flatMap(
      (item) => Object.values(item).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('compiles every schema with ajv (JSON Schema 2020-12, regexes with the u flag)', () => {
    // Formats are Proxmox's own names and `discriminator` is OpenAPI's: neither
    // is JSON Schema's business. Everything else must compile.
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
    ajv.addSchema({ ...document, $id: 'doc' });
    const schemas = schemasOf(document);
    expect(schemas.length).toBeGreaterThan(500);
    for (const [pointer] of schemas) {
      expect(() => ajv.compile({ $ref: `doc${pointer}` }), pointer).not.toThrow();
    }
  });

  it('keeps every server regex and pairs it with a translation', () => {
    const withPattern: Record<string, unknown>[] = [];
    JSON.stringify(document, (_, value) => {
      if (value && typeof value === 'object' && 'x-proxmox-pattern' in value)
        withPattern.push(value);
      return value;
    });
    expect(withPattern.length).toBeGreaterThan(50);
    for (const schema of withPattern) {
      expect(typeof schema.pattern, String(schema['x-proxmox-pattern'])).toBe('string');
      expect(() => new RegExp(schema.pattern as string, 'u')).not.toThrow();
    }
  });

  it('resolves every $ref', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/(\w+)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(100);
    for (const [, kind, name] of refs)
      expect(document.components[kind!][name!], name).toBeDefined();
  });
});

describe('the newest snapshots in detail', () => {
  const documents = Object.fromEntries(
    (['pve', 'pbs'] as const).map((product) => {
      const { file } = snapshots()
        .filter((s) => s.product === product)
        .at(-1)!;
      const result = emitDocument(
        parseApidocBytes(readFileSync(file), file).endpoints,
        PRODUCTS[product]!,
        {
          apidocSha256: '0'.repeat(64),
          generatorVersion: 'test',
        },
      );
      return [product, result];
    }),
  ) as Record<'pve' | 'pbs', ReturnType<typeof emitDocument>>;
  const pve = documents.pve.document as any;
  const schema = (ref: { $ref: string }) => pve.components.schemas[ref.$ref.split('/').pop()!];

  it('has no contradiction left that an override does not settle', () => {
    expect(documents.pve.diagnostics).toEqual([]);
    expect(documents.pbs.diagnostics).toEqual([]);
  });

  it.each(['pve', 'pbs'] as const)('applies every override of %s', (product) => {
    const text = JSON.stringify(documents[product].document);
    for (const override of PRODUCTS[product]!.overrides ?? []) {
      expect(text, override.reason).toContain(JSON.stringify(override.reason));
    }
  });

  it('names net0..net31 of a new VM and describes the keys of a NIC', () => {
    const body = schema(
      pve.paths['/nodes/{node}/qemu'].post.requestBody.content['application/json'].schema,
    );
    const [pattern, net] = Object.entries<any>(body.patternProperties).find(([p]) =>
      p.startsWith('^net'),
    )!;
    const re = new RegExp(pattern, 'u');
    expect(re.test('net31') && !re.test('net32') && !re.test('net[n]')).toBe(true);
    expect(body.properties['net[n]']).toBeUndefined();
    const nic = schema(net['x-proxmox-format']);
    expect(nic['x-proxmox-default-key']).toBe('model');
    expect(nic.properties.firewall.type).toBe('boolean');
    expect(nic.properties.model.enum).toContain('virtio');
    expect(nic['x-proxmox-aliases'].virtio).toEqual({ alias: 'macaddr', keyAlias: 'model' });
  });

  it('lets anyone log in and keeps tokens out where allowtoken is 0', () => {
    expect(pve.paths['/access/ticket'].post.security).toEqual([]);
    const noToken = Object.values<any>(pve.paths)
      .flatMap((item) => Object.values<any>(item))
      .filter((op) => op['x-proxmox-allowtoken'] === 0);
    expect(noToken.length).toBeGreaterThan(0);
    for (const op of noToken) expect(JSON.stringify(op.security)).not.toContain('PVEAPIToken');
  });

  it('flags the patterns that backtrack exponentially, with an input that shows it', () => {
    const flagged: { pattern: string; 'x-proxmox-redos': { attack: string } }[] = [];
    JSON.stringify(pve, (_, value) => {
      if (value?.['x-proxmox-redos']) flagged.push(value);
      return value;
    });
    expect(flagged.length).toBeGreaterThan(0);
    // The attack itself runs for minutes; shortened, it shows the growth.
    // The least of three runs, so that a pause of the machine spoils nothing.
    const time = (regex: RegExp, input: string) => {
      let least = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        regex.test(input);
        least = Math.min(least, performance.now() - start);
      }
      return least;
    };
    for (const schema of flagged) {
      const { attack } = schema['x-proxmox-redos'];
      expect(attack.length).toBeGreaterThanOrEqual(30);
      const regex = new RegExp(schema.pattern, 'u');
      const cut = (n: number) => attack.slice(0, n) + attack.slice(-1);
      time(regex, cut(8));
      expect(time(regex, cut(20)) / Math.max(time(regex, cut(12)), 0.001)).toBeGreaterThan(16);
    }
  });

  it('turns 0/1 boolean defaults into JSON booleans', () => {
    const force = pve.paths['/cluster/replication/{id}'].delete.parameters.find(
      (p: any) => p.name === 'force',
    );
    expect(force.schema).toMatchObject({ type: 'boolean', default: false });
  });
});
