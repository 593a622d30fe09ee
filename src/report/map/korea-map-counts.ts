// Counts for the map from grouped rows (what a `GROUP BY region_code, sido, sigungu` answers), each row
// placed by koreaMapPlace; what cannot be placed is counted, never dropped.
import { koreaMapPlace } from './korea-shapes.js';
import type { KoreaMapCounts, KoreaMapPlaceInput } from './types.js';

/** Map counts plus the postings the map could not show in full. */
export interface KoreaMapTally extends KoreaMapCounts {
  /** Postings with no 시도 (no region code and no known 시도 name). */
  unplaced: number;
  /** Postings with a 시도 but no 시군구 shape (a city given without its 구, or an unknown name). */
  sidoOnly: number;
}

/**
 * Returns postings per 시도 and 시군구 shape from rows that each carry a place and how many postings
 * are there (1 when `postings` is absent).
 *
 * @example
 * koreaMapCounts([{ region_code: '1168010100', postings: 3 }, { sido: '경기', sigungu: '분당구' }, { sido: null }])
 * // { sido: { '11': 3, '41': 1 }, sigungu: { '11680': 3, '41135': 1 }, unplaced: 1, sidoOnly: 0 }
 */
export function koreaMapCounts(rows: Iterable<KoreaMapPlaceInput & { postings?: number }>): KoreaMapTally {
  const sido: Record<string, number> = {};
  const sigungu: Record<string, number> = {};
  let unplaced = 0;
  let sidoOnly = 0;
  for (const row of rows) {
    const n = row.postings ?? 1;
    const place = koreaMapPlace(row);
    if (place.sido === null) {
      unplaced += n;
      continue;
    }
    sido[place.sido] = (sido[place.sido] ?? 0) + n;
    if (place.sigungu === null) sidoOnly += n;
    else sigungu[place.sigungu] = (sigungu[place.sigungu] ?? 0) + n;
  }
  return { sido, sigungu, unplaced, sidoOnly };
}
