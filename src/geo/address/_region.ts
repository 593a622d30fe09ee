// The 시도 and 시군구 at the start of a place, with the ambiguities that need rules: 광주 (the former
// 광주광역시, or 경기도 광주시), 구 names shared by several cities (중구, 동구, 강서구), Incheon's 2026
// reform, and the 시도 inferred from a 시군구 written alone. A 시군구 that several 시도 have and nothing
// disambiguates stays ambiguous, with every reading kept, rather than given a 시도 it may not have.
import {
  findEupmyeondong,
  findSigungu,
  getSido,
  getSigungu,
  type SigunguRecord,
} from '../regions/regions.js';
import { GWANGJU_GU, GYEONGGI_CODE, JEONNAM_GWANGJU_CODE } from '../regions/sido.js';
import { readSido } from './_sido-spelling.js';
import { BARE_STEM, EUPMYEONDONG } from './_tokens.js';

/** The region a place starts with. */
export interface RegionHit {
  sidoCode: string;
  sidoName: string;
  /** Output 시군구 name ('성남시 분당구'); an old Incheon name ('중구') when it could not be mapped. */
  sigungu: string | undefined;
  /** Code for 읍면동 lookups; '36110' for 세종, which has no 시군구. */
  sigunguCode: string | undefined;
  /** Index of the first token after the region. */
  next: number;
}

/** One 시도/시군구 an ambiguous district name may be. */
export interface RegionCandidate {
  sidoCode: string;
  /** Official full name of the 시도 ('서울특별시'). */
  sido: string;
  /** 시군구 name as `Address.sigungu` writes it ('중구', '포항시 남구'). */
  sigungu: string;
  sigunguCode: string;
}

/**
 * A place that starts with a 시군구 name several 시도 share ('중구 퇴계로 385') and nothing in the place
 * tells which: every reading is kept, none is chosen.
 */
export interface AmbiguousRegion {
  candidates: readonly RegionCandidate[];
  /** Index of the first token after the district name. */
  next: number;
}

const SEJONG = '36';
const INCHEON = '28';
// Incheon before 2026-07-01 → the 구 that took its area: 중구 and 동구 became 제물포구 (28125) and
// 영종구 (28155, the islands); 서구 was split into 서해구 (28275) and 검단구 (28290).
const OLD_INCHEON: Readonly<Record<string, readonly string[]>> = {
  중구: ['28125', '28155'],
  동구: ['28125'],
  서구: ['28275', '28290'],
};
// 법정동 and 행정동 stems of the islands (영종구) and of 검단 (검단구). Any other 동 of
// old 중구 is in 제물포구 and of old 서구 in 서해구. 백석동 straddles 검단/서해 and is left unresolved.
const INCHEON_ISLANDS = /^(?:영종|운서|용유|무의|중산|운남|운북|을왕|남북|덕교)/;
const INCHEON_GEOMDAN = /^(?:검단|불로|대곡|원당|당하|오류|왕길|마전|아라|금곡)/;
const INCHEON_SEOHAE = /^(?:청라|가정|석남|신현|원창|가좌|연희|검암|경서|심곡|공촌|시천)/;

/** Which new Incheon 구 an old '중구'/'동구'/'서구' is, from a 동 name; undefined when it cannot tell. */
function incheonGu(old: string, dong: string | undefined): string | undefined {
  if (old === '동구') return '28125';
  if (!dong || !EUPMYEONDONG.test(dong) || dong.startsWith('백석')) return undefined;
  if (old === '중구') return INCHEON_ISLANDS.test(dong) ? '28155' : '28125';
  if (INCHEON_GEOMDAN.test(dong)) return '28290';
  return '28275';
}

/** True when a 동 name can only be in old Incheon 중구/서구 (used when the 시도 is missing). */
const incheonOnly = (old: string, dong: string | undefined): boolean =>
  dong !== undefined &&
  ((old === '중구' && INCHEON_ISLANDS.test(dong)) ||
    (old === '서구' && (INCHEON_GEOMDAN.test(dong) || INCHEON_SEOHAE.test(dong))));

interface SggMatch {
  list: readonly SigunguRecord[];
  n: number;
}

function matchSigungu(tokens: readonly string[], i: number, sido: string | undefined): SggMatch | undefined {
  const a = tokens[i];
  if (!a) return undefined;
  const b = tokens[i + 1];
  if (b && a.endsWith('시') && b.endsWith('구')) {
    const list = findSigungu(`${a} ${b}`, sido);
    if (list.length > 0) return { list, n: 2 };
  }
  const list = findSigungu(a, sido);
  if (list.length > 0) return { list, n: 1 };
  if (!BARE_STEM.test(a)) return undefined;
  // '서울 강남', '경기 성남': a stem without its suffix, only when the 시도 makes it unique.
  if (sido) {
    for (const suffix of ['구', '시', '군']) {
      const l = findSigungu(a + suffix, sido);
      if (l.length === 1) return { list: l, n: 1 };
    }
    return undefined;
  }
  // '청주 서원구', '수원 영통': a city without '시' and without its 시도, when only one 시 has that name.
  // Only 시: a bare 구 or 군 stem ('강남', '고성') is as often a neighbourhood or a landmark.
  const city = findSigungu(`${a}시`);
  return city.length === 1 ? { list: city, n: 1 } : undefined;
}

/** The hint for disambiguation: the next token, else the first item of the 참고항목 parentheses. */
function dongHint(tokens: readonly string[], at: number, parens: readonly string[]): string | undefined {
  const t = tokens[at];
  if (t && EUPMYEONDONG.test(t)) return t;
  const p = parens[0];
  if (!p) return undefined;
  const comma = p.indexOf(',');
  return (comma < 0 ? p : p.slice(0, comma)).trim();
}

function candidateOf(rec: SigunguRecord): RegionCandidate | undefined {
  const sido = getSido(rec.sidoCode);
  return sido && { sidoCode: sido.code, sido: sido.name, sigungu: rec.name, sigunguCode: rec.code };
}

/**
 * The readings of an unresolved district name; with `name`, old Incheon's 중구/동구/서구 are among them as
 * the 구 that took their area.
 */
function ambiguous(list: readonly SigunguRecord[], next: number, name?: string): AmbiguousRegion | undefined {
  const records = [...list];
  for (const code of (name && OLD_INCHEON[name]) || []) {
    const rec = getSigungu(code);
    if (rec) records.push(rec);
  }
  const candidates = records.map(candidateOf).filter((c): c is RegionCandidate => c !== undefined);
  return candidates.length > 1 ? { candidates, next } : undefined;
}

function hit(
  sidoCode: string,
  rec: SigunguRecord | undefined,
  next: number,
  name?: string,
): RegionHit | undefined {
  const sido = getSido(sidoCode);
  if (!sido) return undefined;
  return { sidoCode, sidoName: sido.name, sigungu: rec?.name ?? name, sigunguCode: rec?.code, next };
}

/**
 * Returns the 시도/시군구 a place's tokens start with; every reading of a 시군구 name that several 시도
 * share when nothing disambiguates it (and no 시도 is written or inherited); undefined when the tokens
 * start with neither. `inheritedSido` is the 시도 of the previous place in the same field.
 */
export function resolveRegion(
  tokens: readonly string[],
  parens: readonly string[],
  inheritedSido: string | undefined,
): RegionHit | AmbiguousRegion | undefined {
  const t0 = tokens[0];
  if (!t0) return undefined;
  let i = 0;
  let sidoCode: string | undefined;
  if (t0 === '광주' || t0 === '광주시') {
    // '광주 광산구' / '광주시 서구' is the former 광주광역시; '광주시 오포읍' and '경기 광주시' are 경기도.
    const t1 = tokens[1];
    if (t1 && GWANGJU_GU.has(t1)) {
      sidoCode = JEONNAM_GWANGJU_CODE;
      i = 1;
    } else if (t0 === '광주시') sidoCode = GYEONGGI_CODE;
    else {
      sidoCode = JEONNAM_GWANGJU_CODE;
      i = 1;
    }
  } else {
    const s = readSido(tokens, 0);
    if (s) {
      sidoCode = s.code;
      i = s.n;
    }
  }
  // '서울특별시 서울 …', '세종특별자치시 세종시 …': a repeated 시도 token.
  while (sidoCode) {
    const again = readSido(tokens, i);
    if (again?.code !== sidoCode) break;
    i += again.n;
  }
  if (sidoCode === SEJONG) return hit(SEJONG, getSigungu('36110'), i, undefined);

  const a = tokens[i];
  const scope = sidoCode ?? inheritedSido;
  // Incheon's old 중구/동구/서구, split in 2026: through the 동 when possible, else kept as written.
  if (a && OLD_INCHEON[a] && (scope === INCHEON || sidoCode === undefined)) {
    const hint = dongHint(tokens, i + 1, parens);
    if (scope === INCHEON || incheonOnly(a, hint)) {
      const code = incheonGu(a, hint);
      if (scope === INCHEON || code) return hit(INCHEON, code ? getSigungu(code) : undefined, i + 1, a);
    }
  }
  let m = scope ? matchSigungu(tokens, i, scope) : undefined;
  if (m && !sidoCode) sidoCode = scope;
  if (!m && !sidoCode) m = matchSigungu(tokens, i, undefined);
  if (!m) return sidoCode ? hit(sidoCode, undefined, i) : undefined;

  let rec: SigunguRecord | undefined = m.list[0];
  let next = i + m.n;
  if (m.list.length > 1) {
    // '중구 을지로동 …': the 동 decides between same-named 구; otherwise the place stays unresolved.
    const hint = dongHint(tokens, next, parens);
    const found = hint ? m.list.filter((c) => findEupmyeondong(hint, c.code) !== undefined) : [];
    rec = found.length === 1 ? found[0] : undefined;
    if (!rec) {
      if (sidoCode) return hit(sidoCode, undefined, i);
      return found.length > 1 ? ambiguous(found, next) : ambiguous(m.list, next, tokens[i]);
    }
  }
  if (!rec) return undefined;
  // '경기 성남 분당구' or '성남시 분당구' matched as the city first: take the 일반구 after it.
  // '수원 영통': the 일반구 without its '구', when the city has one of that name.
  const gu = tokens[next];
  if (gu && rec.city === undefined && (gu.endsWith('구') || BARE_STEM.test(gu))) {
    const inner =
      findSigungu(`${rec.name} ${gu}`, rec.sidoCode)[0] ??
      (gu.endsWith('구') ? undefined : findSigungu(`${rec.name} ${gu}구`, rec.sidoCode)[0]);
    if (inner) {
      rec = inner;
      next++;
    }
  }
  return hit(sidoCode ?? rec.sidoCode, rec, next);
}
