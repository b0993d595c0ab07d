import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  formatWarning,
  type OutputFormat,
  strictError,
  writeFilesAtomically,
} from '@proxmox-openapi/core';
import { emitStages, readStages, serializeStage } from '../pipeline.js';
import { productNamed } from '../products.js';
import { resolveSource, type SourceOptions } from '../sources.js';
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
}

export interface GenerateSummary {
  product: string;
  source: string;
  origin: string;
  endpoints: number;
  methods: number;
  paths: number;
  /** Files written, or compared with `--check`. */
  files: string[];
  /** With `--check`: files that differ from what would be generated, or are missing. */
  stale: string[];
  /** The document, when it goes to stdout. */
  stdout?: string | undefined;
  warnings: string[];
  /** Debug messages of the caches, printed with `--verbose`. */
  debug: string[];
  ms: Record<string, number>;
}

export async function generateOne(job: GenerateJob): Promise<GenerateSummary> {
  const product = productNamed(job.product)!;
  const stages = new Stages();
  const debug: string[] = [];
  const read = await readStages(resolveSource(job.input, product), job.source, stages, (m) =>
    debug.push(m),
  );
  const { document, diagnostics } = await emitStages(read, product, job, stages);
  const noticed = [
    ...read.warnings,
    ...diagnostics.map((d) => ({ message: `${d.where}: ${d.message}` })),
  ];
  if (job.strict) {
    const error = strictError(read.loaded.source, noticed);
    if (error) throw error;
  }
  const texts = await serializeStage(document, job.formats, stages);
  const files = job.formats.map((format) => ({
    path: join(job.out, `${product.id}.openapi.${format}`),
    content: texts.get(format)!,
  }));

  const stale: string[] = [];
  if (job.out === '-') {
    // stdout carries the document; nothing to write.
  } else if (job.check) {
    await stages.time('write', async () => {
      for (const file of files) {
        const current = await readFile(file.path, 'utf8').catch(() => undefined);
        if (current !== file.content) stale.push(file.path);
      }
    });
  } else {
    await stages.time('write', () => writeFilesAtomically(files));
  }

  const warnings = noticed.map((w) => formatWarning(read.loaded.source, w));
  if (read.loaded.cacheWriteError) warnings.push(read.loaded.cacheWriteError);
  return {
    product: product.id,
    source: read.loaded.source,
    origin: read.loaded.origin,
    endpoints: read.endpoints.length,
    methods: read.endpoints.reduce((n, e) => n + e.methods.length, 0),
    paths: Object.keys(document.paths as object).length,
    files: job.out === '-' ? [] : files.map((f) => f.path),
    stale,
    stdout: job.out === '-' ? files[0]!.content : undefined,
    warnings,
    debug,
    ms: stages.rounded(),
  };
}
