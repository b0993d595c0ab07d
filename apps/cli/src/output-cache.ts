import { join } from 'node:path';
import {
  type ApidocWarning,
  type CachedOutputs,
  type Diagnostic,
  OutputCache,
  type OutputFormat,
  type ProductConfig,
} from '@proxmox-openapi/core';

declare const __VERSION__: string;

/** What a generate run reports beyond its documents, kept with them so that a hit can say it. */
export interface RunFacts {
  endpoints: number;
  methods: number;
  /** Paths of the document written, after --include and --exclude. */
  paths: number;
  /** The reader's warnings, positions included; the emitter's are the entry's diagnostics. */
  readerWarnings: ApidocWarning[];
}

/** The result of a generate run for one product: its documents and what it noticed. */
export interface GeneratedRun {
  /** One text per format asked for, in that order. */
  texts: string[];
  diagnostics: Diagnostic[];
  facts: RunFacts;
}

/** Everything besides the apidoc's bytes that shapes the documents of a run. */
export interface RunShape {
  openapi: '3.0' | '3.1';
  formats: OutputFormat[];
  include: string[];
  exclude: string[];
}

/**
 * Core's output cache in `<cache-dir>/outputs`. An entry holds the documents
 * and, as one more content after them, the run's facts as JSON: the cache
 * checks every content's SHA-256, so the facts cannot go stale or be half
 * written apart from the documents they describe.
 */
export function openOutputCache(cacheDir: string, debug: (message: string) => void): OutputCache {
  return new OutputCache({ dir: join(cacheDir, 'outputs'), debug });
}

/**
 * The entry of an apidoc and a run's shape. The whole product configuration
 * is part of it, as in core's `generate`, and so is the layout of the entry,
 * which only this command line writes.
 */
export function outputKey(
  cache: OutputCache,
  apidocSha256: string,
  product: ProductConfig,
  shape: RunShape,
): string {
  return cache.keyFor(apidocSha256, {
    entry: 'proxmox-openapi generate, documents then facts',
    product,
    openapi: shape.openapi,
    formats: shape.formats,
    include: shape.include,
    exclude: shape.exclude,
    generatorVersion: __VERSION__,
  });
}

export function toEntry(run: GeneratedRun): CachedOutputs {
  return {
    contents: [...run.texts, JSON.stringify(run.facts)],
    diagnostics: run.diagnostics,
    endpointCount: run.facts.endpoints,
  };
}

/** The run of an entry, or undefined when the entry is not of the layout `toEntry` writes. */
export function fromEntry(entry: CachedOutputs, formats: number): GeneratedRun | undefined {
  if (entry.contents.length !== formats + 1) return undefined;
  try {
    const facts = JSON.parse(entry.contents[formats]!) as RunFacts;
    return { texts: entry.contents.slice(0, formats), diagnostics: entry.diagnostics, facts };
  } catch {
    return undefined;
  }
}
