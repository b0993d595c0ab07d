// The documents a product package ships: the OpenAPI 3.1 document that
// `generate` writes, and one more per conversion below, written beside it as
// dist/<product>.openapi<suffix>.{json,yaml} and exported as
// `./openapi<suffix>.json` and `./document<suffix>`.
//
// Another version is one entry here, plus its `exports` lines in the
// product packages' package.json.
import { toOpenApi30 } from '../../dist/lib/index.js';

const CONVERSIONS = [{ suffix: '-3.0', openapi: '3.0.3', convert: toOpenApi30 }];

export function documentVariants(document) {
  return [
    { suffix: '', openapi: document.openapi, document, written: true },
    ...CONVERSIONS.map(({ suffix, openapi, convert }) => ({
      suffix,
      openapi,
      document: convert(document),
      written: false,
    })),
  ];
}
