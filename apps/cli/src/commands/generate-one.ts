import { join } from 'node:path';
import {
  type ApidocWarning,
  formatWarning,
  type OutputFormat,
  type ProductConfig,
  strictError,
} from '@proxmox-openapi/core';
import {
  fromEntry,
  type GeneratedRun,
  openOutputCache,
  outputKey,
  toEntry,
} from '../output-cache.js';
import { differingFiles, writeChangedFiles } from '../output-files.js';
import { productNamed } from '../products.js';
import { type LoadedApidoc, loadApidoc, resolveSource, type SourceOptions } from '../sources.js';
import { Stages } from '../stages.js';

/** Everything `generate` needs for one product, as plain data so a worker thread can take it. */
export interface GenerateJob {
  product: string;
  input?: string | undefined;
  /** A folder, or `-` for stdout. */
  out: string;
  formats: OutputFormat[];
  openapi: '3.0' | '3.1';
  include: string[];
  exclude: string[];
  check: boolean;
  /** Warnings of the reader and the emitter fail the run, before anything is written. */
  strict: boolean;
  source: SourceOptions;
  /**
   * The apidoc, when the main thread has read it and found no output-cache
   * entry for it (`generate all` asks the cache before it starts a worker),
   * so that the worker does not read or download it again.
   */
  loaded?: LoadedApidoc | undefined;
}

export interface GenerateSummary {
  product: string;
  source: string;
  origin: string;
  /** `hit` when the documents came from the output cache; `off` with --no-cache. */
  outputCache: 'hit' | 'miss' | 'off';
  endpoints: number;
  methods: number;
  paths: number;
  /** Files written, or compared with `--check`. */
  files: string[];
  /** Files that already held the right bytes and were left untouched. */
  unchanged: string[];
  /** With `--check`: files that differ from what would be generated, or are missing. */
  stale: string[];
  /** The document, when it goes to stdout. */
  stdout?: string | undefined;
  warnings: string[];
  /** Debug messages of the caches, printed with `--verbose`. */
  debug: string[];
  ms: Record<string, number>;
}

/** A job's apidoc, read, and the output cache's answer for it: all that a hit needs. */
export interface LookedUp {
  loaded: LoadedApidoc;
  /** The documents of an earlier run with the same apidoc and options. */
  hit: GeneratedRun | undefined;
  stages: Stages;
  debug: string[];
}

/** Reads the apidoc (unless the job carries it) and asks the output cache. */
export async function lookUp(job: GenerateJob): Promise<LookedUp> {
  const product = productNamed(job.product)!;
  const stages = new Stages();
  const debug: string[] = [];
  // A job that carries its apidoc was looked up by the main thread already.
  if (job.loaded) return { loaded: job.loaded, hit: undefined, stages, debug };
  const loaded = await stages.time('read', () =>
    loadApidoc(resolveSource(job.input, product), job.source),
  );
  if (!job.source.cache) return { loaded, hit: undefined, stages, debug };
  const cache = openOutputCache(job.source.cacheDir, (m) => debug.push(m));
  const key = outputKey(cache, loaded.sha256, product, job);
  const hit = await stages.time('lookup', () => {
    const entry = cache.get(key);
    return entry && fromEntry(entry, job.formats.length);
  });
  if (!hit) debug.push(`output cache: miss for ${key.slice(0, 12)}`);
  return { loaded, hit, stages, debug };
}

/**
 * Generates one product's documents: from the output cache when it has them
 * for this apidoc and these options; otherwise the pipeline is loaded, to
 * parse, emit and serialize, and the documents are stored for the next run.
 */
export async function generateOne(job: GenerateJob, lookedUp?: LookedUp): Promise<GenerateSummary> {
  const product = productNamed(job.product)!;
  const { loaded, hit, stages, debug } = lookedUp ?? (await lookUp(job));
  const run = hit ?? (await generateRun(loaded, product, job, stages, (m) => debug.push(m)));
  if (hit && job.strict) throwOnWarnings(loaded.source, run);

  const files = job.formats.map((format, index) => ({
    path: join(job.out, `${product.id}.openapi.${format}`),
    content: run.texts[index]!,
  }));
  let stale: string[] = [];
  let changed = files;
  if (job.out === '-') {
    // stdout carries the document; nothing to write.
  } else if (job.check) {
    stale = (await stages.time('write', () => differingFiles(files))).map((f) => f.path);
  } else {
    changed = await stages.time('write', () => writeChangedFiles(files));
  }
  // Stored once the user's files are in place; a cache folder that cannot be written costs
  // only the next run's speed (OutputCache.set reports it as a debug message).
  if (job.source.cache && !hit) {
    const cache = openOutputCache(job.source.cacheDir, (m) => debug.push(m));
    cache.set(outputKey(cache, loaded.sha256, product, job), toEntry(run));
  }

  const warnings = noticedOf(run).map((w) => formatWarning(loaded.source, w));
  if (loaded.cacheWriteError) warnings.push(loaded.cacheWriteError);
  const written = job.out === '-' ? [] : files.map((f) => f.path);
  return {
    product: product.id,
    source: loaded.source,
    origin: loaded.origin,
    outputCache: !job.source.cache ? 'off' : hit ? 'hit' : 'miss',
    endpoints: run.facts.endpoints,
    methods: run.facts.methods,
    paths: run.facts.paths,
    files: written,
    unchanged: job.check ? [] : written.filter((path) => !changed.some((f) => f.path === path)),
    stale,
    stdout: job.out === '-' ? files[0]!.content : undefined,
    warnings,
    debug,
    ms: stages.rounded(),
  };
}

/** Parse, emit and serialize: the pipeline is loaded here, on a miss, and not before. */
async function generateRun(
  loaded: LoadedApidoc,
  product: ProductConfig,
  job: GenerateJob,
  stages: Stages,
  debug: (message: string) => void,
): Promise<GeneratedRun> {
  const { emitStages, parseStages, serializeStage } = await import('../pipeline.js');
  const read = await parseStages(loaded, job.source, stages, debug);
  const { document, diagnostics } = await emitStages(read, product, job, stages);
  const facts = {
    endpoints: read.endpoints.length,
    methods: read.endpoints.reduce((n, e) => n + e.methods.length, 0),
    paths: Object.keys(document.paths as object).length,
    readerWarnings: read.warnings,
  };
  const run = { texts: [], diagnostics, facts };
  // Before serializing: a strict run that fails has no use for the texts.
  if (job.strict) throwOnWarnings(loaded.source, run);
  const texts = await serializeStage(document, job.formats, stages);
  return { ...run, texts: job.formats.map((format) => texts.get(format)!) };
}

/** What the reader and the emitter noticed and went past, in that order. */
function noticedOf(run: GeneratedRun): ApidocWarning[] {
  return [
    ...run.facts.readerWarnings,
    ...run.diagnostics.map((d) => ({ message: `${d.where}: ${d.message}` })),
  ];
}

function throwOnWarnings(source: string, run: GeneratedRun): void {
  const error = strictError(source, noticedOf(run));
  if (error) throw error;
}
