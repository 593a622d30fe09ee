import { ParseError } from '../../model/errors/parse-error.js';
import { readDecodedText } from '../_read-values.js';
import { JSONLD_SOURCE } from './urls.js';

/** The page URLs and child sitemaps one sitemap file lists. */
export interface SitemapEntries {
  /** `<urlset><url><loc>` — pages to fetch. */
  urls: string[];
  /** `<sitemapindex><sitemap><loc>` — more sitemaps to read. */
  sitemaps: string[];
}

// '<urlset', '<sm:urlset', '<sitemapindex' — the root tells a sitemap from an error page.
const ROOT = /<(?:[\w.-]+:)?(?:urlset|sitemapindex)\b/i;
// One '<url>…</url>' or '<sitemap>…</sitemap>' entry, any namespace prefix ('<sm:url>').
const ENTRY = /<((?:[\w.-]+:)?)(url|sitemap)\b[^>]*>([\s\S]*?)<\/\1\2\s*>/gi;
// '<loc>…</loc>' with its prefix; 'image:loc' and 'video:…' of the extensions are told apart by prefix.
const LOC = /<((?:[\w.-]+:)?)loc\b[^>]*>([\s\S]*?)<\/\1loc\s*>/gi;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Returns the page URLs (`<urlset>`) and child sitemaps (`<sitemapindex>`) of a sitemap XML, in order
 * and without duplicates. Namespace prefixes (`<sm:loc>`), CDATA sections, entities (`&amp;`) and
 * whitespace around values are tolerated; `<image:loc>` and other extension locations are not pages.
 *
 * @throws {ParseError} when `xml` is not a string holding a `<urlset>` or `<sitemapindex>`.
 * @example parseSitemap('<urlset><url><loc> https://careers.example.test/jobs/1?a=1&amp;b=2 </loc></url></urlset>')
 * // { urls: ['https://careers.example.test/jobs/1?a=1&b=2'], sitemaps: [] }
 */
export function parseSitemap(xml: unknown): SitemapEntries {
  if (typeof xml !== 'string')
    throw new ParseError({ message: `sitemap is a ${typeof xml}, not XML text`, source: JSONLD_SOURCE });
  const text = xml.replace(COMMENT, '');
  if (!ROOT.test(text))
    throw new ParseError({ message: 'body has no <urlset> or <sitemapindex>', source: JSONLD_SOURCE });
  const urls = new Set<string>();
  const sitemaps = new Set<string>();
  for (const [, prefix, kind, inner] of text.matchAll(ENTRY)) {
    for (const [, locPrefix, value] of (inner ?? '').matchAll(LOC)) {
      // Only the entry's own <loc>: same prefix as <url>, so '<image:loc>' inside '<url>' is skipped.
      if ((locPrefix ?? '').toLowerCase() !== (prefix ?? '').toLowerCase()) continue;
      const loc = readDecodedText((value ?? '').replace(CDATA, '$1'));
      if (loc !== undefined) (kind?.toLowerCase() === 'url' ? urls : sitemaps).add(loc);
      break;
    }
  }
  return { urls: [...urls], sitemaps: [...sitemaps] };
}
