import type { ErrorDetails } from './ohmystack-error.js';
import { ParseError } from './parse-error.js';

/** What {@link BodyParseError} is built from. */
export interface BodyParseErrorDetails extends ErrorDetails {
  /** The answer's status, a 2xx. */
  status: number;
  /** The body's text, truncated to about 2 KB. */
  body: string;
  /** Why it is unreadable, e.g. the JSON parser's message. */
  reason: string;
  /** How many retries were made before giving up. @default 0 */
  retries?: number;
}

/**
 * Thrown when a 2xx answer's body cannot be read as the expected type (a JSON body cut short) on every
 * attempt. Carries the start of the body so the collector can quarantine it.
 *
 * @example
 * new BodyParseError({ source: 'wanted', status: 200, body: '{"data":', reason: 'Unexpected end of JSON input' })
 */
export class BodyParseError extends ParseError {
  override name = 'BodyParseError';
  readonly status: number;
  /** The body's text, truncated to about 2 KB. */
  readonly body: string;

  constructor(details: BodyParseErrorDetails) {
    const { status, body, reason, retries = 0, hint, ...context } = details;
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super({
      ...context,
      message: `a ${status} answer's body is unreadable: ${reason}${after}`,
      hint:
        hint ??
        'the site may have cut the body short or changed its format; the body start is kept in quarantine',
    });
    this.status = status;
    this.body = body;
  }
}
