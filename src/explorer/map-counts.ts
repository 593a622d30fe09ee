// GET /api/map: distinct jobs per 시군구 and 시도 shape of the map, keyed by their 2026 administrative
// codes, from the current postings — placed the way the report's map places them (region code first,
// then the 시도 and 시군구 names), with what cannot be placed counted, not dropped.
import { type KoreaMapTally, koreaMapCounts, koreaMapShapeOf } from '../report/map/index.js';

/** One area of the map with its count, for lists beside the map. */
export interface AreaCount {
  /** Two-digit 시도 code ('11') or five-digit 시군구 code ('41135'). */
  code: string;
  /** The shape's name ('서울특별시', '성남시분당구'). */
  name: string;
  /** The 시도 code of a 시군구 (its own for a 시도). */
  sidoCode: string;
  jobs: number;
}

/** The answer of GET /api/map. */
export interface MapAnswer extends KoreaMapTally {
  /** The areas with jobs, most first: 시도, then 시군구. */
  areas: { sido: AreaCount[]; sigungu: AreaCount[] };
}

/** SQL grouping the `current` table by place: distinct jobs per (region code's 시군구 part, 시도, 시군구). */
export const PLACE_GROUPS_SQL = `SELECT substr(region_code, 1, 5) AS region_code, sido, sigungu, count(DISTINCT coalesce(job_id, id)) AS postings
FROM current GROUP BY ALL`;

/** One row of {@link PLACE_GROUPS_SQL}. */
export interface PlaceGroup {
  region_code: string | null;
  sido: string | null;
  sigungu: string | null;
  postings: number;
}

/**
 * Returns the map's counts of place groups, with named lists of the areas that have jobs.
 *
 * @example mapAnswer([{ region_code: null, sido: '경기도', sigungu: '성남시 분당구', postings: 3 }]).sigungu // { '41135': 3 }
 */
export function mapAnswer(groups: readonly PlaceGroup[]): MapAnswer {
  const tally = koreaMapCounts(groups);
  return { ...tally, areas: { sido: areasOf(tally.sido), sigungu: areasOf(tally.sigungu) } };
}

function areasOf(counts: Readonly<Record<string, number>>): AreaCount[] {
  return Object.entries(counts)
    .map(([code, jobs]) => {
      const shape = koreaMapShapeOf(code);
      return { code, name: shape?.name ?? code, sidoCode: shape?.sidoCode ?? code.slice(0, 2), jobs };
    })
    .sort((a, b) => b.jobs - a.jobs || a.code.localeCompare(b.code));
}
