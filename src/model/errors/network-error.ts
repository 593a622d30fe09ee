import { type ErrorContext, OhmystackError, redactUrl } from './ohmystack-error.js';

/**
 * Thrown when a request never got an answer (connection refused or reset, DNS failure, a body cut
 * short) after the client's retries. Always retryable: the network may be back later.
 */
export class NetworkError extends OhmystackError {
  override name = 'NetworkError';
  readonly method: string;
  readonly retries: number;

  constructor(
    details: ErrorContext & {
      method: string;
      reason: string;
      retries?: number;
      cause?: unknown;
      hint?: string;
    },
  ) {
    const { method, reason, retries = 0, hint, ...context } = details;
    const url = context.url === undefined ? '' : ` ${redactUrl(context.url)}`;
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super(`${method}${url} failed: ${reason}${after}`, {
      ...context,
      code: 'network',
      retryable: true,
      hint: hint ?? 'check the network, a proxy or the site; the request can be retried',
    });
    this.method = method;
    this.retries = retries;
  }
}
