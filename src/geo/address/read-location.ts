// A location field read once for everything normalization needs: its places and what kind of field it
// is. Fields repeat across postings ('서울 강남구', the same office for every posting of a company), so
// results are memoized in a bounded cache; callers get copies and may change them freely.
import type { Address, LocationKind } from '../../model/posting.js';
import { NATIONWIDE, OVERSEAS, REMOTE } from './_keywords.js';
import { type ParsedLocation, parseLocation } from './parse-address.js';

/** The places a location field names and what kind of field it is. */
export interface LocationReading {
  addresses: Address[];
  kind: LocationKind;
}

// Enough for every distinct field of a few runs; cleared whole when full, which keeps memory bounded
// without the bookkeeping of an LRU.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, { addresses: readonly Address[]; kind: LocationKind }>();

/** Returns the kind of a parsed field: see `classifyLocation`. */
export function kindOfLocation(parsed: ParsedLocation): LocationKind {
  const count = parsed.places.length;
  if (count > 1 || (count === 1 && (parsed.more || parsed.otherKinds))) return 'multi';
  const first = parsed.places[0];
  if (first) return first.road !== undefined || first.jibun !== undefined ? 'address' : 'region';
  if (REMOTE.test(parsed.text)) return 'remote';
  if (OVERSEAS.test(parsed.text)) return 'overseas';
  if (NATIONWIDE.test(parsed.text)) return 'nationwide';
  return 'unknown';
}

/**
 * Returns every place a location field names (as `parseAddresses`) and its kind (as
 * `classifyLocation`) from one parse. Never throws.
 *
 * @example readLocation('경기 용인시 처인구, 수원시 영통구') // { addresses: [{ sido: '경기도', … }, …], kind: 'multi' }
 */
export function readLocation(raw: string): LocationReading {
  const entry = cachedReading(raw);
  return { addresses: entry.addresses.map((address) => ({ ...address })), kind: entry.kind };
}

/** The shared, never-mutated reading of a field (internal; callers outside get copies). */
export function cachedReading(raw: string): {
  readonly addresses: readonly Address[];
  readonly kind: LocationKind;
} {
  let entry = cache.get(raw);
  if (entry === undefined) {
    const parsed = parseLocation(raw);
    entry = { addresses: parsed.places, kind: kindOfLocation(parsed) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, entry);
  }
  return entry;
}
