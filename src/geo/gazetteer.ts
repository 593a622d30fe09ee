// The offline geocoder: an address placed at the centroid of the smallest region it names, from the
// embedded region tables (no network, no files), so it works without a key and inside pure bundles.
import type { Address, GeoPoint, GeoPrecision } from '../model/posting.js';
import { emptyStats } from './_geocoder-stats.js';
import { proveSigungu } from './address/prove-sigungu.js';
import { cachedReading } from './address/read-location.js';
import {
  type EupmyeondongRecord,
  findEupmyeondong,
  findSido,
  findSigungu,
  listSigungu,
  type SigunguRecord,
} from './regions/regions.js';
import type { CountingGeocoder, GeocoderStats } from './types.js';

/** Provider name of the gazetteer, written into every `GeoPoint.provider` it returns. */
export const GAZETTEER_PROVIDER = 'gazetteer';

/** Options of `gazetteerGeocoder`. */
export interface GazetteerGeocoderOptions {
  /**
   * How many distinct inputs the memo keeps; it is cleared whole when full (bounded memory without
   * LRU bookkeeping).
   * @default 50000
   */
  memoSize?: number;
}

/** The gazetteer geocoder, with a synchronous `lookup` for hot loops. */
export interface GazetteerGeocoder extends CountingGeocoder {
  /** Returns the same point `geocode` resolves to, synchronously. Never throws. */
  lookup(address: string | Address): GeoPoint | null;
}

// 세종 has no 시군구 level: its one pseudo 시군구 (36110) holds every 읍면동.
const SEJONG_SIDO = '36';
const SEJONG_SGG = '36110';
// The first item of a road address's 참고항목 parenthesis is its 법정동 (동 areas only; 읍면 have none):
// '(역삼동, 강남파이낸스센터)'.
const PAREN_FIRST = /\(\s*([^(),]+?)\s*[,)]/g;
const DONG_LIKE = /^[가-힣0-9.·]+(?:동|가|읍|면)$/;

function point(lat: number, lng: number, precision: GeoPrecision, code: string): GeoPoint {
  return { lat, lng, precision, provider: GAZETTEER_PROVIDER, code };
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** The 법정동 names in the detail's parentheses, first items only ('(역삼동, …)' → ['역삼동']). */
function legalDongHints(detail: string | undefined): string[] {
  if (detail === undefined || !detail.includes('(')) return [];
  const names: string[] = [];
  for (const match of detail.matchAll(PAREN_FIRST)) {
    const name = match[1];
    if (name !== undefined && DONG_LIKE.test(name)) names.push(name);
  }
  return names;
}

/** The 시군구 an address names, when it is unambiguous. */
function resolveSigungu(name: string | undefined, sidoCode: string | undefined): SigunguRecord | undefined {
  if (sidoCode === SEJONG_SIDO) return undefined;
  if (name === undefined) return undefined;
  const found = findSigungu(name, sidoCode);
  if (found.length === 1 || (sidoCode !== undefined && found.length > 0)) return found[0];
  // The same name in several 시도 ('중구') and no 시도 to choose: refuse rather than guess.
  return undefined;
}

/** The 읍면동 named by the address or its parentheses, inside one 시군구 (or, failing that, the 시도). */
function resolveEupmyeondong(
  names: readonly string[],
  sgg: SigunguRecord | undefined,
  sidoCode: string | undefined,
): EupmyeondongRecord | undefined {
  for (const name of names) {
    if (sgg) {
      const hit = findEupmyeondong(name, sgg.code);
      if (hit) return hit;
    } else if (sidoCode === SEJONG_SIDO) {
      const hit = findEupmyeondong(name, SEJONG_SGG);
      if (hit) return hit;
    } else if (sidoCode !== undefined) {
      // No 시군구 given ('경기 정자동'): accept the 읍면동 only if one 시군구 of the 시도 has it.
      let only: EupmyeondongRecord | undefined;
      let count = 0;
      for (const candidate of listSigungu(sidoCode)) {
        if (candidate.city !== undefined) continue; // its 일반구 are searched on their own
        const hit = findEupmyeondong(name, candidate.code);
        if (hit && hit !== only) {
          only = hit;
          count++;
        }
      }
      if (count === 1) return only;
    }
  }
  return undefined;
}

/**
 * Returns the gazetteer point of a parsed address: the centroid of its 읍면동 when it names one
 * (field or 법정동 in the parentheses), else of its 시군구, else of its 시도; null when nothing matches.
 * A 시군구 the address leaves out, or writes with a name several 시도 share, is taken from the 법정동
 * and road indexes when they prove one (`precision` then says 'sigungu', or 'eupmyeondong' when a
 * 행정동 carries the 법정동's name). Synchronous and unmemoized (each step is a Map lookup), for hot
 * loops. Never throws.
 *
 * @example
 * gazetteerLookup(parseAddress('서울특별시 강남구 테헤란로 152 (역삼동)')!)
 * // { lat: 37.49…, lng: 127.03…, precision: 'eupmyeondong', provider: 'gazetteer', code: '1168064000' }
 */
export function gazetteerLookup(address: Address): GeoPoint | null {
  try {
    if (typeof address !== 'object' || address === null) return null;
    const sido = findSido(str(address.sido) ?? '');
    const sigunguName = str(address.sigungu);
    let sgg = resolveSigungu(sigunguName, sido?.code);
    const names: string[] = [];
    const emdName = str(address.eupmyeondong);
    if (emdName !== undefined) names.push(...emdName.split(' '));
    names.push(...legalDongHints(str(address.detail)));
    if (sgg === undefined && sido?.code !== SEJONG_SIDO) {
      // No 시군구, or one several 시도 share: the 법정동 and road indexes may prove which it is.
      const proof = proveSigungu({
        sidoCode: sido?.code,
        sigunguCodes:
          sigunguName === undefined ? undefined : findSigungu(sigunguName, sido?.code).map((s) => s.code),
        dongs: names,
        road: str(address.road),
      });
      if (proof.sigungu) {
        sgg = proof.sigungu;
        names.push(...proof.dongs);
      }
    }
    // A 시군구 that contradicts the 시도 ('서울 분당구') is dropped by resolveSigungu; the 시도 still stands.
    const emd = names.length > 0 ? resolveEupmyeondong(names, sgg, sido?.code ?? sgg?.sidoCode) : undefined;
    if (emd) return point(emd.lat, emd.lng, 'eupmyeondong', emd.code);
    if (sgg) return point(sgg.lat, sgg.lng, 'sigungu', `${sgg.code}00000`);
    if (sido) {
      // 세종 is a 시도 and its own single 시군구: the whole city is a 시군구-sized area.
      const precision: GeoPrecision = sido.code === SEJONG_SIDO ? 'sigungu' : 'sido';
      const code = sido.code === SEJONG_SIDO ? `${SEJONG_SGG}00000` : `${sido.code}00000000`;
      return point(sido.lat, sido.lng, precision, code);
    }
    return null;
  } catch {
    // Defensive only: hostile Address-like objects (getters that throw) must not stop a run.
    return null;
  }
}

/** Returns the memo key of an input: the raw string, or the parts of an Address the lookup reads. */
function memoKey(address: string | Address): string | undefined {
  if (typeof address === 'string') return address;
  if (typeof address !== 'object' || address === null) return undefined;
  const { sido, sigungu, eupmyeondong, detail } = address;
  return `\u0001${String(sido)}\u0001${String(sigungu)}\u0001${String(eupmyeondong)}\u0001${String(detail)}`;
}

function lookupUncached(address: string | Address): GeoPoint | null {
  if (typeof address === 'string') {
    const first = cachedReading(address).addresses[0];
    return first ? gazetteerLookup(first) : null;
  }
  return gazetteerLookup(address);
}

/**
 * Returns the offline geocoder: places addresses at 읍면동, 시군구 or 시도 centroids from the embedded
 * 2026 region tables (SGIS via vuski/admdongkor, WGS84), with `provider: 'gazetteer'` and the
 * 10-digit `code` of the area. Strings are parsed with `parseAddress`, so a road or 법정동 written
 * without its region ('테헤란로7길 22') is placed when the embedded indexes prove its 시군구, and an
 * ambiguous one ('학동로 224') is not placed at all; results are memoized per input.
 * It never throws for a bad address (null means not found) and needs no key or network.
 *
 * @example
 * const geo = gazetteerGeocoder();
 * await geo.geocode('경기 성남시 분당구 판교역로 235') // { precision: 'sigungu', code: '4113500000', … }
 * @throws never; an aborted `signal` is ignored because the answer is immediate.
 */
export function gazetteerGeocoder(options: GazetteerGeocoderOptions = {}): GazetteerGeocoder {
  const memoSize = Math.max(1, options.memoSize ?? 50_000);
  const memo = new Map<string, GeoPoint | null>();
  let hits = 0;
  let misses = 0;

  const lookup = (address: string | Address): GeoPoint | null => {
    let key: string | undefined;
    try {
      key = memoKey(address);
    } catch {
      return null;
    }
    if (key === undefined) return null;
    let found = memo.get(key);
    if (found === undefined) {
      misses++;
      found = lookupUncached(address);
      if (memo.size >= memoSize) memo.clear();
      memo.set(key, found);
    } else hits++;
    // A copy: callers put points on postings and may change them.
    return found === null ? null : { ...found };
  };

  return {
    name: GAZETTEER_PROVIDER,
    lookup,
    geocode: (address) => Promise.resolve(lookup(address)),
    stats: (): GeocoderStats => ({ ...emptyStats(), cacheHits: hits, cacheMisses: misses }),
  };
}
