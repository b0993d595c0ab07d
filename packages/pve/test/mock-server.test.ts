import { fileURLToPath } from 'node:url';
import { type MockServer, startPrism } from '@proxmox-openapi/package-tests';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qemuNet } from '../dist/property-strings.js';
import type { paths } from '../dist/types/openapi.js';

// openapi-fetch, typed by this package, against Prism serving the document:
// Prism refuses requests that break the document (422) and answers the rest
// with a response built from the document's schemas.
const DOCUMENT = fileURLToPath(new URL('../dist/pve.openapi.json', import.meta.url));
const TOKEN = 'PVEAPIToken=root@pam!ci=00000000-0000-0000-0000-000000000000';

let server: MockServer;
beforeAll(async () => {
  server = await startPrism(DOCUMENT);
}, 120_000);
afterAll(() => server?.stop());

function client() {
  return createClient<paths>({ baseUrl: server.url, headers: { Authorization: TOKEN } });
}

describe('a typed client against the mock server of the PVE document', () => {
  it('GETs the version', async () => {
    const { data, error, response } = await client().GET('/version');
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(typeof data?.data.version).toBe('string');
  });

  it('GETs the guests of a node, with a path parameter', async () => {
    const { data, response } = await client().GET('/nodes/{node}/qemu', {
      params: { path: { node: 'pve1' } },
    });
    expect(response.status).toBe(200);
    expect(Array.isArray(data?.data)).toBe(true);
  });

  it('POSTs a new guest with a property string made by the typed helper', async () => {
    const net0 = qemuNet.format({ model: 'virtio', bridge: 'vmbr0', firewall: true });
    const { data, response } = await client().POST('/nodes/{node}/qemu', {
      params: { path: { node: 'pve1' } },
      body: { vmid: 100, name: 'ci', memory: '2048', net0 },
    });
    expect(response.status).toBe(200);
    expect(typeof data?.data).toBe('string');
  });

  it('is refused by the server when the body breaks the document', async () => {
    const { response } = await client().POST('/nodes/{node}/qemu', {
      params: { path: { node: 'pve1' } },
      // @ts-expect-error the types refuse it too: vmid is a number
      body: { vmid: 'one hundred' },
    });
    expect(response.status).toBe(422);
  });
});
