// The geo stage: every distinct address of a batch geocoded once, points put on postings, and a report
// of what was placed, how precisely, by whom, and what nobody could place (quarantined, never dropped).
import { AbortedError } from '../model/errors/aborted-error.js';
import { isRetryable } from '../model/errors/ohmystack-error.js';
import type { Address, GeoPoint, GeoPrecision, Posting } from '../model/posting.js';
import type { QuarantineEntry } from '../model/quarantine.js';
import { emptyStats, mergeStats, statsOf } from './_geocoder-stats.js';
import { gazetteerGeocoder } from './gazetteer.js';
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

interface Outcome {
  point: GeoPoint | null;
  error?: unknown;
}

const PRECISIONS: readonly GeoPrecision[] = ['building', 'road', 'eupmyeondong', 'sigungu', 'sido'];

const addressesOf = (posting: Posting): readonly Address[] =>
  posting.addresses.length > 0 ? posting.addresses : posting.address ? [posting.address] : [];

const queryOf = (address: Address): string => (typeof address.query === 'string' ? address.query.trim() : '');

const keepsSiteGeo = (posting: Posting, overwrite: boolean): boolean =>
  !overwrite && posting.geo?.precision === 'building';

function abortError(signal: AbortSignal): AbortedError {
  return new AbortedError({ what: 'geocodeAll', cause: signal.reason });
}

/**
 * Returns new postings with `geo` set from their first address, and a `GeocodeReport`. Each distinct
 * `Address.query` over every posting's `addresses` is geocoded once, `concurrency` at a time; a
 * site-given 'building' point is kept unless `overwrite`. A posting with an address nobody could place
 * keeps a null `geo` (or its previous one) and gets a 'geocode_failed' quarantine entry.
 *
 * @default geocoder gazetteerGeocoder(), concurrency 4, overwrite false
 * @example
 * const { postings, report } = await geocodeAll(batch, { geocoder: chain(kakao, gazetteerGeocoder()) });
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
  if (signal?.aborted) throw abortError(signal);

  // One representative Address per distinct query; a kept site point needs no geocode of its own.
  const distinct = new Map<string, Address>();
  for (const posting of postings) {
    const addresses = addressesOf(posting);
    const from = keepsSiteGeo(posting, overwrite) ? 1 : 0;
    for (let i = from; i < addresses.length; i++) {
      const address = addresses[i]!;
      const query = queryOf(address);
      if (query && !distinct.has(query)) distinct.set(query, address);
    }
  }

  const outcomes = new Map<string, Outcome>();
  const queue = [...distinct];
  let next = 0;
  let done = 0;
  let failures = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      if (signal?.aborted) throw abortError(signal);
      const [query, address] = queue[next++]!;
      try {
        outcomes.set(query, { point: await geocoder.geocode(address, { signal }) });
      } catch (error) {
        if (signal?.aborted) throw abortError(signal);
        if (!isRetryable(error)) throw error;
        // A provider hiccup after its retries: this query is unplaced, the run goes on.
        failures++;
        outcomes.set(query, { point: null, error });
      }
      done++;
      onProgress?.({ done, total: queue.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));

  const byPrecision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<GeoPrecision, number>;
  const byProvider: Record<string, number> = {};
  const quarantine: QuarantineEntry[] = [];
  let withAddress = 0;
  let geocoded = 0;
  let notFound = 0;
  let keptSiteGeo = 0;
  const out = postings.map((posting): Posting => {
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
          const reason = outcome?.error instanceof Error ? `: ${outcome.error.message}` : '';
          quarantine.push({
            code: 'geocode_failed',
            source: posting.source,
            url: posting.url,
            path: ['addresses', 0],
            message: `no geocoder could place "${query}"${reason}`,
            raw: first,
          });
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

  const own = emptyStats();
  own.failures = failures;
  const points = new Map<string, GeoPoint | null>();
  for (const [query, outcome] of outcomes) points.set(query, outcome.point);
  return {
    postings: out,
    points,
    report: {
      postings: postings.length,
      withAddress,
      distinctQueries: distinct.size,
      geocoded,
      notFound,
      keptSiteGeo,
      byPrecision,
      byProvider,
      stats: mergeStats([statsOf(geocoder), own]),
      quarantine,
    },
  };
}
