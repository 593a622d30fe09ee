import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { careerRange } from '../_career-range.js';
import { compact } from '../_compact.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseEnvelope } from '../_parse-envelope.js';
import { readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { JumpitListEnvelope, JumpitListPosition } from './schema.js';
import { JUMPIT_SOURCE, jumpitPositionUrl, jumpitUrlOf } from './urls.js';

// With `highlight` on, Jumpit wraps matched keywords in <span> inside `title`.
const TAG = /<[^>]*>/g;

/**
 * Returns the RawPostings of one Jumpit list page (`GET /api/positions`) and a quarantine entry for
 * each position that cannot be read. The list has no posting date; its `techStacks` are names.
 *
 * @throws {ParseError} when the body is not the `{result:{positions:[]}}` envelope.
 * @example
 * const { items } = parseList({ code: 'P004', result: { positions: [{ id: 1, title: '백엔드 개발자', companyName: '다온소프트' }] } });
 * items[0]?.url // 'https://jumpit.saramin.co.kr/position/1'
 */
export function parseList(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  return parseEnvelope(body, opts, {
    source: JUMPIT_SOURCE,
    what: 'Jumpit position list',
    envelope: JumpitListEnvelope,
    items: (envelope) => envelope.result.positions,
    path: ['result', 'positions'],
    schema: JumpitListPosition,
    urlOf: jumpitUrlOf,
    toRaw: (p, raw, fetchedAt) => {
      const sourceId = String(p.id);
      return compact({
        source: JUMPIT_SOURCE,
        sourceId,
        url: jumpitPositionUrl(sourceId),
        fetchedAt,
        title: p.title.replace(TAG, ''),
        company: p.companyName,
        companyId: readText(p.serialNumber),
        categories: uniqueTexts([p.jobCategory]),
        stackTags: uniqueTexts(p.techStacks ?? []),
        career: careerRange(p.minCareer, p.maxCareer, p.newcomer),
        locations: uniqueTexts(p.locations ?? []),
        deadline: readText(p.closedAt),
        alwaysOpen: p.alwaysOpen ?? undefined,
        tags: [],
        sections: {},
        payload: raw,
      });
    },
  });
}
