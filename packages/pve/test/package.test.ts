import { compileStrict, describePackedProduct, runModule } from '@proxmox-openapi/package-tests';
import { expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

describePackedProduct('pve', manifest, (installed) => {
  it('serves the document, its identity and the helpers at run time', async () => {
    const out = await runModule(
      installed().project,
      `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import { document } from '@proxmox-openapi/pve/document';
      import { document as document30 } from '@proxmox-openapi/pve/document-3.0';
      import json from '@proxmox-openapi/pve/openapi.json' with { type: 'json' };
      import { indexedKey, product } from '@proxmox-openapi/pve';
      import { meta } from '@proxmox-openapi/pve/meta';
      import { qemuNet } from '@proxmox-openapi/pve/property-strings';
      const yaml = createRequire(import.meta.url).resolve('@proxmox-openapi/pve/openapi.yaml');
      console.log(JSON.stringify({
        openapi: [document.openapi, document30.openapi, json.openapi],
        sameSha: meta.apidocSha256 === document.info['x-proxmox-apidoc-sha256'],
        product: product.id,
        yaml: readFileSync(yaml, 'utf8').startsWith('openapi: 3.1.0'),
        net: qemuNet.parse('virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1'),
        slot: indexedKey('net[n]', 3),
      }));
      `,
    );
    expect(JSON.parse(out)).toEqual({
      openapi: ['3.1.0', '3.0.3', '3.1.0'],
      sameSha: true,
      product: 'pve',
      yaml: true,
      net: { model: 'virtio', macaddr: 'BC:24:11:00:00:01', bridge: 'vmbr0', firewall: true },
      slot: 'net3',
    });
  });

  it('compiles a typed client against its types with tsc --strict', async () => {
    await compileStrict(installed().project, {
      'client.ts': `
        import createClient from 'openapi-fetch';
        import type { paths } from '@proxmox-openapi/pve/types';
        import { meta } from '@proxmox-openapi/pve/meta';
        import { qemuNet, type QemuNet } from '@proxmox-openapi/pve/property-strings';
        import { document } from '@proxmox-openapi/pve/document';

        const client = createClient<paths>({ baseUrl: 'https://pve.example:8006/api2/json' });

        export async function guests(node: string): Promise<number[]> {
          const { data, error } = await client.GET('/nodes/{node}/qemu', {
            params: { path: { node } },
          });
          if (error) throw new Error('failed');
          return data.data.map((guest) => guest.vmid);
        }

        export async function create(node: string, vmid: number): Promise<string> {
          const net: QemuNet = { model: 'virtio', bridge: 'vmbr0', firewall: true };
          const { data } = await client.POST('/nodes/{node}/qemu', {
            params: { path: { node } },
            body: { vmid, net0: qemuNet.format(net) },
          });
          return data?.data ?? '';
        }

        export async function wrong(node: string) {
          // @ts-expect-error vmid is a number
          await client.POST('/nodes/{node}/qemu', { params: { path: { node } }, body: { vmid: 'x' } });
          // @ts-expect-error the path has no such endpoint
          await client.GET('/nodes/{node}/no-such-thing', { params: { path: { node } } });
        }

        const model: 'virtio' | 'e1000' | string = qemuNet.parse('virtio').model;
        export const identity: string = meta.apidocSha256 + document.info.version + model;
      `,
    });
  }, 180_000);
});
