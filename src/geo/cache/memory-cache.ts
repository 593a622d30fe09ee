// An in-process GeoCache: a Map with a TTL per entry and a size bound, for tests and single runs.
import type { GeoCache } from '../types.js';

/** Options of `memoryCache`. */
export interface MemoryCacheOptions {
  /**
   * Entries kept at most; the least recently written one is dropped first.
   * @default 100000
   */
  maxEntries?: number;
  /**
   * The clock, in epoch milliseconds; tests inject one to expire entries without waiting.
   * @default Date.now
   */
  now?: () => number;
}

/** A `GeoCache` held in memory, with `clear()` and `size` for tests. */
export interface MemoryCache extends GeoCache {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown, options?: { ttl?: number }): void;
  /** Drops every entry. */
  clear(): void;
  /** Entries held, expired ones not yet evicted included. */
  readonly size: number;
}

interface Entry {
  value: unknown;
  /** Epoch ms after which the entry is ignored; Infinity without a TTL. */
  expires: number;
}

/**
 * Returns an in-memory `GeoCache`: `getItem` answers the stored value, or null when absent or expired
 * (unstorage's convention); `setItem(key, value, { ttl })` takes the TTL in seconds. Values are kept
 * as given, so store plain data.
 *
 * @default maxEntries 100000
 * @example
 * const cache = memoryCache({ maxEntries: 1000 });
 * cache.setItem('gazetteer:서울특별시 강남구', { lat: 37.5, lng: 127.04, precision: 'sigungu', provider: 'gazetteer' }, { ttl: 86400 });
 * @throws never.
 */
export function memoryCache(options: MemoryCacheOptions = {}): MemoryCache {
  const maxEntries = Math.max(1, options.maxEntries ?? 100_000);
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  return {
    getItem(key) {
      const entry = entries.get(key);
      if (entry === undefined) return null;
      if (entry.expires <= now()) {
        entries.delete(key);
        return null;
      }
      return entry.value;
    },
    setItem(key, value, setOptions) {
      const ttl = setOptions?.ttl;
      const expires = ttl !== undefined && ttl > 0 ? now() + ttl * 1000 : Number.POSITIVE_INFINITY;
      // Delete first so the Map's insertion order is write order: the first key is the oldest write.
      entries.delete(key);
      entries.set(key, { value, expires });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
