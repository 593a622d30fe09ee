// Names for a company's sites: the shortest administrative name that tells them apart.
//
// Each posting yields a ladder of names, most general first:
//   특별시/광역시/세종 → [시도 short, 구/군 short, 읍면동]   '대전', '유성', '구성동'
//   도 (and 전남광주)   → [시/군 short, 일반구 short, 읍면동] '성남', '분당', '삼평동' · '이천', '부발읍'
// A metropolitan city's 시도 name is already a city ('하이닉스 대전'); a 도's is not (nobody says
// '하이닉스 경기' for 이천), so a 도 starts at its 시/군. The former 광주광역시 자치구 inside
// 전남광주통합특별시 start at '광주'. Short forms drop a trailing 시/군/구 only when two or more characters
// remain ('강남구' → '강남', '중구' stays '중구'); 읍면동 stay whole ('역삼동').
// Every site starts at its first rung; sites that share a name step down one rung, until all differ or
// the ladders run out. Names still shared then get ' 1', ' 2'… in site order; a site without any region
// is numbered alone ('1', '2').
import type { Address } from '../../model/posting.js';
import { findSido, getSido, getSigungu, type SidoRecord } from '../regions/regions.js';
import { GWANGJU_GU, JEONNAM_GWANGJU_CODE } from '../regions/sido.js';

/** 서울, 부산, 대구, 인천, 대전, 울산, 세종: 시도 that are themselves a city. */
const METROPOLITAN = new Set(['11', '26', '27', '28', '30', '31', '36']);

/** '강남구' → '강남', '이천시' → '이천', '기장군' → '기장'; '중구', '서구' stay. */
const shortDistrict = (name: string): string => (name.length > 2 ? name.replace(/[시군구]$/, '') : name);

function ladderOf(sido: SidoRecord, sigungu: string | undefined, emd: string | undefined): string[] {
  const [city, gu] = (sigungu ?? '').split(' ').filter(Boolean);
  const rungs: (string | undefined)[] = METROPOLITAN.has(sido.code)
    ? [sido.shortName, city && shortDistrict(city), emd]
    : sido.code === JEONNAM_GWANGJU_CODE && city && GWANGJU_GU.has(city)
      ? ['광주', city, emd]
      : [city ? shortDistrict(city) : sido.shortName, gu && shortDistrict(gu), emd];
  return rungs.filter((r): r is string => typeof r === 'string' && r.length > 0);
}

/**
 * The region ladder of one posting, from its `address`, else from `geo.code` (10-digit 행정 code);
 * empty when neither says where it is.
 *
 * @example regionLadder({ sido: '경기도', sigungu: '성남시 분당구', eupmyeondong: '삼평동', query: '' }) // ['성남', '분당', '삼평동']
 */
export function regionLadder(address: Address | null | undefined, code?: string): string[] {
  const sido = address?.sido ? findSido(address.sido) : undefined;
  if (sido) return ladderOf(sido, address?.sigungu, address?.eupmyeondong);
  if (code && code.length >= 5) {
    const fromCode = getSido(code.slice(0, 2));
    if (fromCode) return ladderOf(fromCode, getSigungu(code.slice(0, 5))?.name, undefined);
  }
  return address?.sido ? [address.sido] : [];
}

/**
 * Names sites apart from their ladders (index = site number, which also orders the numbered
 * fallbacks). Returns one name per site, all different.
 *
 * @example nameSites([['이천'], ['청주']]) // ['이천', '청주']
 * @example nameSites([['서울', '강남'], ['서울', '마포'], ['대전']]) // ['강남', '마포', '대전']
 */
export function nameSites(ladders: readonly (readonly string[])[]): string[] {
  const level = ladders.map(() => 0);
  const nameAt = (s: number): string => ladders[s]![level[s]!] ?? '';
  for (let changed = true; changed; ) {
    changed = false;
    const byName = new Map<string, number[]>();
    ladders.forEach((_, s) => {
      const list = byName.get(nameAt(s));
      if (list) list.push(s);
      else byName.set(nameAt(s), [s]);
    });
    for (const sites of byName.values()) {
      if (sites.length < 2) continue;
      for (const s of sites) {
        if (level[s]! < ladders[s]!.length - 1) {
          level[s]!++;
          changed = true;
        }
      }
    }
  }
  const names = ladders.map((_, s) => nameAt(s));
  const seen = new Map<string, number>();
  for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
  const next = new Map<string, number>();
  return names.map((name) => {
    if (seen.get(name) === 1 && name) return name;
    const n = (next.get(name) ?? 0) + 1;
    next.set(name, n);
    return name ? `${name} ${n}` : String(n);
  });
}
