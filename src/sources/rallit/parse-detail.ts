import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseEnvelope } from '../_parse-envelope.js';
import { mapRallitPosition } from './map-position.js';
import { RallitDetail, RallitDetailEnvelope } from './schema.js';
import { RALLIT_SOURCE, rallitUrlOf } from './urls.js';

/**
 * Returns the RawPosting of one Rallit detail body (`GET /client/api/v1/position/{id}` → `{data}`), with
 * the street address, job names as categories and the HTML sections kept as written.
 *
 * @throws {ParseError} when the body has no `data` object.
 * @example
 * const { items } = parseDetail({ data: { id: 3, title: '백엔드 개발자', companyName: '모아핀', addressMain: '서울 마포구 월드컵북로 1' } });
 * items[0]?.locations // ['서울 마포구 월드컵북로 1']
 */
export function parseDetail(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  return parseEnvelope(body, opts, {
    source: RALLIT_SOURCE,
    what: 'Rallit position detail',
    envelope: RallitDetailEnvelope,
    items: (envelope) => [envelope.data],
    path: ['data'],
    single: true,
    schema: RallitDetail,
    urlOf: rallitUrlOf,
    toRaw: mapRallitPosition,
  });
}
