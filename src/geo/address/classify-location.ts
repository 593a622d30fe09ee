// What kind of location a posting's location field is (research/korean-geo.md §4.3 step 9).
import type { LocationKind } from '../../model/posting.js';
import { NATIONWIDE, OVERSEAS, REMOTE } from './_keywords.js';
import { _parseLocation } from './parse-address.js';

/**
 * Returns what a location field names: one street or lot address ('address'), only a region ('region',
 * e.g. '서울 강남구'), several places ('multi', including '… 외' and '… 등 3곳'), remote work
 * ('remote'), anywhere in Korea ('nationwide'), abroad ('overseas'), or nothing readable ('unknown').
 * Never throws.
 *
 * @example classifyLocation('경기 용인시 처인구, 수원시 영통구') // 'multi'
 * @example classifyLocation('전면 재택') // 'remote'
 */
export function classifyLocation(raw: string): LocationKind {
  try {
    const parsed = _parseLocation(raw);
    const n = parsed.places.length;
    if (n > 1 || (n === 1 && (parsed.more || parsed.otherKinds))) return 'multi';
    const first = parsed.places[0];
    if (first) return first.road !== undefined || first.jibun !== undefined ? 'address' : 'region';
    const { text } = parsed;
    if (REMOTE.test(text)) return 'remote';
    if (OVERSEAS.test(text)) return 'overseas';
    if (NATIONWIDE.test(text)) return 'nationwide';
    return 'unknown';
  } catch {
    return 'unknown';
  }
}
