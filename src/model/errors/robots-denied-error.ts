import { type ErrorContext, OhmystackError, redactUrl } from './ohmystack-error.js';

/**
 * Thrown instead of sending a request that robots.txt disallows, or when robots.txt could not be read
 * (RFC 9309: a 5xx or unreachable robots.txt means complete disallow). Never retryable within a run.
 */
export class RobotsDeniedError extends OhmystackError {
  override name = 'RobotsDeniedError';
  /** Why: the URL is disallowed, or robots.txt was unreachable. */
  readonly reason: 'disallowed' | 'unreachable';

  constructor(
    details: ErrorContext & { reason: 'disallowed' | 'unreachable'; detail?: string; cause?: unknown },
  ) {
    const { reason, detail, ...context } = details;
    const url = context.url === undefined ? 'the URL' : redactUrl(context.url);
    const what =
      reason === 'disallowed'
        ? `robots.txt disallows ${url}`
        : `robots.txt of ${url} is unreachable${detail ? ` (${detail})` : ''}, which RFC 9309 treats as disallow all`;
    super(what, {
      ...context,
      code: 'robots_disallowed',
      retryable: false,
      hint: 'pass `respectRobots: false` to the HTTP client only if you have the site’s permission',
    });
    this.reason = reason;
  }
}
