import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { binOf, runNode } from './child.js';
import type { Finding, ValidatorReport } from './finding.js';

/** Spectral's own OpenAPI ruleset, unchanged. */
const RULESET = 'extends: ["spectral:oas"]\n';

/** Spectral's severities: 0 error, 1 warning, 2 information, 3 hint. */
const ERROR = 0;

export async function spectral(documentPath: string, workDir: string): Promise<ValidatorReport> {
  const bin = binOf('@stoplight/spectral-cli', 'spectral');
  if (!bin) {
    return {
      validator: 'spectral',
      available: false,
      findings: [],
      note: 'not available: install @stoplight/spectral-cli@6.16.3 beside proxmox-openapi to use it',
    };
  }
  const ruleset = join(workDir, '.spectral.yaml');
  await writeFile(ruleset, RULESET);
  const result = await runNode(
    bin,
    ['lint', documentPath, '--ruleset', ruleset, '--format', 'json', '--quiet'],
    workDir,
  );
  let problems: SpectralProblem[];
  try {
    problems = result.stdout.trim() === '' ? [] : JSON.parse(result.stdout);
  } catch {
    return {
      validator: 'spectral',
      available: true,
      findings: [{ severity: 'error', message: `spectral lint failed: ${result.stderr.trim()}` }],
    };
  }
  const findings: Finding[] = problems
    .filter((problem) => problem.severity <= 1)
    .map((problem) => ({
      severity: problem.severity === ERROR ? 'error' : 'warning',
      rule: problem.code,
      at: problem.path.length > 0 ? `#/${problem.path.map(escapePointer).join('/')}` : undefined,
      message: problem.message,
    }));
  return { validator: 'spectral', available: true, findings };
}

interface SpectralProblem {
  code: string;
  message: string;
  path: (string | number)[];
  severity: number;
}

function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}
