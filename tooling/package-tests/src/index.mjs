export { attwProblems, moduleEntrypoints, publintMessages } from './lint.mjs';
export {
  CLIENT_DEPENDENCIES,
  compileStrict,
  installPacked,
  packPackage,
  runModule,
} from './pack.mjs';
export { startPrism } from './prism.mjs';
export { describePackedProduct, PRODUCT_ENTRYPOINTS } from './suite.mjs';
