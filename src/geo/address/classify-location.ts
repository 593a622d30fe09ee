// What kind of location a posting's location field is: an address, a region, several places, remote
// work, nationwide, overseas, or unknown.
import type { LocationKind } from '../../model/posting.js';
import { cachedReading } from './read-location.js';

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
  return cachedReading(raw).kind;
}
