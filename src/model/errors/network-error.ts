import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link NetworkError} is built from. */
export interface NetworkErrorDetails extends ErrorDetails {
  /** The request method, e.g. 'GET'. */
  method: string;
  /** What went wrong, e.g. 'connection reset (ECONNRESET)'. */
  reason: string;
  /** How many retries were made before giving up. @default 0 */
  retries?: number;
}

/**
 * Thrown when a request never got an answer (connection refused or reset, DNS failure, a body cut
 * short) after the client's retries. Always retryable: the network may be back later.
 *
 * @example
 * new NetworkError({ source: 'saramin', url, method: 'GET', reason: 'connection reset (ECONNRESET)', cause })
 */
export class NetworkError extends OhmystackError {
  override name = 'NetworkError';
  readonly method: string;
  readonly retries: number;

  constructor(details: NetworkErrorDetails) {
    const { method, reason, retries = 0, hint, ...context } = details;
    const url = context.url === undefined ? '' : ` ${redactUrl(context.url)}`;
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super({
      ...context,
      message: `${method}${url} failed: ${reason}${after}`,
      code: 'network',
      retryable: true,
      hint: hint ?? 'check the network, a proxy or the site; the request can be retried',
    });
    this.method = method;
    this.retries = retries;
  }
}
