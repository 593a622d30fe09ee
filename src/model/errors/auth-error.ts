import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** What {@link AuthError} is built from. Never put credentials or cookies in it. */
export interface AuthErrorDetails extends ErrorDetails {
  /** What failed, e.g. 'login hook for https://www.saramin.co.kr failed (threw)'. */
  message: string;
}

/**
 * Thrown when a login hook failed, so no request to that origin can be made in this client. Not
 * retryable: credentials or the login flow need fixing. Never carries credentials or cookies.
 *
 * @example
 * new AuthError({ message: 'Kakao Local refused the key on address (401)', provider: 'kakao' })
 */
export class AuthError extends OhmystackError {
  override name = 'AuthError';

  constructor(details: AuthErrorDetails) {
    const { hint, ...rest } = details;
    super({
      ...rest,
      code: 'auth_failed',
      retryable: false,
      hint: hint ?? 'check the login hook and the credentials it uses',
    });
  }
}
