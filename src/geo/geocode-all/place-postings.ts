// The last step of the geo stage: each posting gets the point of its first address, and what was
// placed, kept or not found is counted. A posting nobody could place keeps a null point (or the one it
// had) and is quarantined for a look, never dropped.
import type { Address, GeoPoint, GeoPrecision, Posting } from '../../model/posting.js';
import type { QuarantineEntry } from '../../model/quarantine.js';
import type { QueryOutcome } from './geocode-queries.js';
import { addressesOf, keepsSiteGeo, queryOf } from './posting-addresses.js';

const PRECISIONS: readonly GeoPrecision[] = ['building', 'road', 'eupmyeondong', 'sigungu', 'sido'];

/** The placed postings and the counts the geo report shows (posting counts). */
export interface PlacedPostings {
  /** New posting objects with `geo` set, in input order. */
  postings: Posting[];
  /** Postings with at least one parsed address. */
  withAddress: number;
  /** Postings with an address that end up with a point (site coordinates kept included). */
  geocoded: number;
  /** Postings with an address that no geocoder could place. */
  notFound: number;
  /** Postings whose site-given 'building' point was kept. */
  keptSiteGeo: number;
  byPrecision: Record<GeoPrecision, number>;
  byProvider: Record<string, number>;
  /** One 'geocode_failed' entry per posting in `notFound`; `raw` is the address. */
  quarantine: QuarantineEntry[];
}

/**
 * Returns new postings with `geo` from their first address's outcome, and the counts of what happened.
 *
 * @example
 * const placed = placePostings(batch, outcomes, false);
 * placed.byPrecision.building; // 12
 */
export function placePostings(
  postings: readonly Posting[],
  outcomes: ReadonlyMap<string, QueryOutcome>,
  overwrite: boolean,
): PlacedPostings {
  const byPrecision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<GeoPrecision, number>;
  const byProvider: Record<string, number> = {};
  const quarantine: QuarantineEntry[] = [];
  let withAddress = 0;
  let geocoded = 0;
  let notFound = 0;
  let keptSiteGeo = 0;
  const placed = postings.map((posting): Posting => {
    const first = addressesOf(posting)[0];
    let geo: GeoPoint | null = posting.geo;
    if (first !== undefined) {
      withAddress++;
      if (keepsSiteGeo(posting, overwrite)) keptSiteGeo++;
      else {
        const query = queryOf(first);
        const outcome = query ? outcomes.get(query) : undefined;
        // A fresh point wins; without one the posting keeps whatever point it had.
        if (outcome?.point) geo = { ...outcome.point };
        if (geo === null) {
          notFound++;
          quarantine.push(unplaced(posting, first, query, outcome));
        } else geocoded++;
      }
    }
    if (geo !== null) {
      byPrecision[geo.precision] = (byPrecision[geo.precision] ?? 0) + 1;
      byProvider[geo.provider] = (byProvider[geo.provider] ?? 0) + 1;
    }
    return { ...posting, geo };
  });
  geocoded += keptSiteGeo;
  return {
    postings: placed,
    withAddress,
    geocoded,
    notFound,
    keptSiteGeo,
    byPrecision,
    byProvider,
    quarantine,
  };
}

/** The quarantine entry of a posting whose first address nobody could place. */
function unplaced(
  posting: Posting,
  address: Address,
  query: string,
  outcome: QueryOutcome | undefined,
): QuarantineEntry {
  const reason = outcome?.error instanceof Error ? `: ${outcome.error.message}` : '';
  return {
    code: 'geocode_failed',
    source: posting.source,
    url: posting.url,
    path: ['addresses', 0],
    message: `no geocoder could place "${query}"${reason}`,
    raw: address,
  };
}
