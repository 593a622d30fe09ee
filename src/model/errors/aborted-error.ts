import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** What {@link AbortedError} is built from; `cause` is the signal's reason. */
export interface AbortedErrorDetails extends ErrorDetails {
  /** What was aborted, e.g. 'query' or 'geocodeAll'. @default 'operation' */
  what?: string;
}

/**
 * Thrown when the caller's `AbortSignal` aborts an operation. Its `name` is 'AbortError', as for the
 * platform's own abort errors, so `error.name === 'AbortError'` checks keep working; `cause` holds the
 * signal's reason.
 *
 * @example
 * new AbortedError({ sink: 'athena', what: 'query', cause: signal.reason }).message
 * // '[ohmystack:athena] query aborted; the caller aborted; nothing to fix'
 */
export class AbortedError extends OhmystackError {
  override name = 'AbortError';

  constructor(details: AbortedErrorDetails = {}) {
    const { what = 'operation', hint, ...context } = details;
    super({
      ...context,
      message: `${what} aborted`,
      code: 'aborted',
      retryable: false,
      hint: hint ?? 'the caller aborted; nothing to fix',
    });
  }
}
