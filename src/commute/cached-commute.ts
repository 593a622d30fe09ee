// A commute estimator in front of a cache, as `cachedGeocoder` is for geocoders: a routed pair costs one
// API call per TTL however many postings and people repeat it, and nearby pairs share one answer (see
// commute-cache-key.ts). The cache is the geo `GeoCache` (`memoryCache()`, `fileCache({ dir })`, or an
// unstorage instance).

import pLimit from 'p-limit';
import { readCache, writeCache } from '../geo/cache/tolerant-cache.js';
import { isLatLng, type LatLng } from '../geo/distance.js';
import type { GeoCache } from '../geo/types.js';
import { commuteCacheKey } from './commute-cache-key.js';
import type { CommuteEstimate, CommuteMode, CommuteRegion, CommuteRoute } from './estimate-commute.js';
import type { CommuteEstimator } from './estimator.js';
import type { CommuteCallOptions, CommuteStats, CountingCommuteEstimator } from './router-types.js';

/** Options of {@link cachedCommute}. */
export interface CachedCommuteOptions {
  /**
   * How long a routed answer is kept (seconds).
   * @default 2592000 (30 days)
   */
  ttlSeconds?: number;
  /**
   * How long a "no route" is kept (seconds): shorter, since a new line or stop may connect the pair later.
   * @default 86400 (1 day)
   */
  noRouteTtlSeconds?: number;
  /**
   * Pairs asked of the inner estimator at once by `estimateMany`.
   * @default 4
   */
  concurrency?: number;
}

/** What a cached "no route" is stored as; `getItem` answers null for an absent key, so null cannot be it. */
export const CACHED_NO_ROUTE = 'no_route';

const DAY = 86_400;
const MODES: ReadonlySet<unknown> = new Set<CommuteMode>(['transit', 'driving', 'walking']);
const REGIONS: ReadonlySet<unknown> = new Set<CommuteRegion>(['capital', 'other']);

/**
 * Returns `inner` behind `cache`: each pair is looked up under `commuteCacheKey(inner.name, mode, peak,
 * from, to)` first; an answer the inner estimator routed itself is stored for `ttlSeconds`, a null (no
 * route) for `noRouteTtlSeconds`. Nothing is stored when the call failed: errors propagate, and a null
 * that came with a counted failure (an unreadable answer) is not a "no route". Answers the inner
 * estimator handed to another provider (the offline model for a pair that is not a daily commute) are
 * not stored either: they cost nothing. Only the estimate's own fields are stored — never keys, URLs or
 * request data. Its stats are the inner estimator's plus its own hits and misses.
 *
 * @default ttlSeconds 2592000 (30 days), noRouteTtlSeconds 86400 (1 day), concurrency 4
 * @example
 * const transit = cachedCommute(odsayCommute({ apiKey }), fileCache({ dir: '.ohmystack/commute' }));
 * await transit.estimate({ lat: 37.5496, lng: 126.9139 }, { lat: 37.4979, lng: 127.0276 }); // from the cache on the next run
 * @throws whatever `inner.estimate` throws (auth, quota, abort); cache read/write failures are not thrown.
 */
export function cachedCommute(
  inner: CommuteEstimator,
  cache: GeoCache,
  options: CachedCommuteOptions = {},
): CountingCommuteEstimator {
  const ttl = options.ttlSeconds ?? 30 * DAY;
  const noRouteTtl = options.noRouteTtlSeconds ?? DAY;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4)) || 4;
  let hits = 0;
  let misses = 0;

  const estimate = async (
    from: LatLng,
    to: LatLng,
    callOptions: CommuteCallOptions = {},
  ): Promise<CommuteEstimate | null> => {
    const key = commuteCacheKey(
      inner.name,
      callOptions.mode ?? 'default',
      callOptions.peak ?? true,
      from,
      to,
    );
    if (key === undefined) return inner.estimate(from, to, callOptions);
    const cached = await readCache(cache, key, fromStored);
    if (cached !== undefined) {
      hits++;
      return cached;
    }
    misses++;
    const failuresBefore = failuresOf(inner);
    const found = await inner.estimate(from, to, callOptions);
    const stored = found === null ? null : toStored(found);
    const cacheable = stored === null ? failuresOf(inner) === failuresBefore : stored.provider === inner.name;
    if (cacheable) await writeCache(cache, key, stored ?? CACHED_NO_ROUTE, stored ? ttl : noRouteTtl);
    return found;
  };

  return {
    name: inner.name,
    estimate,
    async estimateMany(from, tos, callOptions = {}) {
      const limit = pLimit(concurrency);
      const settled = await Promise.allSettled(
        tos.map((to) =>
          limit(() => (isLatLng(to) && isLatLng(from) ? estimate(from, to, callOptions) : null)),
        ),
      );
      const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (rejected) throw rejected.reason;
      return settled.map((s) => (s.status === 'fulfilled' ? s.value : null));
    },
    stats(): CommuteStats {
      const own = statsOf(inner);
      return { ...own, cacheHits: own.cacheHits + hits, cacheMisses: own.cacheMisses + misses };
    },
  };
}

/** The stored form of an estimate: its known fields only, so no provider payload ever reaches the cache. */
function toStored(estimate: CommuteEstimate): CommuteEstimate {
  const stored: CommuteEstimate = {
    minutes: estimate.minutes,
    km: estimate.km,
    mode: estimate.mode,
    region: estimate.region,
    intensity: estimate.intensity,
    label: estimate.label,
    daily: estimate.daily,
    estimate: true,
    provider: estimate.provider,
  };
  if (typeof estimate.via === 'string') stored.via = estimate.via;
  const route = routeOf(estimate.route);
  if (route) stored.route = route;
  return stored;
}

/** Returns the cached answer (an estimate, or null for a cached "no route"), or undefined when there is none usable. */
function fromStored(value: unknown): CommuteEstimate | null | undefined {
  if (value === CACHED_NO_ROUTE) return null;
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  if (
    !finite(v.minutes) ||
    !finite(v.km) ||
    !finite(v.intensity) ||
    !MODES.has(v.mode) ||
    !REGIONS.has(v.region) ||
    typeof v.label !== 'string' ||
    typeof v.daily !== 'boolean' ||
    typeof v.provider !== 'string' ||
    (v.via !== undefined && typeof v.via !== 'string')
  )
    return undefined; // a foreign or damaged value: ask the provider again
  return toStored(v as unknown as CommuteEstimate);
}

function routeOf(value: unknown): CommuteRoute | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (typeof r.from !== 'string' || typeof r.to !== 'string' || !Array.isArray(r.lines)) return undefined;
  if (typeof r.transfers !== 'number' || !Number.isFinite(r.transfers)) return undefined;
  return {
    from: r.from,
    to: r.to,
    lines: r.lines.filter((line): line is string => typeof line === 'string'),
    transfers: r.transfers,
    ...(typeof r.minutes === 'number' && Number.isFinite(r.minutes) ? { minutes: r.minutes } : {}),
  };
}

function statsOf(estimator: CommuteEstimator): CommuteStats {
  const stats = (estimator as Partial<CountingCommuteEstimator>).stats;
  if (typeof stats === 'function') return stats.call(estimator);
  return {
    calls: {},
    cacheHits: 0,
    cacheMisses: 0,
    failures: 0,
    quotaExhausted: false,
    offline: 0,
    warnings: [],
  };
}

function failuresOf(estimator: CommuteEstimator): number {
  return statsOf(estimator).failures;
}
