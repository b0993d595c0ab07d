import { compileStrict, describePackedProduct, runModule } from '@proxmox-openapi/package-tests';
import { expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

describePackedProduct('pbs', manifest, (installed) => {
  it('serves the document, its identity and the helpers at run time', async () => {
    const out = await runModule(
      installed().project,
      `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import { document } from '@proxmox-openapi/pbs/document';
      import { document as document30 } from '@proxmox-openapi/pbs/document-3.0';
      import json from '@proxmox-openapi/pbs/openapi.json' with { type: 'json' };
      import { product } from '@proxmox-openapi/pbs';
      import { meta } from '@proxmox-openapi/pbs/meta';
      import { tuning } from '@proxmox-openapi/pbs/property-strings';
      const yaml = createRequire(import.meta.url).resolve('@proxmox-openapi/pbs/openapi.yaml');
      console.log(JSON.stringify({
        openapi: [document.openapi, document30.openapi, json.openapi],
        sameSha: meta.apidocSha256 === document.info['x-proxmox-apidoc-sha256'],
        product: product.id,
        yaml: readFileSync(yaml, 'utf8').startsWith('openapi: 3.1.0'),
        tuning: tuning.parse('chunk-order=none,gc-atime-safety-check=1'),
      }));
      `,
    );
    expect(JSON.parse(out)).toEqual({
      openapi: ['3.1.0', '3.0.3', '3.1.0'],
      sameSha: true,
      product: 'pbs',
      yaml: true,
      tuning: { 'chunk-order': 'none', 'gc-atime-safety-check': true },
    });
  });

  it('compiles a typed client against its types with tsc --strict', async () => {
    await compileStrict(installed().project, {
      'client.ts': `
        import createClient from 'openapi-fetch';
        import type { paths } from '@proxmox-openapi/pbs/types';
        import { meta } from '@proxmox-openapi/pbs/meta';
        import { tuning, type Tuning } from '@proxmox-openapi/pbs/property-strings';
        import { document } from '@proxmox-openapi/pbs/document';

        const client = createClient<paths>({ baseUrl: 'https://pbs.example:8007/api2/json' });

        export async function stores(): Promise<string[]> {
          const { data, error } = await client.GET('/config/datastore');
          if (error) throw new Error('failed');
          return data.data.map((store) => store.name);
        }

        export async function create(name: string, path: string): Promise<void> {
          const options: Tuning = { 'chunk-order': 'inode', 'gc-atime-safety-check': true };
          await client.POST('/config/datastore', {
            body: { name, path, tuning: tuning.format(options) },
          });
        }

        export async function wrong() {
          // @ts-expect-error path is required
          await client.POST('/config/datastore', { body: { name: 'x' } });
          // @ts-expect-error the path has no such endpoint
          await client.GET('/config/no-such-thing');
        }

        const order: 'none' | 'inode' | undefined = tuning.parse('chunk-order=none')['chunk-order'];
        export const identity: string = meta.apidocSha256 + document.info.version + order;
      `,
    });
  }, 180_000);
});
