export { product } from './product.js';
