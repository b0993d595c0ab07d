import type { ProductConfig } from '../src/product.js';

/** A product as tests need it; values are made up, not PVE's or PBS's. */
export const testProduct: ProductConfig = {
  id: 'test',
  title: 'Test API',
  description: 'For tests',
  apidocUrl: 'https://example.invalid/apidoc.js',
  hostApidocPath: '/nonexistent/apidoc.js',
  markerPath: '/test',
  defaultPort: 8006,
  basePath: '/api2/json',
  patternDialect: 'perl',
  auth: {
    token: { scheme: 'Token', description: 'token' },
    ticket: { scheme: 'Cookie', cookie: 'AuthCookie', description: 'cookie' },
    csrf: { scheme: 'Csrf', header: 'CSRFPreventionToken', description: 'csrf' },
  },
  tags: [{ segment: 'nodes', description: 'Nodes' }],
};
