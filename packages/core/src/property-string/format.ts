import { isPerlTrue } from './perl.js';

/**
 * The keys of a property string as the emitter describes them in
 * `x-proxmox-format` (see `convertPropertyFormat` in `emit/schema.ts`): an
 * object schema whose `properties` are the keys, with the default key and the
 * aliases as extensions.
 */
export interface PropertyFormat {
  properties?: Record<string, KeySchema>;
  required?: readonly string[];
  'x-proxmox-default-key'?: string;
  'x-proxmox-aliases'?: Record<string, { alias: unknown; keyAlias?: unknown }>;
  [keyword: string]: unknown;
}

/** One key's JSON Schema, with the `x-proxmox-*` fields the emitter keeps. */
export interface KeySchema {
  type?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  'x-proxmox-pattern'?: unknown;
  'x-proxmox-requires'?: unknown;
  [keyword: string]: unknown;
}

/** A parsed value: booleans and numbers typed by their key, everything else a string. */
export type PropertyValue = string | number | boolean;

export type PropertyObject = Record<string, PropertyValue>;

/** The format's parts, looked up safely (`__proto__` is a key like any other). */
export interface FormatView {
  keys: Map<string, KeySchema>;
  required: Set<string>;
  defaultKey: string | undefined;
  /** Alias key -> the key it stands for, and the key its own name is stored under. */
  aliases: Map<string, { alias: string; keyAlias: string | undefined }>;
}

export function viewFormat(format: PropertyFormat): FormatView {
  const keys = new Map(Object.entries(format.properties ?? {}));
  const aliases = new Map<string, { alias: string; keyAlias: string | undefined }>();
  for (const [key, entry] of Object.entries(format['x-proxmox-aliases'] ?? {})) {
    // PVE tests `if (my $alias = ...)`: an alias of '' or '0' is no alias.
    const alias = perlString(entry?.alias);
    if (!isPerlTrue(alias)) continue;
    const keyAlias = perlString(entry?.keyAlias);
    aliases.set(key, { alias: alias!, keyAlias: isPerlTrue(keyAlias) ? keyAlias : undefined });
  }
  const defaultKey = format['x-proxmox-default-key'];
  return {
    keys,
    required: new Set(format.required ?? []),
    defaultKey: typeof defaultKey === 'string' && keys.has(defaultKey) ? defaultKey : undefined,
    aliases,
  };
}

function perlString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Assigns even a key named `__proto__` as an own property, as a Perl hash would hold it. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
