// The geo stage: every distinct address of a batch geocoded once, points put on postings, and a report
// of what was placed, how precisely, by whom, and what nobody could place (quarantined, never dropped).
import type { GeoPoint, GeoPrecision, Posting } from '../model/posting.js';
import type { QuarantineEntry } from '../model/quarantine.js';
import { emptyStats, mergeStats, statsOf } from './_geocoder-stats.js';
import { gazetteerGeocoder } from './gazetteer.js';
import { distinctQueries } from './geocode-all/distinct-queries.js';
import { geocodeAborted, geocodeQueries } from './geocode-all/geocode-queries.js';
import { placePostings } from './geocode-all/place-postings.js';
import type { Geocoder, GeocoderStats } from './types.js';

/** What `geocodeAll` did to a batch; run reports show it. Posting counts unless said otherwise. */
export interface GeocodeReport {
  /** Postings in the batch. */
  postings: number;
  /** Postings with at least one parsed address. */
  withAddress: number;
  /** Distinct `Address.query` strings sent to the geocoder (each once). */
  distinctQueries: number;
  /** Postings with an address that end up with a point (site coordinates kept included). */
  geocoded: number;
  /** Postings with an address that no geocoder could place (each one is in `quarantine`). */
  notFound: number;
  /** Postings whose site-given 'building' point was kept instead of geocoding. */
  keptSiteGeo: number;
  /** Points on postings by precision. */
  byPrecision: Record<GeoPrecision, number>;
  /** Points on postings by `GeoPoint.provider`. */
  byProvider: Record<string, number>;
  /** The geocoder's stats after the run (calls, cache hits, quota) plus this stage's failures. */
  stats: GeocoderStats;
  /** One 'geocode_failed' entry per posting with an address nobody could place; `raw` is the address. */
  quarantine: QuarantineEntry[];
}

/** Progress of `geocodeAll`, over distinct queries. */
export interface GeocodeProgress {
  done: number;
  total: number;
}

/** Options of `geocodeAll`. */
export interface GeocodeAllOptions {
  /**
   * Who places the addresses.
   * @default gazetteerGeocoder()
   */
  geocoder?: Geocoder;
  /** Stops the stage; pending geocodes are not started and the call rejects with `AbortedError`. */
  signal?: AbortSignal;
  /**
   * Geocodes in flight at once.
   * @default 4
   */
  concurrency?: number;
  /** Called after each distinct query is done. */
  onProgress?: (event: GeocodeProgress) => void;
  /**
   * Replace a site-given 'building' point too (by default it is kept: a site's own coordinates beat
   * any geocoder's guess).
   * @default false
   */
  overwrite?: boolean;
}

/** What `geocodeAll` returns. */
export interface GeocodeAllResult {
  /** New posting objects with `geo` set; the input is not changed. */
  postings: Posting[];
  report: GeocodeReport;
  /** The point of every distinct query (null: not placed), for stages that use every address. */
  points: ReadonlyMap<string, GeoPoint | null>;
}

/**
 * Returns new postings with `geo` set from their first address, and a `GeocodeReport`. Each distinct
 * `Address.query` over every posting's `addresses` is geocoded once, `concurrency` at a time; a
 * site-given 'building' point is kept unless `overwrite`. A posting with an address nobody could place
 * keeps a null `geo` (or its previous one) and gets a 'geocode_failed' quarantine entry.
 *
 * @default geocoder gazetteerGeocoder(), concurrency 4, overwrite false
 * @example
 * const { postings, report } = await geocodeAll(batch, { geocoder: fallbackGeocoder([kakao, gazetteerGeocoder()]) });
 * // batch[0].addresses[0].query '서울특별시 강남구 테헤란로 152' → postings[0].geo { precision: 'building', … }
 * @throws AbortedError when `signal` aborts; a geocoder's non-retryable error (a rejected key).
 */
export async function geocodeAll(
  postings: readonly Posting[],
  options: GeocodeAllOptions = {},
): Promise<GeocodeAllResult> {
  const geocoder = options.geocoder ?? gazetteerGeocoder();
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const overwrite = options.overwrite ?? false;
  const { signal, onProgress } = options;
  if (signal?.aborted) throw geocodeAborted(signal);

  const distinct = distinctQueries(postings, overwrite);
  const { outcomes, failures } = await geocodeQueries(distinct, {
    geocoder,
    concurrency,
    signal,
    onProgress,
  });
  const placed = placePostings(postings, outcomes, overwrite);

  const own = emptyStats();
  own.failures = failures;
  const points = new Map<string, GeoPoint | null>();
  for (const [query, outcome] of outcomes) points.set(query, outcome.point);
  return {
    postings: placed.postings,
    points,
    report: {
      postings: postings.length,
      withAddress: placed.withAddress,
      distinctQueries: distinct.size,
      geocoded: placed.geocoded,
      notFound: placed.notFound,
      keptSiteGeo: placed.keptSiteGeo,
      byPrecision: placed.byPrecision,
      byProvider: placed.byProvider,
      stats: mergeStats([statsOf(geocoder), own]),
      quarantine: placed.quarantine,
    },
  };
}
