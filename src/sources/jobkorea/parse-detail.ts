import { ParseError } from '../../model/errors/parse-error.js';
import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { compact } from '../_compact.js';
import { fetchedAtOf, type ParseOptions } from '../_fetched-at.js';
import { parseItems } from '../_parse-items.js';
import { readHtml } from '../_read-body.js';
import { readId, readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { readJobKoreaDetail } from './read-detail.js';
import { JobKoreaDetailRecord, type JobPostingLd } from './schema.js';
import { JOBKOREA_SOURCE, jobkoreaPostingUrl, jobkoreaUrlOf } from './urls.js';

/** Options of {@link parseDetail}. */
export interface JobKoreaDetailOptions extends ParseOptions {
  /**
   * The GI number the page was fetched for. Pages carry it in `link[rel=canonical]` or JSON-LD, but a
   * saved fragment of the 모집요강 block does not; without either the posting is quarantined.
   */
  id?: string | number;
}

/** Returns the JSON-LD location texts ('서울특별시 강남구 테헤란로 1'). */
function ldLocations(ld: JobPostingLd | undefined): string[] {
  const places =
    ld?.jobLocation == null ? [] : Array.isArray(ld.jobLocation) ? ld.jobLocation : [ld.jobLocation];
  return places.map((place) => {
    const a = place.address;
    if (a == null || typeof a === 'string') return readText(a) ?? '';
    return [a.addressRegion, a.addressLocality, a.streetAddress].filter(Boolean).join(' ');
  });
}

/** Returns a text of a JSON-LD value that may be a string, a list or an object with a name/value. */
function ldText(value: unknown): string | undefined {
  if (Array.isArray(value)) return readText(value.map(ldText).filter(Boolean).join(','));
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    return ldText(v.name ?? v.description ?? v.value);
  }
  return readText(value) ?? (typeof value === 'number' ? String(value) : undefined);
}

/**
 * Returns the RawPosting of one JobKorea `GI_Read` page: JSON-LD `JobPosting` first, then the page's
 * label/value rows ('고용형태' → '인턴 (근무기간 2개월, 정규직 전환 가능)', '급여', '근무지주소', '경력',
 * '학력') and skills. A page without a readable GI number becomes one 'missing_field' issue.
 *
 * @throws {ParseError} when the body is not HTML, or is HTML with nothing of a posting in it.
 * @example
 * const { items } = parseDetail(html, { id: 49759955 });
 * items[0]?.employmentType // '정규직'
 */
export function parseDetail(body: unknown, opts?: JobKoreaDetailOptions): ParseResult<RawPosting> {
  const html = readHtml(body, JOBKOREA_SOURCE);
  const { record, recognized } = readJobKoreaDetail(html, readId(opts?.id));
  if (!recognized)
    throw new ParseError({
      message: 'page has no JobPosting JSON-LD, no 모집요강 rows and no title',
      source: JOBKOREA_SOURCE,
    });
  const fetchedAt = fetchedAtOf(opts);
  return parseItems([record], {
    source: JOBKOREA_SOURCE,
    path: [],
    single: true,
    schema: JobKoreaDetailRecord,
    urlOf: jobkoreaUrlOf,
    toRaw: (page, raw) => {
      const ld = page.jsonLd;
      const f = page.fields;
      const salary = f.급여 ?? ldText(ld?.baseSalary);
      const career = f.경력 ?? f.경력사항 ?? ldText(ld?.experienceRequirements);
      return compact({
        source: JOBKOREA_SOURCE,
        sourceId: page.id,
        url: jobkoreaPostingUrl(page.id),
        fetchedAt,
        // A fragment of the 모집요강 block has no header: title and company stay empty for the
        // collector to fill from the search card.
        title: page.title ?? '',
        company: page.company ?? '',
        categories: uniqueTexts([f.모집분야, ...(ldText(ld?.occupationalCategory)?.split(',') ?? [])]),
        stackTags: page.skills,
        career: career === undefined ? undefined : { text: career },
        locations: uniqueTexts([f.근무지주소, f.근무지역, ...ldLocations(ld)]),
        deadline: readText(ld?.validThrough) ?? f.마감일 ?? f.접수기간,
        alwaysOpen: /상시|채용\s*시/.test(f.마감일 ?? f.접수기간 ?? '') ? true : undefined,
        // The row keeps its parenthetical ('정규직 전환 가능'); classifying it is the normalizer's job.
        employmentType: f.고용형태 ?? ldText(ld?.employmentType),
        salary: salary === undefined ? undefined : { text: salary },
        education: f.학력 ?? ldText(ld?.educationRequirements),
        tags: [],
        sections: compact({
          etc: readText(ld?.description) === undefined ? undefined : (ld?.description ?? undefined),
        }),
        postedAt: readText(ld?.datePosted),
        payload: raw,
      });
    },
  });
}
