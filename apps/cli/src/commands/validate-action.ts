import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApidocError } from '@proxmox-openapi/core';
import { parseDocument } from '../document-input.js';
import { EXIT, UsageError } from '../errors.js';
import type { Logger } from '../logger.js';
import { loggerFor, type OutputOptions } from '../options.js';
import type { ValidatorReport } from '../validators/finding.js';
import { redocly } from '../validators/redocly.js';
import { spectral } from '../validators/spectral.js';
import { swaggerParser } from '../validators/swagger-parser.js';
import { VALIDATORS, type Validator } from './validate.js';

/** The flags of `validate` as commander hands them over. */
export interface ValidateFlags extends OutputOptions {
  only?: string[];
  [flag: string]: unknown;
}

/** The work of `validate`, loaded when the command runs. */
export async function validateAction(path: string, options: ValidateFlags) {
  const log = loggerFor(options);
  const selected = (options.only ?? VALIDATORS) as Validator[];
  const unknown = selected.filter((name) => !VALIDATORS.includes(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown validator ${unknown.join(', ')}; expected ${VALIDATORS.join(', ')}`,
    );
  }
  const document = await readDocument(path);
  const workDir = await mkdtemp(join(tmpdir(), 'proxmox-openapi-validate-'));
  let reports: ValidatorReport[];
  try {
    // The child processes read a JSON copy: the same bytes for both, whatever the input's format.
    const copy = join(workDir, 'document.json');
    await writeFile(copy, JSON.stringify(document));
    log.progress('validating ...');
    const run: Record<Validator, () => Promise<ValidatorReport>> = {
      'swagger-parser': () => swaggerParser(document),
      redocly: () => redocly(copy, workDir),
      spectral: () => spectral(copy, workDir),
    };
    reports = await Promise.all(selected.map((name) => run[name]()));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  const errors = reports.flatMap((r) => r.findings).filter((f) => f.severity === 'error').length;
  if (options.json) log.data(`${JSON.stringify({ document: path, errors, reports }, null, 2)}\n`);
  else print(reports, path, log);
  process.exitCode = errors > 0 ? EXIT.finding : EXIT.ok;
}

async function readDocument(path: string): Promise<Record<string, unknown>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ApidocError(`cannot be read (${(error as NodeJS.ErrnoException).code})`, {
      source: path,
      hint: 'expected an OpenAPI document in JSON or YAML',
    });
  }
  const document = parseDocument(decodeDocument(bytes, path), path);
  if (!document) {
    throw new ApidocError('is not an OpenAPI document', {
      source: path,
      hint: 'expected JSON or YAML with an `openapi` field; for an apidoc.js, run generate first',
    });
  }
  return document;
}

function decodeDocument(bytes: Uint8Array, path: string): string {
  const hint = 'expected an OpenAPI document in JSON or YAML';
  if (bytes.length === 0) throw new ApidocError('the file is empty', { source: path, hint });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApidocError('the file is not valid UTF-8', { source: path, hint });
  }
}

function print(reports: ValidatorReport[], path: string, log: Logger) {
  const { colors } = log;
  const lines: string[] = [];
  for (const report of reports) {
    if (!report.available) {
      lines.push(`${report.validator}: ${report.note}`);
      continue;
    }
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.length - errors;
    const verdict = errors > 0 ? colors.red('invalid') : colors.green('valid');
    lines.push(`${report.validator}: ${verdict} (${errors} errors, ${warnings} warnings)`);
    for (const finding of report.findings) {
      const rule = finding.rule ? ` [${finding.rule}]` : '';
      const at = finding.at ? ` at ${finding.at}` : '';
      lines.push(`  ${finding.severity}${rule}${at}: ${finding.message}`);
    }
  }
  log.data(`${path}\n${lines.join('\n')}\n`);
}
