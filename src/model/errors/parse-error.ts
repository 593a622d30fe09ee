import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** What {@link ParseError} is built from. */
export interface ParseErrorDetails extends ErrorDetails {
  /** What is wrong with the body, e.g. 'body has no HTML markup'. */
  message: string;
}

/**
 * Thrown when a whole response body cannot be read (not JSON, not the expected page). A bad item is
 * quarantined instead.
 *
 * @example
 * new ParseError({ message: 'page has no 모집요강 rows and no title', source: 'jobkorea' })
 */
export class ParseError extends OhmystackError {
  override name = 'ParseError';

  constructor(details: ParseErrorDetails) {
    const { hint, ...rest } = details;
    super({
      ...rest,
      code: 'parse_failed',
      hint: hint ?? 'the site may have changed its markup or API; the raw body is kept in quarantine',
    });
  }
}
