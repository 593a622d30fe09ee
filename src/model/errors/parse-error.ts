import { type ErrorContext, OhmystackError } from './ohmystack-error.js';

/** Thrown when a whole response body cannot be read (not JSON, not the expected page). A bad item is quarantined instead. */
export class ParseError extends OhmystackError {
  override name = 'ParseError';

  constructor(message: string, context: ErrorContext & { cause?: unknown; hint?: string } = {}) {
    super(message, {
      ...context,
      code: 'parse_failed',
      hint: context.hint ?? 'the site may have changed its markup or API; the raw body is kept in quarantine',
    });
  }
}
