import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link TimeoutError} is built from. */
export interface TimeoutErrorDetails extends ErrorDetails {
  /** The request method, e.g. 'GET'. */
  method: string;
  /** The timeout each attempt had, in milliseconds. */
  timeoutMs: number;
  /** How many retries were made before giving up. @default 0 */
  retries?: number;
}

/**
 * Thrown when a request (headers and body) took longer than the client's timeout on every attempt.
 * Retryable.
 *
 * @example
 * new TimeoutError({ source: 'jumpit', url, method: 'GET', timeoutMs: 10_000, retries: 2 })
 */
export class TimeoutError extends OhmystackError {
  override name = 'TimeoutError';
  readonly method: string;
  readonly timeoutMs: number;
  readonly retries: number;

  constructor(details: TimeoutErrorDetails) {
    const { method, timeoutMs, retries = 0, hint, ...context } = details;
    const url = context.url === undefined ? '' : ` ${redactUrl(context.url)}`;
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super({
      ...context,
      message: `${method}${url} timed out after ${timeoutMs} ms${after}`,
      code: 'timeout',
      retryable: true,
      hint: hint ?? 'the site is slow; raise `timeout` or lower concurrency',
    });
    this.method = method;
    this.timeoutMs = timeoutMs;
    this.retries = retries;
  }
}
