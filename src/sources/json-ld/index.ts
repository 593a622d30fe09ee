import { defineSource } from '../define-source.js';
import { looksClientRendered } from './looks-client-rendered.js';
import { extractJobPostings } from './parse-job-postings.js';
import { parseSitemap } from './parse-sitemap.js';
import { type JsonLdJobPostingOptions, jsonLdAdapter } from './plan.js';

export {
  isJobPostingNode,
  ldAddressText,
  ldCareer,
  ldEducation,
  ldList,
  ldLocations,
  ldSalary,
  ldText,
  ldTexts,
} from './ld-values.js';
export { looksClientRendered } from './looks-client-rendered.js';
export type { JsonLdOptions } from './parse-job-postings.js';
export { extractJobPostings } from './parse-job-postings.js';
export type { SitemapEntries } from './parse-sitemap.js';
export { parseSitemap } from './parse-sitemap.js';
export type { JsonLdJobPostingOptions } from './plan.js';
export { jsonLdAdapter } from './plan.js';
export { findJobPostings, readLdBlocks, readLdBlocksOf } from './read-blocks.js';
export type { LdBlock } from './schema.js';
export { JobPostingNode, LdType } from './schema.js';
export { JSONLD_SELECTORS } from './selectors.js';
export { absoluteUrl, JSONLD_SOURCE, stableId } from './urls.js';

/**
 * The pure readers of schema.org JobPosting pages, which the `jsonLdJobPosting()` factory attaches:
 * postings out of a page, whether a page needs a browser, and the URLs of a sitemap.
 *
 * @example jsonLdParsers.extractJobPostings(html, pageUrl, { source: 'example-careers' }).items.length
 */
export const jsonLdParsers = { extractJobPostings, looksClientRendered, parseSitemap } as const;

/**
 * Returns a source of any pages carrying schema.org JobPosting JSON-LD (company career sites), from a
 * sitemap or a list of URLs; pages built client-side are rendered in the browser passed to `collect`.
 * Carries `jsonLdJobPosting.extractJobPostings` and friends.
 *
 * @example
 * const careers = jsonLdJobPosting({ source: 'acme', sitemapUrl: 'https://careers.acme.test/sitemap.xml' });
 * for await (const raw of careers.collect({ browser: chromiumRenderer() })) console.log(raw.title);
 */
export const jsonLdJobPosting = defineSource(
  (options?: JsonLdJobPostingOptions) => jsonLdAdapter(options ?? {}),
  jsonLdParsers,
);
