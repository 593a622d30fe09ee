// Where the crawler may go, checked before anything is sent: only http and https; a URL that content led
// to (a sitemap entry, a link, a redirect) stays on the site it came from; and such a URL never reaches
// the network the crawler runs in unless the user allows it. Addresses are checked after resolving the
// name, so a public-looking name that points inside (a DNS record aimed at 10.0.0.1) is caught too.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { NetworkError } from '../model/errors/network-error.js';
import { OffsiteUrlError } from '../model/errors/offsite-url-error.js';
import { PrivateNetworkError } from '../model/errors/private-network-error.js';
import type { ResolvedHttpClientOptions } from './options.js';
import { isPrivateAddress } from './private-address.js';
import { isOnSite, isWebUrl, siteHost } from './site-scope.js';
import { safeUrl } from './url.js';

/** Names of cloud metadata services that are refused by name, whatever they resolve to. */
const METADATA_HOSTS: ReadonlySet<string> = new Set(['metadata.google.internal']);

/** One URL about to be sent, and what it must stay within. */
export interface Destination {
  url: URL;
  /** The sites it must be on; empty for a URL the user set, which may go anywhere http(s) reaches. */
  sites: readonly URL[];
  /**
   * The origin the user vouched for, when there is one: a URL on exactly this origin (scheme, host and
   * port) is as trusted as the origin and skips the private-network check.
   */
  trustedOrigin: string | undefined;
  /** The URL whose content or redirect led here, for the error. */
  from: string | undefined;
  source: string;
  method: 'GET' | 'POST';
}

type Lookup = NonNullable<ResolvedHttpClientOptions['lookup']>;

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** The checks of one client, with the addresses of each host name it resolved kept for its life. */
export class RequestGuard {
  readonly #allowHosts: ReadonlySet<string>;
  readonly #allowPrivateNetworks: boolean;
  readonly #lookup: Lookup;
  readonly #addresses = new Map<string, Promise<readonly string[]>>();

  constructor(options: Pick<ResolvedHttpClientOptions, 'allowHosts' | 'allowPrivateNetworks' | 'lookup'>) {
    this.#allowHosts = options.allowHosts;
    this.#allowPrivateNetworks = options.allowPrivateNetworks;
    this.#lookup = options.lookup ?? systemLookup;
  }

  /**
   * Returns when `destination` may be sent.
   *
   * @throws {OffsiteUrlError} for a scheme other than http(s) (reason 'scheme') or a URL off its sites
   * (reason 'host'); {PrivateNetworkError} when it resolves to a private address; {NetworkError} when its
   * host name does not resolve.
   * @example await guard.check({ url: new URL('https://a.test/job/1'), sites: [new URL('https://a.test/sitemap.xml')], trustedOrigin: 'https://a.test', from: 'https://a.test/sitemap.xml', source: 'jsonld', method: 'GET' })
   */
  async check(destination: Destination): Promise<void> {
    const { url, sites, from, source } = destination;
    const refused = { source, url: safeUrl(url), ...(from === undefined ? {} : { from: safeUrl(from) }) };
    if (!isWebUrl(url)) throw new OffsiteUrlError({ ...refused, reason: 'scheme' });
    if (sites.length === 0) return;
    if (!sites.some((site) => isOnSite(url, site, this.#allowHosts)))
      throw new OffsiteUrlError({ ...refused, reason: 'host' });
    // The user vouched for this origin (a replica on 127.0.0.1:PORT whose sitemap lists its own pages),
    // so its pages are as trusted as it is. The same host on another port (a database on :5432) is not.
    if (this.#allowPrivateNetworks || url.origin === destination.trustedOrigin) return;
    const host = siteHost(url);
    if (METADATA_HOSTS.has(host)) throw new PrivateNetworkError({ source, url: refused.url, address: host });
    const addresses = isIP(host) ? [host] : await this.#resolve(host, destination);
    const inside = addresses.find((address) => isPrivateAddress(address));
    if (inside !== undefined) throw new PrivateNetworkError({ source, url: refused.url, address: inside });
  }

  // One lookup per host name for the client's life; a failed one is forgotten so a later request asks again.
  async #resolve(host: string, destination: Destination): Promise<readonly string[]> {
    let pending = this.#addresses.get(host);
    if (!pending) {
      pending = this.#lookup(host).then((answers) => answers.map((answer) => answer.address));
      this.#addresses.set(host, pending);
    }
    try {
      const addresses = await pending;
      if (addresses.length === 0) throw Object.assign(new Error('no address'), { code: 'ENOTFOUND' });
      return addresses;
    } catch (error) {
      if (this.#addresses.get(host) === pending) this.#addresses.delete(host);
      const code = (error as { code?: unknown } | undefined)?.code;
      throw new NetworkError({
        source: destination.source,
        url: safeUrl(destination.url),
        method: destination.method,
        reason: `DNS lookup of ${host} failed (${typeof code === 'string' ? code : 'no answer'})`,
        cause: error,
      });
    }
  }
}
