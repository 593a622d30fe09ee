// Which 시군구 a 법정동 name is in, from the embedded 법정동 index (국토교통부, state of 2026-07-01). A
// 가-numbered 법정동 answers to its base name too ('성수동' → 성수동1가 and 성수동2가), and a name abolished
// since 2023 answers with what replaced it ('양지면' → 양지읍). The packed strings are decoded once, on
// first use, into a Map.
import {
  LEGAL_DONG_RENAMES,
  LEGAL_DONG_RENAMES_TABLE,
  LEGAL_DONGS,
  LEGAL_DONGS_TABLE,
} from './_legal-dongs.gen.js';
import { decodeSyllables } from './_syllables.js';

/** One 시군구 a 법정동 name stands for. */
export interface LegalDongPlace {
  /** Code of the region-table 시군구 ('11200'); '36110' for 세종, which has no 시군구. */
  readonly sigunguCode: string;
  /** Two-digit 시도 code. */
  readonly sidoCode: string;
  /**
   * The current 법정동 of this 시군구 the name stands for: itself ('역삼동'), the 가 of a base name
   * ('성수동' → ['성수동1가', '성수동2가']), or the replacement of an abolished name. Empty when an
   * abolished name proves only the 시군구.
   */
  readonly names: readonly string[];
  /** The abolished name that matched, when the match went through one ('양지면'). */
  readonly formerName?: string;
}

// '성수동1가' → '성수동': the base name a 가-numbered 법정동 answers to. Only 동 names: '을지로1가' → '을지로'
// would be a road.
const GA_NUMBERED = /^(.+동)\d+가$/;
const NONE: readonly never[] = Object.freeze([]);
let index: Map<string, LegalDongPlace[]> | undefined;

function add(
  map: Map<string, LegalDongPlace[]>,
  key: string,
  sgg: string,
  name: string,
  former?: string,
): void {
  let places = map.get(key);
  if (!places) {
    places = [];
    map.set(key, places);
  }
  let place = places.find((p) => p.sigunguCode === sgg && p.formerName === former);
  if (!place) {
    place = {
      sigunguCode: sgg,
      sidoCode: sgg.slice(0, 2),
      names: [],
      ...(former ? { formerName: former } : {}),
    };
    places.push(place);
  }
  if (name !== '' && !place.names.includes(name)) (place.names as string[]).push(name);
}

function build(): Map<string, LegalDongPlace[]> {
  const map = new Map<string, LegalDongPlace[]>();
  for (const line of decodeSyllables(LEGAL_DONGS, LEGAL_DONGS_TABLE).split('\n')) {
    const [sgg = '', ...names] = line.split('|');
    for (const name of names) {
      add(map, name, sgg, name);
      const base = GA_NUMBERED.exec(name)?.[1];
      if (base !== undefined) add(map, base, sgg, name);
    }
  }
  for (const line of decodeSyllables(LEGAL_DONG_RENAMES, LEGAL_DONG_RENAMES_TABLE).split('\n')) {
    const [former = '', sgg = '', name = ''] = line.split('|');
    // A current 법정동 of the same 시군구 already answers to the name: the rename adds nothing.
    if (map.get(former)?.some((p) => p.sigunguCode === sgg && p.formerName === undefined)) continue;
    add(map, former, sgg, name, former);
  }
  for (const places of map.values()) places.sort((a, b) => (a.sigunguCode < b.sigunguCode ? -1 : 1));
  return map;
}

/**
 * Returns every 시군구 a 법정동 name stands for (one entry per 시군구, in code order), optionally only
 * within one 시도; empty when the name is no 법정동 (행정동 such as '역삼1동' and 리 are not in the index).
 * Several entries mean the name is ambiguous ('삼성동': 서울 강남구 and 대전 동구): never pick one
 * without a hint. The returned array is shared: do not mutate it.
 *
 * @example findLegalDong('성수동') // [{ sigunguCode: '11200', sidoCode: '11', names: ['성수동1가', '성수동2가'] }]
 * @example findLegalDong('삼성동').map((p) => p.sigunguCode) // ['11680', '30110']
 */
export function findLegalDong(name: string, sidoCode?: string): readonly LegalDongPlace[] {
  if (typeof name !== 'string' || name.length === 0) return NONE;
  index ??= build();
  const places = index.get(name) ?? NONE;
  return sidoCode === undefined ? places : places.filter((p) => p.sidoCode === sidoCode);
}
