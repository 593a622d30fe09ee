import { ParseError } from '../../model/errors/parse-error.js';
import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { fetchedAtOf, type ParseOptions } from '../_fetched-at.js';
import { parseItems } from '../_parse-items.js';
import { readEnvelope } from '../_read-body.js';
import { isRecord } from '../_read-values.js';
import { mapProgrammersPosition } from './map-position.js';
import { ProgrammersDetailEnvelope, ProgrammersDetailPosition } from './schema.js';
import { PROGRAMMERS_SOURCE, programmersUrlOf } from './urls.js';

/**
 * Returns the RawPosting of one Programmers detail body (`GET /api/job_positions/{id}`): point, texts
 * (description → intro, requirement, preferredExperience → preferred, additionalInformation → etc) and
 * team environment tags. `settings.google.jobPosition` (schema.org) fills the posting date, deadline,
 * employment type and address when the position lacks them. A 401 answer has no body to parse: check
 * the status with `isUnauthorized` first.
 *
 * @throws {ParseError} when the body is not the `{jobPosition:{…}}` envelope.
 * @example
 * const { items } = parseDetail({ jobPosition: { id: 9, title: '백엔드 개발자', latitude: 37.5, longitude: 127.0, company: { name: '누리랩스' } } });
 * items[0]?.coordinates // { lat: 37.5, lng: 127 }
 */
export function parseDetail(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  const envelope = readEnvelope(body, ProgrammersDetailEnvelope, {
    source: PROGRAMMERS_SOURCE,
    what: 'Programmers job position detail',
  });
  if (!isRecord(envelope.jobPosition))
    throw new ParseError({ message: 'detail body has no jobPosition object', source: PROGRAMMERS_SOURCE });
  const schemaOrg = envelope.settings?.google?.jobPosition;
  // The object is the JobPosting by its place; `@type` is not required of it.
  const ld = isRecord(schemaOrg) ? schemaOrg : undefined;
  const fetchedAt = fetchedAtOf(opts);
  return parseItems([envelope.jobPosition], {
    source: PROGRAMMERS_SOURCE,
    path: ['jobPosition'],
    single: true,
    schema: ProgrammersDetailPosition,
    urlOf: programmersUrlOf,
    toRaw: (p, raw) => mapProgrammersPosition(p, raw, { fetchedAt, ld }),
  });
}
