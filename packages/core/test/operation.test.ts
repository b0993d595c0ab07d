import { describe, expect, it } from 'vitest';
import { emitDocument } from '../src/emit/document.js';
import { assignOperationIds, operationIdFor } from '../src/emit/operation-id.js';
import type { ApiMethod, ApiNode } from '../src/model.js';
import { collectEndpoints } from '../src/source/normalize.js';
import { testProduct } from './fixtures.js';

type Document = {
  paths: Record<string, Record<string, Record<string, any>>>;
  components: { schemas: Record<string, any> };
};

function emit(nodes: ApiNode[], product = testProduct) {
  const endpoints = collectEndpoints(nodes, 'x.js');
  return emitDocument(endpoints, product, {
    apidocSha256: 'ab'.repeat(32),
    generatorVersion: '0',
  }).document as Document;
}

/** The schema behind a `$ref` of the document. */
function resolve(document: Document, schema: { $ref: string }) {
  return document.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
}

function operation(path: string, method: string, api: ApiMethod) {
  return emit([{ path, text: 'x', info: { [method]: api } }]).paths[path]![method.toLowerCase()]!;
}

const vmid = { type: 'integer', description: 'The VM id.', minimum: 100 };

describe('parameters', () => {
  it('makes {name} in the path a required path parameter described by its definition', () => {
    const op = operation('/nodes/{node}/qemu/{vmid}', 'GET', {
      parameters: { properties: { node: { type: 'string' }, vmid } },
    });
    expect(op.parameters).toEqual([
      { name: 'node', in: 'path', required: true, schema: { type: 'string' } },
      {
        name: 'vmid',
        in: 'path',
        description: 'The VM id.',
        required: true,
        schema: { type: 'integer', description: 'The VM id.', minimum: 100 },
      },
    ]);
  });

  it('synthesizes a string path parameter that parameters do not define (as PBS does)', () => {
    const op = operation('/admin/datastore/{store}', 'GET', {});
    expect(op.parameters).toEqual([
      { name: 'store', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it.each(['GET', 'DELETE'])('sends the other %s parameters in the query', (method) => {
    const op = operation('/nodes/{node}', method, {
      parameters: {
        properties: { node: { type: 'string' }, force: { type: 'boolean', optional: 1 }, id: {} },
      },
    });
    expect(op.parameters.map((p: any) => [p.name, p.in, p.required ?? false])).toEqual([
      ['node', 'path', true],
      ['force', 'query', false],
      ['id', 'query', true],
    ]);
    expect(op.requestBody).toBeUndefined();
  });

  it.each(['POST', 'PUT'])(
    'sends the other %s parameters in the body, as form or JSON',
    (method) => {
      const document = emit([
        {
          path: '/nodes/{node}',
          text: 'x',
          info: {
            [method]: {
              parameters: {
                additionalProperties: 0,
                properties: {
                  node: { type: 'string' },
                  force: { type: 'boolean', optional: 1 },
                  id: {},
                },
              },
            },
          },
        },
      ]);
      const op = document.paths['/nodes/{node}']![method.toLowerCase()]!;
      expect(op.parameters.map((p: any) => p.name)).toEqual(['node']);
      const { content } = op.requestBody;
      expect(Object.keys(content)).toEqual([
        'application/x-www-form-urlencoded',
        'application/json',
      ]);
      expect(content['application/json'].schema).toEqual(
        content['application/x-www-form-urlencoded'].schema,
      );
      expect(resolve(document, content['application/json'].schema)).toEqual({
        type: 'object',
        properties: { force: { type: 'boolean' }, id: {} },
        required: ['id'],
        additionalProperties: false,
      });
      expect(op.requestBody.required).toBe(true);
    },
  );

  it('has no request body when only path parameters exist', () => {
    const op = operation('/nodes/{node}', 'POST', {
      parameters: { properties: { node: { type: 'string' } } },
    });
    expect(op.requestBody).toBeUndefined();
  });
});

describe('responses', () => {
  it('wraps the result in {"data": ...}', () => {
    const op = operation('/version', 'GET', {
      returns: { type: 'object', properties: { version: { type: 'string' } } },
    });
    expect(op.responses['200'].content['application/json'].schema).toEqual({
      type: 'object',
      properties: {
        data: {
          type: 'object',
          properties: { version: { type: 'string' } },
          required: ['version'],
        },
      },
      required: ['data'],
    });
  });

  it('accepts any data when returns says nothing', () => {
    const op = operation('/version', 'GET', {});
    expect(op.responses['200'].content['application/json'].schema.properties.data).toEqual({});
  });
});

describe('method fields', () => {
  it('keeps fields without an OpenAPI place as x-proxmox-*', () => {
    const op = operation('/nodes/{node}', 'GET', {
      name: 'index',
      proxyto: 'node',
      protected: 1,
      permissions: { check: ['perm', '/', ['Sys.Audit']] },
      parameters: { properties: { node: { type: 'string' } } },
    });
    expect(op['x-proxmox-name']).toBe('index');
    expect(op['x-proxmox-proxyto']).toBe('node');
    expect(op['x-proxmox-protected']).toBe(1);
    expect(op['x-proxmox-permissions']).toEqual({ check: ['perm', '/', ['Sys.Audit']] });
  });

  it.each<[string, ApiMethod, unknown]>([
    ['GET', {}, [{ Token: [] }, { Cookie: [] }]],
    ['POST', {}, [{ Token: [] }, { Cookie: [], Csrf: [] }]],
    ['PUT', { allowtoken: 0 }, [{ Cookie: [], Csrf: [] }]],
    ['POST', { permissions: { user: 'world' } }, []],
  ])('%s %j needs %j', (method, api, security) => {
    expect(operation('/a', method, api).security).toEqual(security);
  });
});

describe('operation ids', () => {
  it('derives the id from method and path', () => {
    expect(operationIdFor('GET', '/nodes/{node}/qemu/{vmid}/config')).toBe(
      'getNodesNodeQemuVmidConfig',
    );
    expect(operationIdFor('POST', '/access/ticket')).toBe('postAccessTicket');
    expect(operationIdFor('GET', '/backup/_upgrade_/fixed_chunk')).toBe(
      'getBackupUpgradeFixedChunk',
    );
  });

  it('numbers colliding ids by path, whatever the order of the tree', () => {
    const a = { method: 'GET' as const, path: '/a/{b}' };
    const b = { method: 'GET' as const, path: '/a/b' };
    expect(assignOperationIds([a, b])).toEqual(['getAB_2', 'getAB']);
    expect(assignOperationIds([b, a])).toEqual(['getAB', 'getAB_2']);
  });
});
