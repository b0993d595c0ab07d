import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCTS } from '../src/products.js';

describe('the product packages', () => {
  // `pnpm turbo generate` stages the apidoc before anything is built, so it
  // reads the URL from package.json; the command line reads the built config.
  it.each(Object.keys(PRODUCTS))('%s names one official apidoc URL in both places', (id) => {
    const manifest = JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../../../packages/${id}/package.json`), 'utf8'),
    );
    expect(manifest['proxmox-openapi']).toEqual({
      product: id,
      apidocUrl: PRODUCTS[id]!.apidocUrl,
    });
  });

  it('tells each product by a path that only its apidoc has', () => {
    const markers = Object.values(PRODUCTS).map((product) => product.markerPath);
    expect(new Set(markers).size).toBe(markers.length);
  });
});
