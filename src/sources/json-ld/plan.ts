import { toKstIso } from '../../model/kst.js';
import type { RawPosting } from '../../model/raw-posting.js';
import type { ListStream, ParseContext, RequestSpec, SiteAdapter } from '../types.js';
import { looksClientRendered } from './looks-client-rendered.js';
import { extractJobPostings } from './parse-job-postings.js';
import { parseSitemap } from './parse-sitemap.js';
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

/**
 * Returns the plan of a crawl of pages carrying schema.org JobPosting JSON-LD (company career sites):
 * the sitemap(s) and/or given URLs, then each new page, rendered in a browser when it builds itself
 * client-side. A page is fetched once: its URL is its fingerprint, since sitemaps rarely say what changed.
 *
 * @example jsonLdAdapter({ source: 'acme-careers', sitemapUrl: 'https://careers.acme.test/sitemap.xml', include: /\/jobs\// })
 */
export function jsonLdAdapter(options: JsonLdJobPostingOptions): SiteAdapter {
  const source = options.source ?? JSONLD_SOURCE;
  const render = options.render ?? 'auto';
  const wanted = (url: string) => options.include?.test(url) ?? true;
  const pointer = (url: string, context: ParseContext): RawPosting => ({
    source,
    sourceId: stableId(url),
    url,
    fetchedAt: toKstIso(context.now),
    title: '',
    company: '',
    payload: { url },
  });
  // Sitemap indexes name child sitemaps; they are read in turn as further "pages" of one stream.
  let sitemaps: string[] = [];
  const sitemapStream = (root: string): ListStream => ({
    name: `${source}:sitemap`,
    request: (page): RequestSpec => ({
      kind: 'sitemap',
      url: sitemaps[page - 1] ?? root,
      responseType: 'text',
    }),
    next: (_body, page) => (page < sitemaps.length ? page + 1 : null),
  });

  return {
    id: source,
    lists: () => {
      sitemaps = options.sitemapUrl ? [options.sitemapUrl] : [];
      return options.sitemapUrl ? [sitemapStream(options.sitemapUrl)] : [];
    },
    seeds: (context) => (options.urls ?? []).filter(wanted).map((url) => pointer(url, context)),
    parseList: (body, context) => {
      const entries = parseSitemap(body);
      for (const child of entries.sitemaps) if (!sitemaps.includes(child)) sitemaps.push(child);
      return { items: entries.urls.filter(wanted).map((url) => pointer(url, context)), issues: [] };
    },
    detail: {
      request: (item): RequestSpec => ({
        kind: 'page',
        url: item.url,
        responseType: 'text',
        render: render === 'always',
      }),
      parse: (body, context) => extractJobPostings(body, context.item.url, { source, now: context.now }),
      needsRender: render === 'auto' ? (body) => looksClientRendered(body) : undefined,
      isGone: (status) => status === 404 || status === 410,
      required: true,
    },
    fingerprint: (item) => item.url,
    expectsResults: true,
  };
}
