import { type ErrorContext, OhmystackError, redactUrl } from './ohmystack-error.js';

/** Thrown when a request (headers and body) took longer than the client's timeout on every attempt. Retryable. */
export class TimeoutError extends OhmystackError {
  override name = 'TimeoutError';
  readonly method: string;
  readonly timeoutMs: number;
  readonly retries: number;

  constructor(
    details: ErrorContext & { method: string; timeoutMs: number; retries?: number; cause?: unknown },
  ) {
    const { method, timeoutMs, retries = 0, ...context } = details;
    const url = context.url === undefined ? '' : ` ${redactUrl(context.url)}`;
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super(`${method}${url} timed out after ${timeoutMs} ms${after}`, {
      ...context,
      code: 'timeout',
      retryable: true,
      hint: 'the site is slow; raise `timeout` or lower concurrency',
    });
    this.method = method;
    this.timeoutMs = timeoutMs;
    this.retries = retries;
  }
}
