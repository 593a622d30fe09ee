// Which URLs count as the same site: what keeps a crawl on the site its content came from. A site is a
// scheme and a host (a name or an IP literal, compared case-insensitively); ports do not make another
// site, so a replica's pages on one host stay one site whatever port serves them.

/**
 * Returns the host of `url` as sites are compared: lower case, without IPv6 brackets or a trailing dot
 * (`example.com.` is `example.com`).
 *
 * @example siteHost(new URL('http://[::1]:8080/')) // '::1'
 * @example siteHost(new URL('https://Careers.Example.COM./jobs')) // 'careers.example.com'
 */
export function siteHost(url: URL): string {
  return normalizeHost(url.hostname);
}

/**
 * Returns `host` ('Example.com', '[::1]', 'cdn.test.') in the form {@link siteHost} gives.
 *
 * @example normalizeHost('[::1]') // '::1'
 */
export function normalizeHost(host: string): string {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return bare.toLowerCase().replace(/\.$/, '');
}

/**
 * Returns true when `url` is http or https, the only schemes the crawler fetches.
 *
 * @example isWebUrl(new URL('data:text/html,hi')) // false
 */
export function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/**
 * Returns true when `target` is on the site of `site`: the same host with the same scheme, or a host
 * the user allowed. Moving from http to https on the same host stays on the site (an upgrade only
 * makes it harder to tamper with, and most sites redirect that way); https to http does not.
 *
 * @example isOnSite(new URL('https://a.test:8443/job/1'), new URL('https://a.test/sitemap.xml'), new Set()) // true
 * @example isOnSite(new URL('https://b.test/admin'), new URL('https://a.test/sitemap.xml'), new Set()) // false
 * @example isOnSite(new URL('https://cdn.test/x'), new URL('https://a.test/'), new Set(['cdn.test'])) // true
 */
export function isOnSite(target: URL, site: URL, allowHosts: ReadonlySet<string>): boolean {
  const host = siteHost(target);
  for (const allowed of allowHosts) if (normalizeHost(allowed) === host) return true;
  if (host !== siteHost(site)) return false;
  return target.protocol === site.protocol || (site.protocol === 'http:' && target.protocol === 'https:');
}
