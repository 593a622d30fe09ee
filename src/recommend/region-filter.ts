// Regions a person wants to work in ('서울', '경기 성남시', '분당구', '서울특별시 강남구'), read against
// the region tables, and whether a posting's address lies in one of them. Pure.
import { findSido, findSigungu, getSido } from '../geo/regions/regions.js';
import type { Address } from '../model/posting.js';

/** A 시도, optionally narrowed to one 시군구 (a city with 일반구 covers all its 구). */
export interface RegionFilter {
  /** Official 시도 name, as postings carry it ('경기도'). */
  sido: string;
  /** 시군구 name as postings carry it ('성남시 분당구', or the city '성남시'). */
  sigungu?: string;
}

/**
 * Returns the regions a text names — several when a 시군구 name repeats across 시도 ('중구') — or an
 * empty list when it names none.
 *
 * @example parseRegion('경기 분당구') // [{ sido: '경기도', sigungu: '성남시 분당구' }]
 * @example parseRegion('서울') // [{ sido: '서울특별시' }]
 */
export function parseRegion(text: string): RegionFilter[] {
  const tokens = text.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return [];
  const sido = findSido(tokens[0]!);
  const rest = sido ? tokens.slice(1) : tokens;
  if (rest.length === 0) return sido ? [{ sido: sido.name }] : [];
  const name = rest.join(' ');
  let records = [...findSigungu(name, sido?.code), ...findSigungu(rest.join(''), sido?.code)];
  // '강남' → 강남구, '수원' → 수원시; '광주' stays unread: it is both 광주광역시 and 경기 광주시.
  if (records.length === 0 && rest.length === 1 && name !== '광주') {
    records = ['구', '시', '군'].flatMap((suffix) => findSigungu(name + suffix, sido?.code));
  }
  const out: RegionFilter[] = [];
  for (const r of records) {
    const sidoName = sido?.name ?? getSido(r.sidoCode)?.name;
    if (sidoName === undefined) continue;
    if (!out.some((f) => f.sido === sidoName && f.sigungu === r.name))
      out.push({ sido: sidoName, sigungu: r.name });
  }
  return out;
}

/**
 * True when an address lies in one of the regions.
 *
 * @example inRegions({ sido: '경기도', sigungu: '성남시 분당구', query: '…' }, [{ sido: '경기도', sigungu: '성남시' }]) // true
 */
export function inRegions(
  address: Pick<Address, 'sido' | 'sigungu'> | null | undefined,
  regions: readonly RegionFilter[],
): boolean {
  if (!address) return false;
  for (const r of regions) {
    if (address.sido !== r.sido) continue;
    if (r.sigungu === undefined) return true;
    const s = address.sigungu;
    if (s !== undefined && (s === r.sigungu || s.startsWith(`${r.sigungu} `))) return true;
  }
  return false;
}
