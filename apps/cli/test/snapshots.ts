import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The real apidoc snapshots beside the repository: ../shared/apidoc/<product>/<date>.js. */
export const SHARED_APIDOC = resolve(import.meta.dirname, '../../../../shared/apidoc');

export interface Snapshot {
  product: 'pve' | 'pbs';
  date: string;
  file: string;
}

export function snapshots(): Snapshot[] {
  if (!existsSync(SHARED_APIDOC)) {
    throw new Error(`the apidoc snapshots are missing: expected them in ${SHARED_APIDOC}`);
  }
  return (['pve', 'pbs'] as const).flatMap((product) =>
    readdirSync(join(SHARED_APIDOC, product))
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => ({
        product,
        date: name.slice(0, -3),
        file: join(SHARED_APIDOC, product, name),
      })),
  );
}

export function newest(product: 'pve' | 'pbs'): Snapshot {
  return snapshots()
    .filter((s) => s.product === product)
    .at(-1)!;
}
