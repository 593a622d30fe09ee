import { ParseError } from '../../model/errors/parse-error.js';
import { readDecodedText } from '../_read-values.js';
import { nextTag, textUntilClose } from './_xml-tags.js';
import { JSONLD_SOURCE } from './urls.js';

/**
 * The most entries (`<url>` or `<sitemap>`) one sitemap file may list, by the sitemap protocol
 * (sitemaps.org); a file may also hold at most 50 MB uncompressed, which the HTTP client's cap of kind
 * 'sitemap' enforces.
 */
export const SITEMAP_MAX_ENTRIES = 50_000;

/** The page URLs and child sitemaps one sitemap file lists. */
export interface SitemapEntries {
  /** `<urlset><url><loc>` — pages to fetch. */
  urls: string[];
  /** `<sitemapindex><sitemap><loc>` — more sitemaps to read. */
  sitemaps: string[];
  /** The file lists more entries than `maxEntries` (the protocol's 50,000): only the first were read. */
  overLimit: boolean;
  /** The text ends before its root closes (a body cut short): it was read up to its last complete entry. */
  truncated: boolean;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/**
 * Returns the page URLs (`<urlset>`) and child sitemaps (`<sitemapindex>`) of a sitemap XML, in order
 * and without duplicates, reading at most `maxEntries` entries (the protocol's 50,000; later ones are
 * not read, `overLimit` says so). A text cut short is read up to its last complete entry (`truncated`).
 * Namespace prefixes (`<sm:loc>`), CDATA sections, entities (`&amp;`) and whitespace around values are
 * tolerated; `<image:loc>` and other extension locations are not pages. One pass over the text: no
 * document tree, nothing kept but the entries.
 *
 * @throws {ParseError} when `xml` is not a string holding a `<urlset>` or `<sitemapindex>`.
 * @example parseSitemap('<urlset><url><loc> https://careers.example.test/jobs/1?a=1&amp;b=2 </loc></url></urlset>')
 * // { urls: ['https://careers.example.test/jobs/1?a=1&b=2'], sitemaps: [], overLimit: false, truncated: false }
 */
export function parseSitemap(xml: unknown, options: { maxEntries?: number } = {}): SitemapEntries {
  if (typeof xml !== 'string')
    throw new ParseError({ message: `sitemap is a ${typeof xml}, not XML text`, source: JSONLD_SOURCE });
  const maxEntries = options.maxEntries ?? SITEMAP_MAX_ENTRIES;
  const urls = new Set<string>();
  const sitemaps = new Set<string>();
  let rootOpened = false;
  let rootClosed = false;
  let overLimit = false;
  let read = 0;
  // The <url> or <sitemap> being read, with its prefix: only a <loc> of the same prefix is its own, so
  // '<image:loc>' inside '<url>' is skipped.
  let entry: { prefix: string; kind: string; loc?: string } | undefined;
  let at = 0;
  for (let tag = nextTag(xml, at); tag !== null; tag = nextTag(xml, at)) {
    at = tag.end;
    const { prefix, local } = tag;
    if (local === 'urlset' || local === 'sitemapindex') {
      if (tag.closing || tag.selfClosing) rootClosed = true;
      rootOpened = true;
    } else if (local === 'url' || local === 'sitemap') {
      if (!tag.closing) {
        entry = tag.selfClosing ? undefined : { prefix, kind: local };
        continue;
      }
      if (entry?.prefix !== prefix || entry.kind !== local) continue;
      const { kind, loc } = entry;
      entry = undefined;
      if (loc === undefined) continue;
      if (read >= maxEntries) {
        overLimit = true;
        break;
      }
      read++;
      const value = readDecodedText(loc.includes('<![CDATA[') ? loc.replace(CDATA, '$1') : loc);
      if (value !== undefined) (kind === 'url' ? urls : sitemaps).add(ownCopy(value));
    } else if (local === 'loc' && entry?.loc === undefined && entry?.prefix === prefix && !tag.closing) {
      if (tag.selfClosing) continue;
      const value = textUntilClose(xml, at, prefix, 'loc');
      if (value === null) break;
      entry.loc = value.raw;
      at = value.end;
    }
  }
  if (!rootOpened)
    throw new ParseError({ message: 'body has no <urlset> or <sitemapindex>', source: JSONLD_SOURCE });
  return { urls: [...urls], sitemaps: [...sitemaps], overLimit, truncated: !overLimit && !rootClosed };
}

/**
 * Returns `text` as a string of its own. V8 keeps a slice of a long string as a view into it, so a URL
 * read out of a 50 MB sitemap would keep the whole sitemap alive for as long as the URL lives.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
