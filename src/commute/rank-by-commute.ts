// Ranks postings by how long the commute from home would be — what the original team wanted for a
// job seeker choosing between companies. Pure and synchronous: the offline model only.

import type { LatLng } from '../geo/distance.js';
import type { CommuteEstimate, CommuteOptions } from './estimate-commute.js';
import { estimateCommute } from './estimate-commute.js';

/** A posting beside its estimated commute; `commute` is null when the posting has no usable point. */
export interface RankedPosting<T> {
  posting: T;
  commute: CommuteEstimate | null;
}

/**
 * Sorts postings by estimated commute minutes from `home`, nearest first, each with its estimate
 * attached. Ties keep input order; postings without a usable `geo` come last, in input order. The
 * postings themselves are not copied or changed.
 *
 * @example
 * // 집: 서울 마포구 합정역
 * rankByCommute({ lat: 37.5496, lng: 126.9139 }, postings, { mode: 'transit' })
 *   .map((r) => `${r.posting.company} ${Math.round(r.commute?.minutes ?? Number.NaN)}분`);
 */
export function rankByCommute<T extends { geo: LatLng | null }>(
  home: LatLng,
  postings: readonly T[],
  options?: CommuteOptions,
): RankedPosting<T>[] {
  const ranked = postings.map((posting, index) => ({
    posting,
    commute: posting.geo ? estimateCommute(home, posting.geo, options) : null,
    index,
  }));
  ranked.sort((a, b) => {
    if (a.commute === null || b.commute === null) {
      if (a.commute !== b.commute) return a.commute === null ? 1 : -1;
      return a.index - b.index;
    }
    return a.commute.minutes - b.commute.minutes || a.index - b.index;
  });
  return ranked.map(({ posting, commute }) => ({ posting, commute }));
}
