// Everything a product package ships besides the document that `generate`
// wrote: other OpenAPI versions, the document as a module, the types of its
// paths, the property-string helpers and the apidoc's identity, each an entry
// of its own. The main entry stays the code compiled from src/ (dist/lib),
// which exists before `generate` runs: the command line bundles it at build
// time. Returns files relative to dist/.
import { toJson, toYaml } from '../../dist/lib/index.js';
import { documentModuleFiles } from './document-module.mjs';
import { metaFiles } from './meta.mjs';
import { propertyStringFiles } from './property-strings.mjs';
import { typesFiles } from './types.mjs';
import { documentVariants } from './variants.mjs';

export async function packageArtifacts({ product, document, packageDir }) {
  const variants = documentVariants(document);
  const documents = variants
    .filter((variant) => !variant.written)
    .flatMap(({ suffix, document: converted }) => [
      { name: `${product.id}.openapi${suffix}.json`, content: toJson(converted) },
      { name: `${product.id}.openapi${suffix}.yaml`, content: toYaml(converted) },
    ]);
  return [
    ...documents,
    ...documentModuleFiles({ product, variants }),
    ...(await typesFiles({ packageDir, document })),
    ...propertyStringFiles({ document }),
    ...metaFiles({ product, document }),
  ];
}
