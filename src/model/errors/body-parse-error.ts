import type { ErrorContext } from './ohmystack-error.js';
import { ParseError } from './parse-error.js';

/**
 * Thrown when a 2xx answer's body cannot be read as the expected type (a JSON body cut short) on every
 * attempt. Carries the start of the body so the collector can quarantine it.
 */
export class BodyParseError extends ParseError {
  override name = 'BodyParseError';
  readonly status: number;
  /** The body's text, truncated to about 2 KB. */
  readonly body: string;

  constructor(
    details: ErrorContext & {
      status: number;
      body: string;
      reason: string;
      retries?: number;
      cause?: unknown;
    },
  ) {
    const { status, body, reason, retries = 0, ...context } = details;
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super(`a ${status} answer's body is unreadable: ${reason}${after}`, {
      ...context,
      hint: 'the site may have cut the body short or changed its format; the body start is kept in quarantine',
    });
    this.status = status;
    this.body = body;
  }
}
