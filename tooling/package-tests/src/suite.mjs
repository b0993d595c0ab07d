import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attwProblems, moduleEntrypoints, publintMessages } from './lint.mjs';
import { installPacked } from './pack.mjs';

/** The module entries every product package exports, in its manifest's order. */
export const PRODUCT_ENTRYPOINTS = [
  '.',
  './property-strings',
  './meta',
  './document',
  './document-3.0',
  './types',
];

/**
 * The tests every product package shares, on the package as a user gets it:
 * packed by pnpm with core and installed by npm into an empty project outside
 * the workspace. `tests` adds the product's own, given the installed project.
 */
export function describePackedProduct(product, manifest, tests) {
  let installed;
  beforeAll(async () => {
    installed = await installPacked(product);
  }, 240_000);
  afterAll(() => installed?.cleanup());

  describe(`the packed @proxmox-openapi/${product}`, () => {
    it('passes publint, warnings counted as errors', async () => {
      expect(await publintMessages(installed.tarballs.product)).toEqual([]);
    });

    it('passes Are the Types Wrong for every module entry', async () => {
      const entrypoints = moduleEntrypoints(manifest);
      expect(entrypoints).toEqual(PRODUCT_ENTRYPOINTS);
      expect(await attwProblems(installed.tarballs.product, entrypoints)).toEqual([]);
    }, 180_000);

    tests(() => installed);
  });
}
