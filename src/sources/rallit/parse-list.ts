import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { fetchedAtOf, type ParseOptions } from '../_fetched-at.js';
import { parseItems } from '../_parse-items.js';
import { readEnvelope } from '../_read-body.js';
import { mapRallitPosition } from './map-position.js';
import { RallitListEnvelope, RallitListItem } from './schema.js';
import { RALLIT_SOURCE, rallitUrlOf } from './urls.js';

/**
 * Returns the RawPostings of one Rallit list page (`GET /api/v1/position`) and a quarantine entry per
 * unreadable item. Locations are region codes ('GANGNAM'); sentinel dates become `alwaysOpen: true`.
 *
 * @throws {ParseError} when the body is not the `{data:{items:[]}}` envelope.
 * @example
 * const { items } = parseList({ statusCode: 'OK', data: { items: [{ id: 3, title: '백엔드 개발자', companyName: '모아핀', endedAt: '9999-12-31' }] } });
 * items[0]?.alwaysOpen // true
 */
export function parseList(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  const envelope = readEnvelope(body, RallitListEnvelope, {
    source: RALLIT_SOURCE,
    what: 'Rallit position list',
  });
  const fetchedAt = fetchedAtOf(opts);
  return parseItems(envelope.data.items, {
    source: RALLIT_SOURCE,
    path: ['data', 'items'],
    schema: RallitListItem,
    urlOf: rallitUrlOf,
    toRaw: (p, raw) => mapRallitPosition(p, raw, fetchedAt),
  });
}
