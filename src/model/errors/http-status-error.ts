import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link HttpStatusError} is built from; without a `hint`, {@link hintForStatus} gives one. */
export interface HttpStatusErrorDetails extends ErrorDetails {
  status: number;
  /** The request method, e.g. 'GET'. */
  method: string;
  /** The answer's body, parsed as JSON when it is JSON, else its text; at most ~2 KB. */
  body?: unknown;
  /** How many retries were made before giving up. @default 0 */
  retries?: number;
}

/**
 * Returns the hint for a status code: what a user can do about that kind of answer.
 *
 * @example hintForStatus(429) // 'lower concurrency or the per-host rate'
 */
export function hintForStatus(status: number): string {
  if (status === 429) return 'lower concurrency or the per-host rate';
  if (status === 401 || status === 403)
    return 'the site refused access; check the login hook and cookies, or whether it blocks crawlers';
  if (status === 404 || status === 410) return 'the URL does not exist; the site may have changed its API';
  if (status >= 500) return 'the site is failing; try again later';
  return 'the site rejected the request; check the request the adapter builds';
}

/**
 * Thrown when a site answers with a non-2xx status after the client's retries. Retryable for 408, 429 and
 * 5xx (a later run may succeed), not for other 4xx. The URL is redacted; cookies never appear.
 *
 * @example
 * new HttpStatusError({ source: 'jumpit', url, method: 'GET', status: 429, retries: 3 }).message
 * // '[ohmystack:jumpit] GET <url> → 429 after 3 retries; lower concurrency or the per-host rate'
 */
export class HttpStatusError extends OhmystackError {
  override name = 'HttpStatusError';
  readonly status: number;
  readonly method: string;
  /** The answer's body, parsed best-effort and truncated to about 2 KB. */
  readonly body: unknown;
  readonly retries: number;

  constructor(details: HttpStatusErrorDetails) {
    const { status, method, body, retries = 0, hint, ...context } = details;
    const url = context.url === undefined ? '' : ` ${redactUrl(context.url)}`;
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super({
      ...context,
      message: `${method}${url} → ${status}${after}`,
      code: 'http_status',
      retryable: status === 408 || status === 429 || status >= 500,
      hint: hint ?? hintForStatus(status),
    });
    this.status = status;
    this.method = method;
    this.body = body;
    this.retries = retries;
  }
}
