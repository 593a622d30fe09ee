// The 시군구 an address proves when it does not say it plainly: from a 법정동 ('역삼동'), a road
// ('테헤란로7길') and a 시군구 name that several 시도 share ('중구'), each narrowing the others. Nothing is
// guessed: when more than one 시군구 remains, all of them are kept as candidates.
import { getSigungu, type SigunguRecord } from '../regions/regions.js';
import { findLegalDong, type LegalDongPlace } from './legal-dong-index.js';
import { findRoad } from './road-index.js';

/** What an address says about its place, besides a plain 시군구. */
export interface SigunguHints {
  /** The 시도 the address names, when it names one. */
  sidoCode?: string | undefined;
  /** Codes of the 시군구 a written but ambiguous name stands for ('중구' → 11140, 26110, …). */
  sigunguCodes?: readonly string[] | undefined;
  /** Codes of the 시군구 named elsewhere in the field ('삼성동 144-19, 강남구'). */
  mentionedCodes?: readonly string[] | undefined;
  /** 법정동 (읍·면·동) names the address holds, in the text or its 참고항목 parentheses. */
  dongs?: readonly string[] | undefined;
  /** The road name ('테헤란로7길'). */
  road?: string | undefined;
}

/** The outcome of `proveSigungu`. */
export interface SigunguProof {
  /** The one 시군구 the hints leave, or undefined when none or several remain. */
  readonly sigungu: SigunguRecord | undefined;
  /** Every 시군구 the hints leave, in code order (the proved one alone when proved; empty when none). */
  readonly candidates: readonly SigunguRecord[];
  /** The 시도 all candidates share, when they share one (a place proved at 시도 precision). */
  readonly sidoCode: string | undefined;
  /** The current 법정동 names of the proved 시군구 that the address's 동 stands for. */
  readonly dongs: readonly string[];
}

const EMPTY: SigunguProof = Object.freeze({
  sigungu: undefined,
  candidates: Object.freeze([]),
  sidoCode: undefined,
  dongs: Object.freeze([]),
});

/**
 * The narrower of two 시군구 codes when one holds the other (a city with 일반구 holds its 구: 41130
 * 성남시 ⊃ 41135 분당구) or they are equal; undefined when they are different places.
 */
function meet(a: string, b: string): string | undefined {
  if (a === b) return a;
  if (a.endsWith('0') && b.startsWith(a.slice(0, 4)) && getSigungu(b)?.city !== undefined) return b;
  if (b.endsWith('0') && a.startsWith(b.slice(0, 4)) && getSigungu(a)?.city !== undefined) return a;
  return undefined;
}

/** The codes both lists allow, narrowed (see `meet`). */
function intersect(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      const m = meet(x, y);
      if (m !== undefined) out.add(m);
    }
  }
  return [...out].sort();
}

/**
 * Returns the 시군구 that an address's 법정동, road and ambiguous 시군구 name prove together, with the
 * candidates left when they do not. Each hint narrows the candidates of the ones before it, in order of
 * trust — the written 시군구 name, other 시군구 words of the field, the 법정동 (an exhaustive official
 * table), the road (a partial index) — and a hint that would leave nothing is set aside: a road the
 * index knows elsewhere may still be there.
 *
 * @example proveSigungu({ dongs: ['성수동'] }).sigungu?.name // '성동구'
 * @example proveSigungu({ dongs: ['삼성동'] }).candidates.length // 2 (서울 강남구, 대전 동구)
 * @example proveSigungu({ sigunguCodes: ['11140', '26110'], road: '퇴계로' }).sigungu?.code // '11140'
 */
export function proveSigungu(hints: SigunguHints): SigunguProof {
  const { sidoCode } = hints;
  const inSido = (code: string): boolean => sidoCode === undefined || code.startsWith(sidoCode);
  const places: LegalDongPlace[] = [];
  for (const name of hints.dongs ?? []) places.push(...findLegalDong(name, sidoCode));
  const sets: string[][] = [
    (hints.sigunguCodes ?? []).filter(inSido),
    (hints.mentionedCodes ?? []).filter(inSido),
    [...new Set(places.map((p) => p.sigunguCode))],
    hints.road ? [...(findRoad(hints.road, sidoCode)?.sigunguCodes ?? [])] : [],
  ];
  let codes: string[] | undefined;
  for (const set of sets) {
    if (set.length === 0) continue;
    if (codes === undefined) codes = [...set].sort();
    else {
      const both = intersect(codes, set);
      if (both.length > 0) codes = both;
    }
  }
  if (codes === undefined) return EMPTY;
  const candidates = codes.map((code) => getSigungu(code)).filter((s) => s !== undefined);
  const sidos = new Set(candidates.map((s) => s.sidoCode));
  const sigungu = candidates.length === 1 ? candidates[0] : undefined;
  const dongs = sigungu
    ? [
        ...new Set(
          places.filter((p) => meet(p.sigunguCode, sigungu.code) === sigungu.code).flatMap((p) => p.names),
        ),
      ]
    : [];
  return {
    sigungu,
    candidates,
    sidoCode: sidos.size === 1 ? [...sidos][0] : undefined,
    dongs,
  };
}
