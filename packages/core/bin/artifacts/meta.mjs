// What a product package was built from, so that a user can tell which
// apidoc their document describes: the apidoc's SHA-256 (the same value as
// the document's `info['x-proxmox-apidoc-sha256']`) and the generator version.
export function metaFiles({ product, document }) {
  const info = document.info;
  const meta = {
    product: product.id,
    title: product.title,
    openapi: document.openapi,
    apidocSha256: info['x-proxmox-apidoc-sha256'],
    apidocUrl: product.apidocUrl,
    generatorVersion: info['x-proxmox-openapi-version'],
  };
  const json = `${JSON.stringify(meta, null, 2)}\n`;
  return [
    { name: 'meta.json', content: json },
    { name: 'meta.js', content: `export const meta = Object.freeze(${json.trimEnd()});\n` },
    {
      name: 'meta.d.ts',
      content: [
        '/** The apidoc this package was generated from, and by which generator version. */',
        'export declare const meta: {',
        `  readonly product: ${JSON.stringify(meta.product)};`,
        '  readonly title: string;',
        `  readonly openapi: ${JSON.stringify(meta.openapi)};`,
        '  /** Hex SHA-256 of the apidoc.js the document was generated from. */',
        '  readonly apidocSha256: string;',
        '  /** Where the apidoc is published; the snapshot itself is named by its hash. */',
        '  readonly apidocUrl: string;',
        '  /** Version of @proxmox-openapi/core that generated the document. */',
        '  readonly generatorVersion: string;',
        '};',
        '',
      ].join('\n'),
    },
  ];
}
