import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { careerRange } from '../_career-range.js';
import { compact } from '../_compact.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseEnvelope } from '../_parse-envelope.js';
import { readId, readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { WantedListItem as ItemSchema, WantedListEnvelope, type WantedListItem } from './schema.js';
import { resolveWantedSkillTags } from './skill-tags.js';
import { WANTED_SOURCE, wantedJobUrl, wantedUrlOf } from './urls.js';

/**
 * Returns the location text of a Wanted address: `full_location` when given (v4, details), else
 * `location` + `district` (navigation lists only carry those).
 *
 * @example wantedLocation({ location: '서울', district: '마포구' }) // '서울 마포구'
 */
export function wantedLocation(address: WantedListItem['address']): string | undefined {
  if (!address) return undefined;
  return (
    readText(address.full_location) ??
    readText([address.location, address.district].filter(Boolean).join(' '))
  );
}

/**
 * Returns `{ alwaysOpen: true }` when a body carries `due_time: null` (Wanted shows such postings as
 * '상시') and nothing when the key is absent (navigation lists have no due date at all).
 *
 * @example wantedAlwaysOpen({ due_time: null }) // true
 */
export function wantedAlwaysOpen(item: { due_time?: string | null | undefined }): true | undefined {
  return 'due_time' in item && item.due_time === null ? true : undefined;
}

/**
 * Returns the RawPostings of one Wanted list page, navigation v1 or v4 (`{data:[…], links}`), and a
 * quarantine entry per unreadable item. Category and skill ids become `'wanted:<id>'` categories,
 * known skill names and `'wanted-skill:<id>'` / `'wanted-attraction:<id>'` tags.
 *
 * @throws {ParseError} when the body is not a `{data:[]}` envelope.
 * @example
 * const { items } = parseList({ data: [{ id: 1, position: '백엔드 엔지니어', company: { id: 9, name: '한울데이터' }, skill_tags: [1554] }], links: {} });
 * items[0]?.stackTags // ['Python']
 */
export function parseList(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  return parseEnvelope(body, opts, {
    source: WANTED_SOURCE,
    what: 'Wanted job list',
    envelope: WantedListEnvelope,
    items: (envelope) => envelope.data,
    path: ['data'],
    schema: ItemSchema,
    urlOf: wantedUrlOf,
    toRaw: (job, raw, fetchedAt) => {
      const sourceId = String(job.id);
      const skills = resolveWantedSkillTags(job.skill_tags ?? []);
      // Only the leaf id: the parent (518 = 개발) is the same for every job of a group.
      const categoryIds = [job.category_tag?.id, ...(job.category_tags ?? []).map((c) => c.id)];
      return compact({
        source: WANTED_SOURCE,
        sourceId,
        url: wantedJobUrl(sourceId),
        fetchedAt,
        title: job.position,
        company: job.company.name,
        companyId: readId(job.company.id),
        categories: uniqueTexts(categoryIds.map((id) => (id === undefined ? undefined : `wanted:${id}`))),
        stackTags: skills.names,
        // annual_to >= 100 means "no upper bound" (lists show 0–100 for '경력 무관'); kept as given for the
        // normalizer.
        career: careerRange(job.annual_from, job.annual_to, job.is_newbie),
        locations: uniqueTexts([wantedLocation(job.address)]),
        deadline: readText(job.due_time),
        alwaysOpen: wantedAlwaysOpen(job),
        employmentType: readText(job.employment_type),
        // 'alternative_military' (전문연구요원/산업기능요원) and 'foreigner' are kept verbatim.
        tags: uniqueTexts([
          ...skills.unresolved,
          ...(job.attraction_tags ?? []).map((id) => `wanted-attraction:${id}`),
          ...(job.additional_apply_type ?? []),
        ]),
        sections: {},
        payload: raw,
      });
    },
  });
}
