/**
 * What core needs to know of a product. Each product package describes itself
 * with one of these, as data; core holds no product names.
 */
export interface ProductConfig {
  /** Short name used in file names: `pve` gives `pve.openapi.json`. */
  id: string;
  title: string;
  description: string;
  /** Where the API viewer serves the apidoc. */
  apidocUrl: string;
  defaultPort: number;
  /** Path prefix of every endpoint on the server, e.g. `/api2/json`. */
  basePath: string;
  /** Regex dialect of `pattern` fields: PVE writes Perl, PBS Rust. */
  patternDialect: 'perl' | 'rust';
  auth: AuthConfig;
  /** Tag per first path segment, in the order the document lists them. */
  tags: TagConfig[];
}

export interface AuthConfig {
  /** API token scheme, sent in the `Authorization` header. */
  token: { scheme: string; description: string };
  /** Ticket cookie scheme, as set by `POST /access/ticket`. */
  ticket: { scheme: string; cookie: string; description: string };
  /** CSRF header that cookie-authenticated writes need. */
  csrf: { scheme: string; header: string; description: string };
}

export interface TagConfig {
  /** First path segment, e.g. `nodes` for `/nodes/{node}`. */
  segment: string;
  description: string;
}
