import { type ErrorContext, OhmystackError } from './ohmystack-error.js';

/**
 * Thrown when the caller's `AbortSignal` aborts an operation. Its `name` is 'AbortError', as for the
 * platform's own abort errors, so `error.name === 'AbortError'` checks keep working; `cause` holds the
 * signal's reason.
 */
export class AbortedError extends OhmystackError {
  override name = 'AbortError';

  constructor(context: ErrorContext & { cause?: unknown; what?: string } = {}) {
    const { what, ...rest } = context;
    super(`${what ?? 'operation'} aborted`, {
      ...rest,
      code: 'aborted',
      retryable: false,
      hint: 'the caller aborted; nothing to fix',
    });
  }
}
