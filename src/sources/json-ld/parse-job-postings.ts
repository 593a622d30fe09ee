import { load } from 'cheerio';
import type { ParseResult, QuarantineEntry } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { compact } from '../_compact.js';
import { fetchedAtOf, type ParseOptions } from '../_fetched-at.js';
import { MissingField, parseItems } from '../_parse-items.js';
import { quarantineEntry } from '../_quarantine-entry.js';
import { readHtml } from '../_read-body.js';
import { isRecord, readDecodedText, readId } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { ldCareer, ldEducation, ldLocations, ldSalary, ldText, ldTexts } from './ld-values.js';
import { readLdBlocks } from './read-blocks.js';
import { JobPostingNode } from './schema.js';
import { absoluteUrl, JSONLD_SOURCE, stableId } from './urls.js';

/** Options of {@link extractJobPostings}. */
export interface JsonLdOptions extends ParseOptions {
  /**
   * The `source` of every RawPosting and quarantine entry, e.g. 'toss-careers'.
   * @default 'jsonld'
   */
  source?: string;
}

// A description escaped once more than HTML needs ('&lt;p&gt;담당 업무&lt;/p&gt;') — decoded to markup.
const ESCAPED_MARKUP = /&lt;\/?[a-z][a-z0-9]*[\s/&]/i;

/** Returns the description as HTML or text, decoding it once when the page escaped its markup. */
function descriptionOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return !value.includes('<') && ESCAPED_MARKUP.test(value) ? readDecodedText(value) : value;
}

/** Returns the posting's own id: `identifier` as text, number or PropertyValue (`value`). */
function identifierOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (isRecord(first)) return readId(first.value) ?? readId(first['@value']);
  return readId(first);
}

/** Returns the organisation's name and its links as tags ('company-url:…', 'company-logo:…'). */
function organizationOf(value: unknown): { name?: string; tags: string[] } {
  const org = Array.isArray(value) ? value[0] : value;
  if (!isRecord(org)) return compact({ name: ldText(org), tags: [] });
  const sameAs = ldTexts(org.sameAs).map((url) => `company-url:${url}`);
  const logo = ldText(isRecord(org.logo) ? (org.logo.url ?? org.logo.contentUrl) : org.logo);
  return compact({
    name: ldText(org.name) ?? ldText(org.legalName),
    tags: uniqueTexts([...sameAs, logo && `company-logo:${logo}`]),
  });
}

/**
 * Returns the RawPostings of every schema.org JobPosting a page embeds as JSON-LD — top-level objects,
 * arrays, `@graph` and nested nodes, `@type` as a string or a list — and one quarantine entry per
 * posting without a title or hiring organisation and per `ld+json` block that is not valid JSON (the
 * other blocks are still read). A page without any JobPosting gives no items and no issues; see
 * `looksClientRendered` to tell a client-rendered shell from a page that has none.
 *
 * The `sourceId` is `identifier` (its `value` for a PropertyValue), else a stable hash of the posting's
 * `url` (else `pageUrl`), suffixed with its position when several postings share one.
 *
 * @throws {ParseError} when `html` is not a string with HTML markup.
 * @example
 * const { items } = extractJobPostings(html, 'https://careers.example.test/jobs/42', { source: 'example-careers' });
 * items[0]?.employmentType // 'FULL_TIME'
 */
export function extractJobPostings(
  html: unknown,
  pageUrl: string,
  options?: JsonLdOptions,
): ParseResult<RawPosting> {
  const source = options?.source ?? JSONLD_SOURCE;
  const $ = load(readHtml(html, source));
  const blocks = readLdBlocks($);
  const fetchedAt = fetchedAtOf(options);
  const usedIds = new Set<string>();
  const postings = blocks.flatMap((block) => (block.ok ? block.postings : []));
  const result = parseItems(postings, {
    source,
    path: ['jobPostings'],
    schema: JobPostingNode,
    urlOf: (raw) => absoluteUrl(ldText(isRecord(raw) ? raw.url : undefined), pageUrl) ?? pageUrl,
    toRaw: (ld, raw) => {
      const org = organizationOf(ld.hiringOrganization);
      if (org.name === undefined)
        return new MissingField('hiringOrganization', 'the JobPosting names no hiringOrganization');
      const url = absoluteUrl(ldText(ld.url), pageUrl) ?? pageUrl;
      let sourceId = identifierOf(ld.identifier) ?? stableId(url);
      for (let n = 2; usedIds.has(sourceId); n++)
        sourceId = `${identifierOf(ld.identifier) ?? stableId(url)}-${n}`;
      usedIds.add(sourceId);
      const { locations, coordinates } = ldLocations(ld.jobLocation, ld.jobLocationType);
      const description = descriptionOf(ld.description);
      return compact({
        source,
        sourceId,
        url,
        fetchedAt,
        title: readDecodedText(ld.title) ?? ld.title,
        company: org.name,
        categories: uniqueTexts([...ldTexts(ld.occupationalCategory), ...ldTexts(ld.industry)]),
        stackTags: ldTexts(ld.skills),
        career: ldCareer(ld.experienceRequirements),
        locations,
        coordinates,
        deadline: ldText(ld.validThrough),
        employmentType: ldTexts(ld.employmentType).join(',') || undefined,
        salary: ldSalary(ld.baseSalary),
        education: ldEducation(ld.educationRequirements),
        tags: org.tags,
        sections: description === undefined ? {} : { etc: description },
        postedAt: ldText(ld.datePosted),
        payload: raw,
      });
    },
  });
  const broken: QuarantineEntry[] = blocks.flatMap((block) =>
    block.ok
      ? []
      : [
          quarantineEntry({
            code: 'invalid_item',
            source,
            url: pageUrl,
            path: ['ld+json', block.index],
            message: `JSON-LD block ${block.index} is not valid JSON: ${block.message}`,
            raw: block.text,
          }),
        ],
  );
  return { items: result.items, issues: [...result.issues, ...broken] };
}
