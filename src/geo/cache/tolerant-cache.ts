// Reading and writing a cache that must never fail the work it speeds up: a broken cache (a full disk,
// a corrupt entry, a store that went away) degrades to no cache, never to a failed geocode or estimate.
import type { GeoCache } from '../types.js';

/**
 * Returns `decode(stored)` for `key`, or undefined when the cache has nothing usable or cannot be read.
 *
 * @example const point = await readCache(cache, 'kakao:서울특별시 강남구 테헤란로 152', fromStored);
 */
export async function readCache<T>(
  cache: GeoCache,
  key: string,
  decode: (stored: unknown) => T | undefined,
): Promise<T | undefined> {
  try {
    return decode(await cache.getItem(key));
  } catch {
    return undefined;
  }
}

/**
 * Stores `value` under `key` for `ttl` seconds; a cache that refuses is ignored, the value is still good.
 *
 * @example await writeCache(cache, key, point, 30 * 86_400);
 */
export async function writeCache(cache: GeoCache, key: string, value: unknown, ttl: number): Promise<void> {
  try {
    await cache.setItem(key, value, { ttl });
  } catch {
    // The answer stands without the cache.
  }
}
