/**
 * The api schema as Proxmox writes it: the tree behind the API viewer, built
 * by PVE's `PVE::RESTHandler` (Perl) and PBS's `proxmox-router` (Rust). Field
 * names are Proxmox's own; values are as loose as the apidoc has them (`1`,
 * `"1"` and `true` all occur for a flag), and are made strict by the emitter.
 */

/** A node of the tree: one path, with methods where it is an endpoint. */
export interface ApiNode {
  /** Absolute path, e.g. `/nodes/{node}/qemu`; never relative to the parent. */
  path: string;
  /** The last segment, as the viewer shows it. */
  text: string;
  leaf?: unknown;
  /** Methods of the endpoint, keyed by HTTP method. Absent on plain folders. */
  info?: Record<string, ApiMethod>;
  children?: ApiNode[];
  [field: string]: unknown;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiMethod {
  method?: string;
  /** PVE's handler name (`vm_config`); absent in PBS. */
  name?: string;
  description?: string;
  parameters?: ApiSchema;
  returns?: ApiSchema;
  permissions?: ApiPermissions;
  allowtoken?: unknown;
  protected?: unknown;
  proxyto?: string;
  download_allowed?: unknown;
  expose_credentials?: unknown;
  unstable?: unknown;
  [field: string]: unknown;
}

export interface ApiPermissions {
  description?: string;
  user?: string;
  check?: unknown;
  [field: string]: unknown;
}

/** PVE's JSON schema dialect (`PVE::JSONSchema`), which PBS's router mirrors. */
export interface ApiSchema {
  type?: string;
  description?: string;
  verbose_description?: string;
  title?: string;
  optional?: unknown;
  default?: unknown;
  enum?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  minLength?: unknown;
  maxLength?: unknown;
  pattern?: string;
  /** A format name, or a property string's keys: a map of keys (PVE) or an object schema (PBS). */
  format?: string | Record<string, unknown>;
  format_description?: string;
  typetext?: string;
  items?: ApiSchema;
  properties?: Record<string, ApiSchema>;
  additionalProperties?: unknown;
  requires?: unknown;
  links?: unknown;
  [field: string]: unknown;
}

/** One endpoint of the tree with its methods, in tree order. */
export interface ApiEndpoint {
  path: string;
  node: ApiNode;
  methods: [HttpMethod, ApiMethod][];
}
