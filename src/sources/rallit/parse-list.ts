import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseEnvelope } from '../_parse-envelope.js';
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
  return parseEnvelope(body, opts, {
    source: RALLIT_SOURCE,
    what: 'Rallit position list',
    envelope: RallitListEnvelope,
    items: (envelope) => envelope.data.items,
    path: ['data', 'items'],
    schema: RallitListItem,
    urlOf: rallitUrlOf,
    toRaw: mapRallitPosition,
  });
}
