// One attempt of one request, sent with fetch itself rather than ky: ky's timeout covers only the headers,
// an abort after the headers does not stop the body read of the Request object ky sends, and ky's
// retries, redirects and hooks go unused (our retry loop must pass the per-host spacing again, and every
// redirect hop must be checked before it is followed). So fetch gets a URL string, redirects stay manual,
// one timer bounds headers and body together and an idle timer bounds each wait for the next chunk, the
// body is read as a stream up to a cap counted in decompressed bytes, and the answer is classified as a
// success, a redirect for the client to check, or a failure that says whether a retry may help.
import { BodyParseError } from '../model/errors/body-parse-error.js';
import { BodyTooLargeError } from '../model/errors/body-too-large-error.js';
import { HttpStatusError } from '../model/errors/http-status-error.js';
import { NetworkError } from '../model/errors/network-error.js';
import type { OhmystackError } from '../model/errors/ohmystack-error.js';
import { TimeoutError } from '../model/errors/timeout-error.js';
import { abortedError } from './abort.js';
import { decodeText, ERROR_BODY_BYTES, errorBody, truncateBody } from './body.js';
import type { CookieJar } from './cookie-jar.js';
import type { LargeBodyGate } from './large-body-gate.js';
import type { ResolvedHttpClientOptions } from './options.js';
import { readBody } from './read-body.js';
import { parseRetryAfter } from './retry-delay.js';
import type { HttpResponse, RequestSpec } from './types.js';
import { safeUrl } from './url.js';

/** What one attempt ended with; `bodyBytes` is the decompressed body bytes it read. */
export type AttemptOutcome =
  | { kind: 'ok'; response: Omit<HttpResponse, 'attempts'>; bodyBytes: number }
  /** A 301/302/303/307/308 with a Location: the client checks the next hop and sends it. */
  | { kind: 'redirect'; status: number; location: URL; method: 'GET' | 'POST'; bodyBytes: number }
  | {
      kind: 'failed';
      retryable: boolean;
      /** For progress: 'status 503', 'timeout', 'network: ECONNRESET', 'truncated JSON', 'body too large'. */
      reason: string;
      /** What the site's Retry-After asked for, ms. */
      retryAfterMs?: number;
      /** The wait applies to every request to the host (429, Retry-After). */
      hostWide: boolean;
      bodyBytes: number;
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
  /** Removes secrets from text a site sent back (bodies, network error reasons) before anything keeps it. */
  scrub: (text: string) => string;
  /** The client's slots for bodies that grow large. */
  gate: LargeBodyGate;
}

type Failed = Extract<AttemptOutcome, { kind: 'failed' }>;

/** Where an attempt was when its time ran out. */
interface RanOut {
  phase: 'headers' | 'body' | 'idle';
  ms: number;
}

/** One attempt's state while its answer is read. */
interface Reading {
  input: AttemptInput;
  shownUrl: string;
  signal: AbortSignal;
  /** Decompressed body bytes read so far. */
  tally: { bytes: number };
  onIdle(): void;
}

const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500;

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

/**
 * Returns the outcome of sending `input.spec` once. Never throws for HTTP, network or body failures
 * (they are outcomes); throws only when the caller's signal aborts.
 *
 * @throws {AbortedError} when `input.signal` aborts.
 * @example
 * const outcome = await sendAttempt({ spec, url, method: 'GET', source: 'jumpit', signal, options, jar, scrub });
 * if (outcome.kind === 'ok') outcome.response.body;
 */
export async function sendAttempt(input: AttemptInput): Promise<AttemptOutcome> {
  const { spec, url, method, source, options } = input;
  const shownUrl = safeUrl(url);
  const timer = new AbortController();
  const clock: { phase: 'headers' | 'body'; ranOut: RanOut | undefined } = {
    phase: 'headers',
    ranOut: undefined,
  };
  const runOut = (phase: RanOut['phase'], ms: number) => {
    clock.ranOut ??= { phase, ms };
    timer.abort();
  };
  const total = options.timeout;
  const handle = total === false ? undefined : setTimeout(() => runOut(clock.phase, total), total);
  const signal = input.signal ? AbortSignal.any([input.signal, timer.signal]) : timer.signal;
  const idle = options.idleTimeout;
  const reading: Reading = {
    input,
    shownUrl,
    signal,
    tally: { bytes: 0 },
    onIdle: () => runOut('idle', idle === false ? 0 : idle),
  };
  try {
    const send = options.fetch ?? globalThis.fetch;
    const response = await untilAborted(
      send(url.href, {
        method,
        headers: headersOf(spec, url, input),
        ...(spec.form ? { body: new URLSearchParams(spec.form) } : {}),
        redirect: 'manual',
        signal,
      }),
      signal,
    );
    clock.phase = 'body';
    input.jar?.store(url.origin, response.headers);
    return await answerOf(response, reading);
  } catch (error) {
    if (input.signal?.aborted) throw abortedError(input.signal, { source, url: shownUrl });
    const bodyBytes = reading.tally.bytes;
    const ranOut = clock.ranOut;
    if (ranOut) {
      return {
        kind: 'failed',
        retryable: true,
        reason: ranOut.phase === 'idle' ? 'timeout (no data)' : 'timeout',
        hostWide: false,
        bodyBytes,
        toError: (retries) =>
          new TimeoutError({
            source,
            url: shownUrl,
            method,
            timeoutMs: ranOut.ms,
            phase: ranOut.phase,
            retries,
            cause: error,
          }),
      };
    }
    const reason = input.scrub(networkReason(error));
    return {
      kind: 'failed',
      retryable: true,
      reason: `network: ${reason}`,
      hostWide: false,
      bodyBytes,
      toError: (retries) =>
        new NetworkError({ source, url: shownUrl, method, reason, retries, cause: error }),
    };
  } finally {
    if (handle) clearTimeout(handle);
  }
}

// The answer's headers are in: a redirect to hand back, an error answer, or a body to read and parse.
async function answerOf(response: Response, reading: Reading): Promise<AttemptOutcome> {
  const { spec, url, method, options } = reading.input;
  const location = redirectTarget(response, url);
  if (location) {
    void response.body?.cancel().catch(() => {});
    const status = response.status;
    return { kind: 'redirect', status, location, method: methodAfter(status, method), bodyBytes: 0 };
  }
  const cap = spec.maxBodyBytes ?? options.maxBodyBytes(spec.kind);
  if (!response.ok) {
    // Only a snippet of an error answer is kept, so the rest is never read.
    const read = await readBody(response.body, limitsOf(reading, Math.min(cap, ERROR_BODY_BYTES), true));
    return statusFailure(response, textOf(read.bytes, response, read.overLimit, reading), reading);
  }
  // Cutting JSON leaves nothing to parse, so only text can be kept truncated.
  const truncate = spec.oversize === 'truncate' && spec.responseType === 'text';
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  if (!truncate && !encoded && Number(response.headers.get('content-length')) > cap) {
    void response.body?.cancel().catch(() => {});
    return tooLarge(cap, reading);
  }
  const read = await readBody(response.body, limitsOf(reading, cap, truncate));
  if (read.overLimit && !truncate) return tooLarge(cap, reading);
  const text = textOf(read.bytes, response, read.overLimit, reading);
  const base = {
    status: response.status,
    url: response.url || url.href,
    headers: response.headers,
    ...(read.overLimit ? { truncated: true } : {}),
  };
  const bodyBytes = reading.tally.bytes;
  if (spec.responseType === 'text') return { kind: 'ok', response: { ...base, body: text }, bodyBytes };
  if (response.status === 204) return { kind: 'ok', response: { ...base, body: null }, bodyBytes };
  try {
    return { kind: 'ok', response: { ...base, body: JSON.parse(text) as unknown }, bodyBytes };
  } catch (error) {
    return {
      kind: 'failed',
      retryable: true,
      reason: text.trim() === '' ? 'empty JSON body' : 'truncated JSON',
      hostWide: false,
      bodyBytes,
      toError: (retries) =>
        new BodyParseError({
          source: reading.input.source,
          url: reading.shownUrl,
          status: response.status,
          body: truncateBody(text),
          reason: error instanceof Error ? error.message : 'not JSON',
          retries,
          cause: error,
        }),
    };
  }
}

function statusFailure(response: Response, text: string, reading: Reading): Failed {
  const { source, method } = reading.input;
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  return {
    kind: 'failed',
    retryable: RETRYABLE_STATUS(status),
    reason: `status ${status}`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    hostWide: status === 429 || retryAfterMs !== undefined,
    bodyBytes: reading.tally.bytes,
    toError: (retries, hint) =>
      new HttpStatusError({
        source,
        url: reading.shownUrl,
        method,
        status,
        body: errorBody(text),
        retries,
        ...(hint ? { hint } : {}),
      }),
  };
}

// The same request would bring the same answer, so this is never retried.
function tooLarge(limitBytes: number, reading: Reading): Failed {
  const { source, method } = reading.input;
  const bytesRead = reading.tally.bytes;
  return {
    kind: 'failed',
    retryable: false,
    reason: 'body too large',
    hostWide: false,
    bodyBytes: bytesRead,
    toError: (_retries, hint) =>
      new BodyTooLargeError({
        source,
        url: reading.shownUrl,
        method,
        limitBytes,
        bytesRead,
        ...(hint ? { hint } : {}),
      }),
  };
}

function limitsOf(reading: Reading, maxBytes: number, keepCut: boolean) {
  const { idleTimeout } = reading.input.options;
  return {
    maxBytes,
    keepCut,
    gate: reading.input.gate,
    idleTimeoutMs: idleTimeout,
    onIdle: reading.onIdle,
    signal: reading.signal,
    tally: reading.tally,
  };
}

function textOf(bytes: Uint8Array, response: Response, cut: boolean, reading: Reading): string {
  return reading.input.scrub(decodeText(bytes, response.headers.get('content-type'), cut));
}

// A Location that is not a URL leaves the 3xx an error answer, as one without a Location is.
function redirectTarget(response: Response, url: URL): URL | undefined {
  const location = response.headers.get('location');
  if (!REDIRECT_STATUS.has(response.status) || location === null) return undefined;
  try {
    return new URL(location, url);
  } catch {
    return undefined;
  }
}

// Browsers turn a redirected POST into a GET except for 307/308, which keep the method and body.
function methodAfter(status: number, method: 'GET' | 'POST'): 'GET' | 'POST' {
  if (status === 303) return 'GET';
  if ((status === 301 || status === 302) && method === 'POST') return 'GET';
  return method;
}

// A fetch that ignores its signal must not hold the attempt past its timeout; when its answer comes
// late anyway, nobody reads it, so its body is cancelled.
function untilAborted(pending: Promise<Response>, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      pending.then(
        (late) => void late.body?.cancel().catch(() => {}),
        () => {},
      );
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (response) => {
        signal.removeEventListener('abort', onAbort);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
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
