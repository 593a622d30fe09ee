// Stats helpers shared by the geocoder combinators: a chain's stats are the sum of its members' stats.
import type { Geocoder, GeocoderStats } from './types.js';

/** Returns fresh all-zero stats. */
export function emptyStats(): GeocoderStats {
  return { calls: {}, cacheHits: 0, cacheMisses: 0, failures: 0, quotaExhausted: false, warnings: [] };
}

/** Returns the stats of a geocoder that counts, else zero stats (a plain `Geocoder` counts nothing). */
export function statsOf(geocoder: Geocoder): GeocoderStats {
  const stats = (geocoder as { stats?: unknown }).stats;
  return typeof stats === 'function' ? (stats.call(geocoder) as GeocoderStats) : emptyStats();
}

/** Returns the sum of several stats: calls added per key, flags or-ed, warnings concatenated. */
export function mergeStats(parts: readonly GeocoderStats[]): GeocoderStats {
  const out = emptyStats();
  for (const part of parts) {
    for (const [key, count] of Object.entries(part.calls)) out.calls[key] = (out.calls[key] ?? 0) + count;
    out.cacheHits += part.cacheHits;
    out.cacheMisses += part.cacheMisses;
    out.failures += part.failures;
    out.quotaExhausted ||= part.quotaExhausted;
    out.warnings.push(...part.warnings);
  }
  return out;
}
