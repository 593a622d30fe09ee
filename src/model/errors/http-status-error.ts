import { type ErrorContext, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link HttpStatusError} needs besides the source and URL. */
export interface HttpStatusErrorDetails extends ErrorContext {
  status: number;
  /** The request method, e.g. 'GET'. */
  method: string;
  /** The answer's body, parsed as JSON when it is JSON, else its text; at most ~2 KB. */
  body?: unknown;
  /** How many retries were made before giving up. */
  retries?: number;
  hint?: string;
  cause?: unknown;
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
    super(`${method}${url} → ${status}${after}`, {
      ...context,
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
