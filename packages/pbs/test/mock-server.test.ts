import { fileURLToPath } from 'node:url';
import { type MockServer, startPrism } from '@proxmox-openapi/package-tests';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tuning } from '../dist/property-strings.js';
import type { paths } from '../dist/types/openapi.js';

// openapi-fetch, typed by this package, against Prism serving the document:
// Prism refuses requests that break the document (422) and answers the rest
// with a response built from the document's schemas.
const DOCUMENT = fileURLToPath(new URL('../dist/pbs.openapi.json', import.meta.url));
const TOKEN = 'PBSAPIToken=root@pam!ci:00000000-0000-0000-0000-000000000000';

let server: MockServer;
beforeAll(async () => {
  server = await startPrism(DOCUMENT);
}, 120_000);
afterAll(() => server?.stop());

function client() {
  return createClient<paths>({ baseUrl: server.url, headers: { Authorization: TOKEN } });
}

describe('a typed client against the mock server of the PBS document', () => {
  it('GETs the version', async () => {
    const { data, error, response } = await client().GET('/version');
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(typeof data?.data.version).toBe('string');
  });

  it('GETs the datastores', async () => {
    const { data, response } = await client().GET('/config/datastore');
    expect(response.status).toBe(200);
    expect(Array.isArray(data?.data)).toBe(true);
  });

  it('POSTs a new datastore with a property string made by the typed helper', async () => {
    const { response } = await client().POST('/config/datastore', {
      body: {
        name: 'store1',
        path: '/srv/store1',
        tuning: tuning.format({ 'chunk-order': 'inode', 'sync-level': 'filesystem' }),
      },
    });
    expect(response.status).toBe(200);
  });

  it('is refused by the server when the body breaks the document', async () => {
    const { response } = await client().POST('/config/datastore', {
      // @ts-expect-error the types refuse it too: path is required
      body: { name: 'store1' },
    });
    expect(response.status).toBe(422);
  });
});
