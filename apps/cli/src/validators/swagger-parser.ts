import type { ValidatorReport } from './finding.js';

/**
 * @apidevtools/swagger-parser checks the document against the official
 * OpenAPI JSON Schema of its version and resolves every `$ref`. It stops at
 * the first kind of problem, so it reports one finding or none.
 */
export async function swaggerParser(document: Record<string, unknown>): Promise<ValidatorReport> {
  const report: ValidatorReport = { validator: 'swagger-parser', available: true, findings: [] };
  // Loaded on demand: the other commands start faster without it.
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  try {
    await SwaggerParser.validate(structuredClone(document) as never);
  } catch (error) {
    const details = (error as { details?: { message: string; instancePath?: string }[] }).details;
    if (Array.isArray(details) && details.length > 0) {
      for (const detail of details) {
        report.findings.push({
          severity: 'error',
          at: detail.instancePath,
          message: detail.message,
        });
      }
    } else {
      report.findings.push({ severity: 'error', message: (error as Error).message });
    }
  }
  return report;
}
