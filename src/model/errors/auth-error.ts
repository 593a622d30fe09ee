import { type ErrorContext, OhmystackError } from './ohmystack-error.js';

/**
 * Thrown when a login hook failed, so no request to that origin can be made in this client. Not
 * retryable: credentials or the login flow need fixing. Never carries credentials or cookies.
 */
export class AuthError extends OhmystackError {
  override name = 'AuthError';

  constructor(message: string, context: ErrorContext & { cause?: unknown; hint?: string } = {}) {
    super(message, {
      ...context,
      code: 'auth_failed',
      retryable: false,
      hint: context.hint ?? 'check the login hook and the credentials it uses',
    });
  }
}
