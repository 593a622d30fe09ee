import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link OffsiteUrlError} is built from; `url` is the URL refused. */
export interface OffsiteUrlErrorDetails extends ErrorDetails {
  /** Why: another site, a scheme other than http(s), or too many redirects. */
  reason: 'host' | 'scheme' | 'redirects';
  /** The URL whose content or redirect led here. */
  from?: string;
}

/**
 * Thrown instead of following a URL that content led to (a sitemap entry, a link, a redirect) when it
 * leaves the site it came from: another host not in `allowHosts`, a scheme other than http and https,
 * or a redirect chain longer than the client allows. Never retryable.
 *
 * @example
 * new OffsiteUrlError({ source: 'jsonld', url: 'https://b.test/admin', from: 'https://a.test/sitemap.xml', reason: 'host' })
 */
export class OffsiteUrlError extends OhmystackError {
  override name = 'OffsiteUrlError';
  readonly reason: 'host' | 'scheme' | 'redirects';
  readonly from: string | undefined;

  constructor(details: OffsiteUrlErrorDetails) {
    const { reason, from, hint, ...context } = details;
    const url = context.url === undefined ? 'a URL' : redactUrl(context.url);
    const origin = from === undefined ? '' : ` (from ${redactUrl(from)})`;
    const what =
      reason === 'host'
        ? `refused ${url}${origin}: it is not on the site it came from`
        : reason === 'scheme'
          ? `refused ${url}${origin}: only http and https are fetched`
          : `refused ${url}${origin}: too many redirects`;
    super({
      ...context,
      message: what,
      code: 'offsite_url',
      retryable: false,
      hint:
        hint ??
        (reason === 'host'
          ? 'add the host to the HTTP client’s `allowHosts` if the site links to it on purpose'
          : reason === 'redirects'
            ? 'the site redirects in a loop or a long chain; open the URL in a browser to see where it goes'
            : 'the site links to something that is not a web page; nothing to do'),
    });
    this.reason = reason;
    this.from = from === undefined ? undefined : redactUrl(from);
  }
}
