// A geocoder in front of a cache (unstorage's overlay idea): a key is the provider and the clean query,
// so the same address costs one provider call per TTL however many postings repeat it.
import type { Address, GeoPoint } from '../model/posting.js';
import { GeoPrecision } from '../model/posting.js';
import { emptyStats, mergeStats, statsOf } from './_geocoder-stats.js';
import { parseAddress } from './address/parse-address.js';
import { readCache, writeCache } from './cache/tolerant-cache.js';
import type { CountingGeocoder, GeoCache, Geocoder, GeocoderStats } from './types.js';

/** Options of `cachedGeocoder`. */
export interface CachedGeocoderOptions {
  /**
   * How long a found point is kept (seconds).
   * @default 2592000 (30 days)
   */
  ttlSeconds?: number;
  /**
   * How long a "not found" is kept (seconds): shorter, since a new building or a better provider may
   * place the address later.
   * @default 86400 (1 day)
   */
  missTtlSeconds?: number;
}

/** What a cached "not found" is stored as; `getItem` answers null for an absent key, so null cannot be it. */
export const CACHED_MISS = 'not_found';

const DAY = 86_400;

/** The stored form of a point: its known fields only, so no provider payload ever reaches the cache. */
function toStored(point: GeoPoint): GeoPoint {
  const stored: GeoPoint = {
    lat: point.lat,
    lng: point.lng,
    precision: point.precision,
    provider: point.provider,
  };
  if (typeof point.code === 'string') stored.code = point.code;
  return stored;
}

/** Returns the cached answer (a point or null for a cached miss), or undefined when there is none usable. */
function fromStored(value: unknown): GeoPoint | null | undefined {
  if (value === CACHED_MISS) return null;
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (
    typeof v.lat !== 'number' ||
    typeof v.lng !== 'number' ||
    !Number.isFinite(v.lat) ||
    !Number.isFinite(v.lng) ||
    typeof v.provider !== 'string' ||
    !GeoPrecision.safeParse(v.precision).success
  ) {
    return undefined; // a foreign or damaged value: ask the provider again
  }
  return toStored(v as unknown as GeoPoint);
}

/** The clean query of an input, or undefined when there is no place in it. */
function queryOf(address: string | Address): { query: string; address: Address } | undefined {
  try {
    const parsed = typeof address === 'string' ? parseAddress(address) : address;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.query !== 'string') return undefined;
    const query = parsed.query.trim();
    return query ? { query, address: parsed } : undefined;
  } catch {
    return undefined; // a hostile Address-like object (a throwing getter)
  }
}

/**
 * Returns `inner` behind `cache`: each answer is looked up under `${inner.name}:${Address.query}`
 * first (strings are parsed with `parseAddress`); a found point is stored for `ttlSeconds`, a null
 * ("not found") for `missTtlSeconds`; errors are not cached. Only the point's own fields are stored —
 * never keys, URLs or request data. Its stats are the inner geocoder's plus its own hits and misses.
 *
 * @default ttlSeconds 2592000 (30 days), missTtlSeconds 86400 (1 day)
 * @example
 * const geo = cachedGeocoder(gazetteerGeocoder(), fileCache({ dir: '.cache/geo' }));
 * await geo.geocode('서울 강남구 테헤란로 152 (역삼동)'); // from the cache on the next run
 * @throws whatever `inner.geocode` throws (auth, abort); cache read/write failures are not thrown.
 */
export function cachedGeocoder(
  inner: Geocoder,
  cache: GeoCache,
  options: CachedGeocoderOptions = {},
): CountingGeocoder {
  const ttl = options.ttlSeconds ?? 30 * DAY;
  const missTtl = options.missTtlSeconds ?? DAY;
  let hits = 0;
  let misses = 0;

  return {
    name: inner.name,
    async geocode(address, geocodeOptions) {
      const input = queryOf(address);
      // Nothing to key on: the inner geocoder gets the raw input (it answers null for garbage).
      if (input === undefined) return inner.geocode(address, geocodeOptions);
      const key = `${inner.name}:${input.query}`;
      const cached = await readCache(cache, key, fromStored);
      if (cached !== undefined) {
        hits++;
        return cached;
      }
      misses++;
      const found = await inner.geocode(input.address, geocodeOptions);
      const point = found === null ? null : toStored(found);
      await writeCache(cache, key, point ?? CACHED_MISS, point ? ttl : missTtl);
      return point === null ? null : { ...point };
    },
    stats(): GeocoderStats {
      return mergeStats([{ ...emptyStats(), cacheHits: hits, cacheMisses: misses }, statsOf(inner)]);
    },
  };
}
