import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseEnvelope } from '../_parse-envelope.js';
import { mapProgrammersPosition } from './map-position.js';
import { ProgrammersListEnvelope, ProgrammersListPosition } from './schema.js';
import { PROGRAMMERS_SOURCE, programmersUrlOf } from './urls.js';

/**
 * Returns the RawPostings of one Programmers list page (`GET /api/job_positions`) and a quarantine entry
 * for each position that cannot be read. Categories are ids ('programmers:1'); salaries are 만원 a year.
 *
 * @throws {ParseError} when the body is not the `{jobPositions:[]}` envelope.
 * @example
 * const { items } = parseList({ jobPositions: [{ id: 9, title: '백엔드 개발자', jobCategoryIds: [1], company: { name: '누리랩스' } }], page: '1', totalPages: 1 });
 * items[0]?.categories // ['programmers:1']
 */
export function parseList(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  return parseEnvelope(body, opts, {
    source: PROGRAMMERS_SOURCE,
    what: 'Programmers job position list',
    envelope: ProgrammersListEnvelope,
    items: (envelope) => envelope.jobPositions,
    path: ['jobPositions'],
    schema: ProgrammersListPosition,
    urlOf: programmersUrlOf,
    toRaw: (p, raw, fetchedAt) => mapProgrammersPosition(p, raw, { fetchedAt }),
  });
}
