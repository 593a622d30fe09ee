import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link PrivateNetworkError} is built from; `url` is the URL refused. */
export interface PrivateNetworkErrorDetails extends ErrorDetails {
  /** The resolved address that is loopback, private, link-local or a cloud metadata address. */
  address: string;
}

/**
 * Thrown before connecting when a URL that content led to resolves to a loopback, private, link-local
 * or cloud metadata address: a crawler must not be steered into the network it runs in. Origins the
 * user sets are trusted; `allowPrivateNetworks: true` lifts the guard. Never retryable.
 *
 * @example
 * new PrivateNetworkError({ source: 'jsonld', url: 'http://169.254.169.254/latest/meta-data/', address: '169.254.169.254' })
 */
export class PrivateNetworkError extends OhmystackError {
  override name = 'PrivateNetworkError';
  readonly address: string;

  constructor(details: PrivateNetworkErrorDetails) {
    const { address, hint, ...context } = details;
    const url = context.url === undefined ? 'a URL' : redactUrl(context.url);
    super({
      ...context,
      message: `refused ${url}: it resolves to ${address}, a private network address`,
      code: 'private_network',
      retryable: false,
      hint: hint ?? 'pass `allowPrivateNetworks: true` to the HTTP client to crawl inside your own network',
    });
    this.address = address;
  }
}
