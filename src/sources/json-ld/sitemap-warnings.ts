// What a run says about a sitemap it could not read whole: one that breaks the sitemap protocol's
// limits (50,000 entries, 50 MB) or one that ends before its last entry.
import { SITEMAP_MAX_ENTRIES, type SitemapEntries } from './parse-sitemap.js';

/**
 * Returns the warnings of one sitemap file as read: over the protocol's entry limit, cut at the
 * client's body cap (`cutByClient`), or ending before its root closes; [] for a whole, lawful file.
 *
 * @example sitemapWarnings('https://a.test/sitemap.xml', { urls, sitemaps: [], overLimit: true, truncated: false }, false)
 * // ['https://a.test/sitemap.xml lists more than 50000 entries, the sitemap protocol's limit: 50000 were read, the rest ignored']
 */
export function sitemapWarnings(url: string, entries: SitemapEntries, cutByClient: boolean): string[] {
  const read = entries.urls.length + entries.sitemaps.length;
  const warnings: string[] = [];
  if (entries.overLimit)
    warnings.push(
      `${url} lists more than ${SITEMAP_MAX_ENTRIES} entries, the sitemap protocol's limit: ${read} were read, the rest ignored`,
    );
  if (cutByClient)
    warnings.push(
      `${url} is larger than the body cap of a sitemap (the protocol allows 50 MB uncompressed): read up to its last complete entry, ${read} entries`,
    );
  else if (entries.truncated)
    warnings.push(`${url} ends before its closing tag: read up to its last complete entry, ${read} entries`);
  return warnings;
}

/**
 * Returns the warning for child sitemaps an index named past the run's limit of `max`.
 *
 * @example childLimitWarning('https://a.test/index.xml', 30000, 50000)
 */
export function childLimitWarning(url: string, ignored: number, max: number): string {
  return `${url} names ${ignored} child sitemaps past the ${max} one run reads (the sitemap protocol's limit of an index): they were ignored`;
}
