import { ParseError } from '../../model/errors/parse-error.js';
import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { careerRange } from '../_career-range.js';
import { compact } from '../_compact.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseEnvelope } from '../_parse-envelope.js';
import { isRecord, readId, readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { JumpitDetailEnvelope, JumpitDetailPosition } from './schema.js';
import { JUMPIT_SOURCE, jumpitPositionUrl, jumpitUrlOf } from './urls.js';

/** The body code Jumpit answers (with HTTP 400) for a closed or removed position. */
export const JUMPIT_CLOSED_CODE = 'C003';

/**
 * Returns true when a detail body says the position is closed (`code: 'C003'`), so a collector can tell
 * "gone" from "broken".
 *
 * @example isClosedPosting({ status: 400, code: 'C003', message: '마감된 포지션입니다.' }) // true
 */
export function isClosedPosting(body: unknown): boolean {
  return isRecord(body) && body.code === JUMPIT_CLOSED_CODE;
}

/**
 * Returns the RawPosting of one Jumpit detail body (`GET /api/position/{id}`): sections, tags, working
 * places and categories included. A closed posting (see {@link isClosedPosting}) gives no item and no issue.
 *
 * @throws {ParseError} when the body is not the `{code, result:{…}}` envelope.
 * @example
 * const { items } = parseDetail({ code: 'C001', result: { id: 7, title: 'iOS 개발자', companyName: '누리랩스', techStacks: [{ stack: 'Swift' }] } });
 * items[0]?.stackTags // ['Swift']
 */
export function parseDetail(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  if (isClosedPosting(body)) return { items: [], issues: [] };
  return parseEnvelope(body, opts, {
    source: JUMPIT_SOURCE,
    what: 'Jumpit position detail',
    envelope: JumpitDetailEnvelope,
    items: (envelope) => {
      if (isRecord(envelope.result)) return [envelope.result];
      throw new ParseError({
        message: `detail body (code ${String(envelope.code)}) has no result object`,
        source: JUMPIT_SOURCE,
      });
    },
    path: ['result'],
    single: true,
    schema: JumpitDetailPosition,
    urlOf: jumpitUrlOf,
    toRaw: (p, raw, fetchedAt) => {
      const sourceId = String(p.id);
      const search = p.jobPostingForSearchEngine;
      const employment = search?.employmentType;
      return compact({
        source: JUMPIT_SOURCE,
        sourceId,
        url: jumpitPositionUrl(sourceId),
        fetchedAt,
        title: p.title,
        company: p.companyName,
        // serialNumber is the business registration no.; 2023 bodies had only companyProfileId.
        companyId: readText(p.serialNumber) ?? readId(p.companyProfileId),
        categories: uniqueTexts((p.jobCategories ?? []).map((c) => c.name)),
        stackTags: uniqueTexts((p.techStacks ?? []).map((s) => s.stack)),
        career: careerRange(p.minCareer, p.maxCareer, p.newcomer),
        locations: uniqueTexts([...(p.workingPlaces ?? []).map((w) => w.address), p.location]),
        deadline: readText(p.closedAt),
        alwaysOpen: p.alwaysOpen ?? undefined,
        employmentType: Array.isArray(employment)
          ? uniqueTexts(employment).join(',') || undefined
          : readText(employment),
        education: readText(p.educationName),
        // Tags mix company facts ('매출액 500억 기업'), benefits ('육아휴직') and subway lines.
        tags: uniqueTexts((p.tags ?? []).map((t) => t.name)),
        sections: compact({
          intro: p.serviceInfo ?? undefined,
          mainTasks: p.responsibility ?? undefined,
          requirements: p.qualifications ?? undefined,
          preferred: p.preferredRequirements ?? undefined,
          benefits: p.welfares ?? undefined,
          process: p.recruitProcess ?? undefined,
        }),
        postedAt: readText(p.publishedAt),
        payload: raw,
      });
    },
  });
}
