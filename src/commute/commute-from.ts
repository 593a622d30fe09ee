// One origin, many destinations, synchronously: what a pure scorer needs when it weighs the commute
// of every posting for one person and must not await per posting.

import type { LatLng } from '../geo/distance.js';
import { type CommuteEstimate, type CommuteOptions, estimateCommute } from './estimate-commute.js';

/**
 * Returns a function estimating the commute from `home` to any destination with the offline model,
 * as {@link estimateCommute} would answer each pair. Work that depends only on the origin is done
 * once, so calling the returned function over many postings is cheap. The returned function never
 * throws: an invalid `home` or destination gives null.
 *
 * @example
 * const fromHome = commuteFrom({ lat: 37.5496, lng: 126.9139 }); // 합정역
 * const estimates = postings.map((p) => fromHome(p.geo));
 */
export function commuteFrom(
  home: LatLng | null | undefined,
  options: CommuteOptions = {},
): (to: LatLng | null | undefined) => CommuteEstimate | null {
  return (to) => estimateCommute(home, to, options);
}
