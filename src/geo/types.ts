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
