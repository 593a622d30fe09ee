// One attempt of one request: ky sends it with its own retries off, our timer bounds headers and body
// together (ky's timeout stops at the headers, and a site that stalls mid-body must time out too), and
// the answer is classified as a success or a failure that says whether a retry may help.
import type { KyInstance } from 'ky';
import { BodyParseError } from '../model/errors/body-parse-error.js';
import { HttpStatusError } from '../model/errors/http-status-error.js';
import { NetworkError } from '../model/errors/network-error.js';
import type { OhmystackError } from '../model/errors/ohmystack-error.js';
import { TimeoutError } from '../model/errors/timeout-error.js';
import { abortedError } from './abort.js';
import { decodeBody, errorBody, truncateBody } from './body.js';
import type { CookieJar } from './cookie-jar.js';
import type { ResolvedHttpClientOptions } from './options.js';
import { parseRetryAfter } from './retry-delay.js';
import type { HttpResponse, RequestSpec } from './types.js';
import { safeUrl } from './url.js';

/** What one attempt ended with. */
export type AttemptOutcome =
  | { kind: 'ok'; response: Omit<HttpResponse, 'attempts'> }
  /** A 301/302/303/307/308 with a Location: the client checks the next hop and sends it. */
  | { kind: 'redirect'; status: number; location: URL; method: 'GET' | 'POST' }
  | {
      kind: 'failed';
      retryable: boolean;
      /** For progress: 'status 503', 'timeout', 'network: ECONNRESET', 'truncated JSON'. */
      reason: string;
      /** What the site's Retry-After asked for, ms. */
      retryAfterMs?: number;
      /** The wait applies to every request to the host (429, Retry-After). */
      hostWide: boolean;
      /** The error to throw when no retry follows. */
      toError(retries: number, hint?: string): OhmystackError;
    };

/** Everything one attempt needs. */
export interface AttemptInput {
  spec: RequestSpec;
  url: URL;
  method: 'GET' | 'POST';
  source: string;
  signal: AbortSignal | undefined;
  options: ResolvedHttpClientOptions;
  jar: CookieJar | undefined;
  ky: KyInstance;
}

const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Returns the outcome of sending `input.spec` once. Never throws for HTTP, network or body failures
 * (they are outcomes); throws only when the caller's signal aborts.
 *
 * @throws {AbortedError} when `input.signal` aborts.
 */
export async function sendAttempt(input: AttemptInput): Promise<AttemptOutcome> {
  const { spec, url, method, source, options } = input;
  const shownUrl = safeUrl(url);
  const timer = new AbortController();
  const timeoutMs = options.timeout;
  const handle = timeoutMs === false ? undefined : setTimeout(() => timer.abort(), timeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, timer.signal]) : timer.signal;
  try {
    const response = await input.ky(url, {
      method,
      headers: headersOf(spec, url, input),
      ...(spec.form ? { body: new URLSearchParams(spec.form) } : {}),
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      signal,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    input.jar?.store(url.origin, response.headers);
    const text = await decodeBody(response);
    const base = { status: response.status, url: response.url || url.href, headers: response.headers };
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      return {
        kind: 'failed',
        retryable: RETRYABLE_STATUS(response.status),
        reason: `status ${response.status}`,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        hostWide: response.status === 429 || retryAfterMs !== undefined,
        toError: (retries, hint) =>
          new HttpStatusError({
            source,
            url: shownUrl,
            method,
            status: response.status,
            body: errorBody(text),
            retries,
            ...(hint ? { hint } : {}),
          }),
      };
    }
    if (spec.responseType === 'text') return { kind: 'ok', response: { ...base, body: text } };
    if (response.status === 204) return { kind: 'ok', response: { ...base, body: null } };
    try {
      return { kind: 'ok', response: { ...base, body: JSON.parse(text) as unknown } };
    } catch (error) {
      return {
        kind: 'failed',
        retryable: true,
        reason: text.trim() === '' ? 'empty JSON body' : 'truncated JSON',
        hostWide: false,
        toError: (retries) =>
          new BodyParseError({
            source,
            url: shownUrl,
            status: response.status,
            body: truncateBody(text),
            reason: error instanceof Error ? error.message : 'not JSON',
            retries,
            cause: error,
          }),
      };
    }
  } catch (error) {
    if (input.signal?.aborted) throw abortedError(input.signal, { source, url: shownUrl });
    if (timer.signal.aborted && timeoutMs !== false) {
      return {
        kind: 'failed',
        retryable: true,
        reason: 'timeout',
        hostWide: false,
        toError: (retries) =>
          new TimeoutError({ source, url: shownUrl, method, timeoutMs, retries, cause: error }),
      };
    }
    const reason = networkReason(error);
    return {
      kind: 'failed',
      retryable: true,
      reason: `network: ${reason}`,
      hostWide: false,
      toError: (retries) =>
        new NetworkError({ source, url: shownUrl, method, reason, retries, cause: error }),
    };
  } finally {
    if (handle) clearTimeout(handle);
  }
}

function headersOf(spec: RequestSpec, url: URL, input: AttemptInput): Headers {
  const headers = new Headers(spec.headers);
  // The client's User-Agent always wins: an honest crawler does not let an adapter pose as a browser.
  headers.set('user-agent', input.options.userAgent);
  if (!headers.has('accept'))
    headers.set(
      'accept',
      input.spec.responseType === 'json'
        ? 'application/json, text/plain;q=0.8, */*;q=0.5'
        : 'text/html, */*;q=0.8',
    );
  const cookie = input.jar?.header(url.origin);
  if (cookie) headers.set('cookie', headers.has('cookie') ? `${headers.get('cookie')}; ${cookie}` : cookie);
  return headers;
}

// undici reports 'fetch failed' with the useful part (ECONNRESET, 'other side closed') in `cause`.
function networkReason(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  const text =
    typeof cause?.message === 'string' && cause.message
      ? cause.message
      : error instanceof Error
        ? error.message
        : 'unknown failure';
  // Runtime messages may quote the URL; never let its keys or credentials through.
  return text.replace(/https?:\/\/[^\s'"]+/g, (url) => safeUrl(url));
}
