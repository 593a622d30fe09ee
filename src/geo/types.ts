// The contracts of geocoding: a geocoder turns an address into a point; caches and fallbacks are
// geocoders too (unstorage's overlay idea), so they compose.
import type { Address, GeoPoint } from '../model/posting.js';

/** Options of one geocode call. */
export interface GeocodeOptions {
  signal?: AbortSignal;
}

/** Places an address on the map. Never throws for a bad address: null means "not found". */
export interface Geocoder {
  /** The provider name, also written into every `GeoPoint.provider`. */
  readonly name: string;
  /**
   * Returns the point of `address` (a raw string is parsed with `parseAddress` first), or null.
   * @throws only for configuration errors (a rejected key) and aborts.
   */
  geocode(address: string | Address, options?: GeocodeOptions): Promise<GeoPoint | null>;
}

/**
 * Where geocodes are remembered: the `getItem`/`setItem(key, value, { ttl })` subset of unstorage's
 * `Storage`, so an unstorage instance fits as is. `ttl` is in seconds.
 */
export interface GeoCache {
  getItem(key: string): Promise<unknown> | unknown;
  setItem(key: string, value: unknown, options?: { ttl?: number }): Promise<void> | void;
}

/** What a geocoder (or a chain of them) did so far; run reports show it. */
export interface GeocoderStats {
  /** Calls made to a provider's endpoints, by 'provider:endpoint' ('kakao:search/address'). */
  calls: Record<string, number>;
  cacheHits: number;
  cacheMisses: number;
  /** Calls that failed after their retries (answered by a fallback, or not at all). */
  failures: number;
  /** A provider ran out of quota (Kakao 429 / -10) and the rest of the run used the fallback. */
  quotaExhausted: boolean;
  /** Things the user should know ('kakao quota exhausted at 14:02 KST; 1,200 addresses placed by the gazetteer'). */
  warnings: string[];
}

/** A geocoder that counts what it does. Every built-in geocoder and combinator is one. */
export interface CountingGeocoder extends Geocoder {
  stats(): GeocoderStats;
}
