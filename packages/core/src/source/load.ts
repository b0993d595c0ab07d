import { readFile, stat } from 'node:fs/promises';
import { ApidocError } from '../errors.js';

export interface LoadedSource {
  /** The path or URL, as the user gave it: messages name it. */
  source: string;
  bytes: Uint8Array;
}

export interface LoadOptions {
  /** Milliseconds before a download is abandoned. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes; the real apidocs are under 5 MB. */
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The bytes of an apidoc from a file path or an http(s) URL. */
export async function loadSource(input: string, options: LoadOptions = {}): Promise<LoadedSource> {
  return isUrl(input) ? download(input, options) : readLocal(input, options);
}

async function readLocal(path: string, options: LoadOptions): Promise<LoadedSource> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // Checked before reading, so a huge file is refused without filling memory.
    const { size } = await stat(path);
    if (size > maxBytes) throw tooLarge(path, maxBytes);
    return { source: path, bytes: await readFile(path) };
  } catch (error) {
    if (error instanceof ApidocError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot be read (${code ?? String(error)})`;
    throw new ApidocError(detail, { source: path, cause: error });
  }
}

async function download(url: string, options: LoadOptions): Promise<LoadedSource> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
    throw new ApidocError(`download failed: ${reason}`, { source: url, cause: error });
  }
  if (!response.ok) {
    throw new ApidocError(`download failed: HTTP ${response.status} ${response.statusText}`, {
      source: url,
    });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxBytes) {
      throw tooLarge(url, maxBytes);
    }
    chunks.push(chunk);
  }
  return { source: url, bytes: Buffer.concat(chunks) };
}

function tooLarge(source: string, maxBytes: number): ApidocError {
  return new ApidocError(
    `larger than ${maxBytes} bytes; expected an apidoc (the real ones are under 5 MB)`,
    { source, hint: 'check that the input is the API viewer’s apidoc.js' },
  );
}
