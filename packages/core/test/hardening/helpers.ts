import { fileURLToPath } from 'node:url';
import { ApidocError } from '../../src/errors.js';

/** The real apidoc snapshots beside the repository (`../shared/apidoc` from its root). */
export const SNAPSHOTS = fileURLToPath(new URL('../../../../../shared/apidoc/', import.meta.url));
export const PVE_SNAPSHOT = `${SNAPSHOTS}pve/2026-01-04.js`;
export const PBS_SNAPSHOT = `${SNAPSHOTS}pbs/2026-07-05.js`;

/** The `ApidocError` that `run` throws; fails the test on any other outcome. */
export function apidocErrorOf(run: () => unknown): ApidocError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApidocError) return error;
    throw error;
  }
  throw new Error('expected an ApidocError');
}

export async function apidocErrorOfAsync(run: () => Promise<unknown>): Promise<ApidocError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ApidocError) return error;
    throw error;
  }
  throw new Error('expected an ApidocError');
}

export const encode = (text: string) => new TextEncoder().encode(text);
