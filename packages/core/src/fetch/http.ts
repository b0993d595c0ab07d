import { ApidocError } from '../errors.js';

export interface HttpLimits {
  /** Milliseconds for the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Redirects followed before giving up; a loop ends here too. */
  maxRedirects: number;
}

export interface HttpResponse {
  status: number;
  /** The URL that answered, after redirects. */
  url: string;
  headers: Headers;
  /** The body of a 2xx answer; empty for 304. */
  body: Uint8Array;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A GET that counts its redirects (fetch's own `follow` allows 20 and gives
 * no way to lower that), enforces a deadline on the body as well as the
 * headers, and stops reading once the body passes `maxBytes`. `source` is the
 * URL as the user gave it: every error names it.
 */
export async function httpGet(
  url: string,
  headers: Record<string, string>,
  limits: HttpLimits,
): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const seen: string[] = [];
  let current = url;
  try {
    for (;;) {
      const response = await fetch(current, { headers, redirect: 'manual', signal });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw fail(url, `HTTP ${response.status} without a Location header`);
        seen.push(current);
        if (seen.length > limits.maxRedirects) {
          throw fail(url, `more than ${limits.maxRedirects} redirects`, loopHint(seen));
        }
        current = new URL(location, current).href;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 304, url: current, headers: response.headers, body: new Uint8Array() };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const text = `${response.status} ${response.statusText}`.trim();
        throw fail(url, `HTTP ${text}`, 'expected 200 with the API viewer’s apidoc.js');
      }
      const body = await readBody(response, url, limits.maxBytes);
      return { status: response.status, url: current, headers: response.headers, body };
    }
  } catch (error) {
    if (error instanceof ApidocError) throw error;
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw fail(url, `timed out after ${limits.timeoutMs} ms`, 'try again, or raise --timeout');
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw fail(
      url,
      `download failed: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    );
  }
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, maxBytes, `${declared} bytes announced`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(url, maxBytes, 'the body went on past that');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(url: string, maxBytes: number, found: string): ApidocError {
  return fail(
    url,
    `the body is larger than the limit of ${maxBytes} bytes (${found})`,
    'the real apidocs are under 5 MB; raise --max-bytes if this one is genuine',
  );
}

function loopHint(seen: string[]): string {
  const unique = new Set(seen);
  return unique.size < seen.length
    ? `the server redirects in a loop: ${[...unique].join(' -> ')}`
    : `last location: ${seen.at(-1)}`;
}

function fail(source: string, detail: string, hint?: string): ApidocError {
  return new ApidocError(detail, { source, hint });
}
