import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { binOf, runNode } from './child.js';
import type { Finding, ValidatorReport } from './finding.js';

/**
 * Redocly's `recommended` ruleset, less the rules about style or
 * completeness of prose rather than validity:
 * - operation-4xx-response: every operation has a `default` response for
 *   errors (both servers send their errors the same way), which this rule
 *   does not count;
 * - operation-summary: the apidoc has methods without a description, and the
 *   generator does not invent one;
 * - tag-description: tags for path segments the product configuration does
 *   not describe are listed by name only;
 * - info-license-strict: asks for a license URL; the document gives the SPDX
 *   identifier, which names the license exactly.
 */
const CONFIG = `extends:
  - recommended
rules:
  operation-4xx-response: off
  operation-summary: off
  tag-description: off
  info-license-strict: off
`;

export async function redocly(documentPath: string, workDir: string): Promise<ValidatorReport> {
  const bin = binOf('@redocly/cli', 'redocly');
  if (!bin) return unavailable();
  const config = join(workDir, 'redocly.yaml');
  await writeFile(config, CONFIG);
  const result = await runNode(
    bin,
    ['lint', documentPath, '--config', config, '--format', 'json', '--max-problems', '1000'],
    workDir,
  );
  let parsed: { problems?: RedoclyProblem[] };
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    return {
      validator: 'redocly',
      available: true,
      findings: [{ severity: 'error', message: `redocly lint failed: ${result.stderr.trim()}` }],
    };
  }
  const findings: Finding[] = (parsed.problems ?? []).map((problem) => ({
    severity: problem.severity === 'error' ? 'error' : 'warning',
    rule: problem.ruleId,
    at: problem.location?.[0]?.pointer,
    message: problem.message,
  }));
  return { validator: 'redocly', available: true, findings };
}

interface RedoclyProblem {
  ruleId: string;
  severity: string;
  message: string;
  location?: { pointer?: string }[];
}

function unavailable(): ValidatorReport {
  return {
    validator: 'redocly',
    available: false,
    findings: [],
    note: 'not available: install @redocly/cli@2.77.0 beside proxmox-openapi to use it',
  };
}
