// A location field read once for everything normalization needs: its places and what kind of field it
// is. Fields repeat across postings ('서울 강남구', the same office for every posting of a company), so
// results are memoized in a bounded cache; callers get copies and may change them freely.
import type { Address, LocationKind } from '../../model/posting.js';
import { NATIONWIDE, OVERSEAS, REMOTE } from './_keywords.js';
import { type ParsedLocation, parseLocation } from './parse-address.js';

/** One 시도/시군구 a place may be in when the field alone cannot say which. */
export interface LocationCandidate {
  /** Official full name of the 시도 ('서울특별시'). */
  sido: string;
  /** 시군구 as `Address.sigungu` writes it ('중구'). */
  sigungu: string;
}

/** The places a location field names and what kind of field it is. */
export interface LocationReading {
  addresses: Address[];
  kind: LocationKind;
  /**
   * For a place several 시군구 could hold, every 시도/시군구 it may be in: several 시도 ('중구 퇴계로
   * 385', the place is then not in `addresses`) or several 시군구 of one 시도 ('강남대로 363', the place is
   * in `addresses` with that 시도 and no 시군구). Absent when every place is proved to its 시군구.
   */
  candidates?: LocationCandidate[];
}

interface CachedReading {
  readonly addresses: readonly Address[];
  readonly kind: LocationKind;
  readonly candidates: readonly LocationCandidate[];
}

// Enough for every distinct field of a few runs; cleared whole when full, which keeps memory bounded
// without the bookkeeping of an LRU.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, CachedReading>();

/** Returns the kind of a parsed field: see `classifyLocation`. */
export function kindOfLocation(parsed: ParsedLocation): LocationKind {
  const count = parsed.places.length + parsed.unresolved.length;
  if (count > 1 || (count === 1 && (parsed.more || parsed.otherKinds))) return 'multi';
  const first = parsed.places[0];
  if (first) return first.road !== undefined || first.jibun !== undefined ? 'address' : 'region';
  if (count === 1) return 'ambiguous';
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
  const reading: LocationReading = {
    addresses: entry.addresses.map((address) => ({ ...address })),
    kind: entry.kind,
  };
  if (entry.candidates.length > 0) reading.candidates = entry.candidates.map((c) => ({ ...c }));
  return reading;
}

/** Every 시도/시군구 the places of a field not proved to a 시군구 may be in, each once. */
function candidatesOf(parsed: ParsedLocation): LocationCandidate[] {
  const out: LocationCandidate[] = [];
  const all = [...parsed.sidoOnlyCandidates, ...parsed.unresolved.flatMap((draft) => draft.candidates)];
  for (const { sido, sigungu } of all) {
    if (!out.some((c) => c.sido === sido && c.sigungu === sigungu)) out.push({ sido, sigungu });
  }
  return out;
}

/** The shared, never-mutated reading of a field (internal; callers outside get copies). */
export function cachedReading(raw: string): CachedReading {
  let entry = cache.get(raw);
  if (entry === undefined) {
    const parsed = parseLocation(raw);
    entry = { addresses: parsed.places, kind: kindOfLocation(parsed), candidates: candidatesOf(parsed) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, entry);
  }
  return entry;
}
