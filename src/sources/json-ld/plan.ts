import { toKstIso } from '../../model/kst.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { isRecord } from '../_read-values.js';
import type { ListStream, ParseContext, RequestSpec, SiteAdapter } from '../types.js';
import { looksClientRendered } from './looks-client-rendered.js';
import { extractJobPostings } from './parse-job-postings.js';
import { parseSitemap } from './parse-sitemap.js';
import { MAX_CHILD_SITEMAPS, SitemapQueue } from './sitemap-queue.js';
import { childLimitWarning, sitemapWarnings } from './sitemap-warnings.js';
import { JSONLD_SOURCE, stableId } from './urls.js';

/** Options of `jsonLdJobPosting()`. */
export interface JsonLdJobPostingOptions {
  /**
   * The source id of the postings, e.g. 'toss-careers'.
   * @default 'jsonld'
   */
  source?: string;
  /** A sitemap (or sitemap index) listing the posting pages. */
  sitemapUrl?: string;
  /** Posting pages given directly. */
  urls?: readonly string[];
  /** Only pages whose URL matches are read (a sitemap lists more than jobs). @default every page */
  include?: RegExp;
  /**
   * 'auto' renders a page in the browser only when its static HTML is an empty client-side shell;
   * 'always' renders every page; 'never' reads static HTML only.
   * @default 'auto'
   */
  render?: 'auto' | 'always' | 'never';
}

/** Returns the sitemap a pointer was listed in (its requests stay on that sitemap's site), if any. */
function listedIn(item: RawPosting): string | undefined {
  return isRecord(item.payload) && typeof item.payload.from === 'string' ? item.payload.from : undefined;
}

/**
 * Returns the plan of a crawl of pages carrying schema.org JobPosting JSON-LD (company career sites):
 * the sitemap(s) and/or given URLs, then each new page, rendered in a browser when it builds itself
 * client-side. A page is fetched once: its URL is its fingerprint, since sitemaps rarely say what changed.
 * A sitemap is read within the sitemap protocol's limits (50,000 entries, 50 MB, a body over it cut and
 * read up to its last entry), an index's children at most 50,000 per run; every URL a sitemap names is
 * requested `from` that sitemap, so the client keeps it on the sitemap's site.
 *
 * @example jsonLdAdapter({ source: 'acme-careers', sitemapUrl: 'https://careers.acme.test/sitemap.xml', include: /\/jobs\// })
 */
export function jsonLdAdapter(options: JsonLdJobPostingOptions): SiteAdapter {
  const source = options.source ?? JSONLD_SOURCE;
  const render = options.render ?? 'auto';
  const wanted = (url: string) => options.include?.test(url) ?? true;
  const pointer = (url: string, context: ParseContext, from?: string): RawPosting => ({
    source,
    sourceId: stableId(url),
    url,
    fetchedAt: toKstIso(context.now),
    title: '',
    company: '',
    payload: from === undefined ? { url } : { url, from },
  });
  // Sitemap indexes name child sitemaps; they are read in turn as further "pages" of one stream.
  let sitemaps: SitemapQueue | undefined;
  const sitemapStream = (root: string): ListStream => ({
    name: `${source}:sitemap`,
    request: (page): RequestSpec => {
      const sitemap = sitemaps?.at(page - 1) ?? { url: root };
      return {
        kind: 'sitemap',
        url: sitemap.url,
        responseType: 'text',
        // Over the client's sitemap cap (the protocol's 50 MB) the body is cut, and read up to its last entry.
        oversize: 'truncate',
        ...(sitemap.from === undefined ? {} : { from: sitemap.from }),
      };
    },
    next: (_body, page) => (page < (sitemaps?.size ?? 1) ? page + 1 : null),
  });

  return {
    id: source,
    lists: () => {
      sitemaps = options.sitemapUrl ? new SitemapQueue(options.sitemapUrl) : undefined;
      return options.sitemapUrl ? [sitemapStream(options.sitemapUrl)] : [];
    },
    seeds: (context) => (options.urls ?? []).filter(wanted).map((url) => pointer(url, context)),
    parseList: (body, context) => {
      const from = context.request.url;
      const entries = parseSitemap(body);
      for (const warning of sitemapWarnings(from, entries, context.truncated)) context.warn(warning);
      const ignored = sitemaps?.add(entries.sitemaps, from) ?? 0;
      if (ignored > 0) context.warn(childLimitWarning(from, ignored, MAX_CHILD_SITEMAPS));
      return { items: entries.urls.filter(wanted).map((url) => pointer(url, context, from)), issues: [] };
    },
    detail: {
      request: (item): RequestSpec => {
        const from = listedIn(item);
        return {
          kind: 'page',
          url: item.url,
          responseType: 'text',
          render: render === 'always',
          ...(from === undefined ? {} : { from }),
        };
      },
      parse: (body, context) => extractJobPostings(body, context.item.url, { source, now: context.now }),
      needsRender: render === 'auto' ? (body) => looksClientRendered(body) : undefined,
      isGone: (status) => status === 404 || status === 410,
      required: true,
    },
    fingerprint: (item) => item.url,
    expectsResults: true,
  };
}
