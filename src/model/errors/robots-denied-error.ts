import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link RobotsDeniedError} is built from; `url` is the URL refused. */
export interface RobotsDeniedErrorDetails extends ErrorDetails {
  /** Why: the URL is disallowed, or robots.txt was unreachable. */
  reason: 'disallowed' | 'unreachable';
  /** For an unreachable robots.txt, what happened, e.g. '503'. */
  detail?: string;
}

/**
 * Thrown instead of sending a request that robots.txt disallows, or when robots.txt could not be read
 * (RFC 9309: a 5xx or unreachable robots.txt means complete disallow). Never retryable within a run.
 *
 * @example
 * new RobotsDeniedError({ source: 'jumpit', url: 'https://jumpit.saramin.co.kr/admin', reason: 'disallowed' })
 */
export class RobotsDeniedError extends OhmystackError {
  override name = 'RobotsDeniedError';
  /** Why: the URL is disallowed, or robots.txt was unreachable. */
  readonly reason: 'disallowed' | 'unreachable';

  constructor(details: RobotsDeniedErrorDetails) {
    const { reason, detail, hint, ...context } = details;
    const url = context.url === undefined ? 'the URL' : redactUrl(context.url);
    const what =
      reason === 'disallowed'
        ? `robots.txt disallows ${url}`
        : `robots.txt of ${url} is unreachable${detail ? ` (${detail})` : ''}, which RFC 9309 treats as disallow all`;
    super({
      ...context,
      message: what,
      code: 'robots_disallowed',
      retryable: false,
      hint: hint ?? 'pass `respectRobots: false` to the HTTP client only if you have the site’s permission',
    });
    this.reason = reason;
  }
}
