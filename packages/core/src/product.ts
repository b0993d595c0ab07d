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
  /** Where the viewer's apidoc.js lies on a host of the product. */
  hostApidocPath: string;
  /**
   * A path that only this product's apidoc has, to tell which product an
   * apidoc is when nobody says.
   */
  markerPath: string;
  defaultPort: number;
  /** Path prefix of every endpoint on the server, e.g. `/api2/json`. */
  basePath: string;
  /** Regex dialect of `pattern` fields: PVE writes Perl, PBS Rust. */
  patternDialect: 'perl' | 'rust';
  auth: AuthConfig;
  /** Tag per first path segment, in the order the document lists them. */
  tags: TagConfig[];
  /**
   * Slots of each indexed parameter family, by prefix: `net: 32` means
   * `net[n]` stands for `net0` to `net31`. From the product's sources.
   */
  indexedParameters?: Record<string, number>;
  /** Corrections of the apidoc, one per contradiction, each with its reason. */
  overrides?: SchemaOverride[];
}

/**
 * One correction of the apidoc: the fields in `set` replace those of one
 * parameter (or of the returns schema) of one method, before it is emitted.
 * The document keeps the replaced values and the reason in
 * `x-proxmox-override`.
 */
export interface SchemaOverride {
  /** `METHOD /path`, e.g. `POST /storage`, or several that share the fix. */
  operation: string | string[];
  /** A parameter name. */
  parameter?: string;
  /**
   * Without `parameter`: a property of the method's `returns`, as names
   * joined by dots (`osd`, `data.osd`), looked up in `properties` and in
   * `items.properties`; empty or absent for `returns` itself.
   */
  returns?: string;
  set: Record<string, unknown>;
  reason: string;
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
