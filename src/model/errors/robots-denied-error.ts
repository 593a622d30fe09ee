import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link RobotsDeniedError} is built from; `url` is the URL refused. */
export interface RobotsDeniedErrorDetails extends ErrorDetails {
  /** Why: the URL is disallowed, or robots.txt answered with a server error. */
  reason: 'disallowed' | 'unreachable';
  /** For an unreachable robots.txt, what it answered, e.g. 'status 503'. */
  detail?: string;
}

/**
 * Thrown instead of sending a request that robots.txt disallows, or when robots.txt answered with a
 * server error (RFC 9309: a 5xx robots.txt means complete disallow). A robots.txt that got no answer at
 * all is not this error: the request fails with the network error itself. Never retryable within a run.
 *
 * @example
 * new RobotsDeniedError({ source: 'jumpit', url: 'https://jumpit.saramin.co.kr/admin', reason: 'disallowed' })
 */
export class RobotsDeniedError extends OhmystackError {
  override name = 'RobotsDeniedError';
  /** Why: the URL is disallowed, or robots.txt answered with a server error. */
  readonly reason: 'disallowed' | 'unreachable';

  constructor(details: RobotsDeniedErrorDetails) {
    const { reason, detail, hint, ...context } = details;
    const url = context.url === undefined ? 'the URL' : redactUrl(context.url);
    const what =
      reason === 'disallowed'
        ? `robots.txt disallows ${url}`
        : `${robotsUrlOf(context.url)} answered ${detail ?? 'with a server error'}, which RFC 9309 reads as disallow all; ${url} was not fetched`;
    super({
      ...context,
      message: what,
      code: 'robots_disallowed',
      retryable: false,
      hint:
        hint ??
        (reason === 'disallowed'
          ? 'pass `respectRobots: false` to the HTTP client only if you have the site’s permission'
          : 'the site is failing; try again later'),
    });
    this.reason = reason;
  }
}

function robotsUrlOf(url: string | undefined): string {
  try {
    return url === undefined ? 'robots.txt' : `${new URL(url).origin}/robots.txt`;
  } catch {
    return 'robots.txt';
  }
}
