// Lookups over the generated region table. The packed strings are decoded once, on first use, into
// Maps; after that every lookup is a Map get, so the address parser can call these on its hot path.
import { EUPMYEONDONG, SIDO, SIGUNGU } from './_regions.gen.js';
import { SIDO_ALIASES } from './sido.js';

/** A 시도 as of 2026-07-01, with its centroid (WGS84). */
export interface SidoRecord {
  /** Two-digit code ('11', '12' for 전남광주통합특별시). */
  readonly code: string;
  /** Official full name ('서울특별시'). */
  readonly name: string;
  /** The short form Kakao and job sites use ('서울'). */
  readonly shortName: string;
  readonly lat: number;
  readonly lng: number;
}

/** A 시군구, a 일반구 ('성남시 분당구') or a city that has 일반구 ('성남시'), with its centroid. */
export interface SigunguRecord {
  /** Five-digit code ('41135'). */
  readonly code: string;
  /** Name without the 시도; a 일반구 keeps its city ('성남시 분당구'). */
  readonly name: string;
  readonly sidoCode: string;
  /** The city of a 일반구 ('성남시'), else undefined. */
  readonly city: string | undefined;
  /** The 일반구 alone ('분당구'), else undefined. */
  readonly gu: string | undefined;
  readonly lat: number;
  readonly lng: number;
}

/** A 행정 읍면동 (historical names included, since old addresses still use them), with its centroid. */
export interface EupmyeondongRecord {
  /** Ten-digit 행정동 code. */
  readonly code: string;
  readonly name: string;
  readonly sigunguCode: string;
  readonly lat: number;
  readonly lng: number;
}

interface Tables {
  sidoByCode: Map<string, SidoRecord>;
  sidoByAlias: Map<string, SidoRecord>;
  sggByCode: Map<string, SigunguRecord>;
  sggByName: Map<string, SigunguRecord[]>;
  sggBySidoName: Map<string, SigunguRecord[]>;
  emdBySgg: Map<string, Map<string, EupmyeondongRecord>>;
  emdBySggLoose: Map<string, Map<string, EupmyeondongRecord>>;
  /** Codes of cities that have 일반구 ('41130'). */
  citiesWithGu: Set<string>;
}

const NONE: readonly never[] = Object.freeze([]);
let tables: Tables | undefined;

// '역삼1동' → '역삼동', '창신제1동' → '창신동', '종로1.2.3.4가동' → '종로가동': lets a 법정동 name written in
// an address find one of the 행정동 that carry its name.
const LOOSE = /제?\d+(?:[.,·]\d+)*/g;
const looseKey = (name: string): string => name.replace(LOOSE, '');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function build(): Tables {
  const t: Tables = {
    sidoByCode: new Map(),
    sidoByAlias: new Map(),
    sggByCode: new Map(),
    sggByName: new Map(),
    sggBySidoName: new Map(),
    emdBySgg: new Map(),
    emdBySggLoose: new Map(),
    citiesWithGu: new Set(),
  };
  for (const line of SIDO.split('\n')) {
    const [code = '', name = '', short = '', lat, lng] = line.split('|');
    const shortForms = short.split('/');
    const rec: SidoRecord = {
      code,
      name,
      shortName: shortForms[0] ?? name,
      lat: Number(lat),
      lng: Number(lng),
    };
    t.sidoByCode.set(code, rec);
    for (const alias of [name, ...shortForms, ...(SIDO_ALIASES[code] ?? NONE)]) t.sidoByAlias.set(alias, rec);
  }
  for (const line of SIGUNGU.split('\n')) {
    const [code = '', name = '', lat, lng] = line.split('|');
    const sp = name.indexOf(' ');
    const rec: SigunguRecord = {
      code,
      name,
      sidoCode: code.slice(0, 2),
      city: sp > 0 ? name.slice(0, sp) : undefined,
      gu: sp > 0 ? name.slice(sp + 1) : undefined,
      lat: Number(lat),
      lng: Number(lng),
    };
    t.sggByCode.set(code, rec);
    if (rec.city) t.citiesWithGu.add(`${code.slice(0, 4)}0`);
    if (!name) continue; // 세종's pseudo 시군구 has no name of its own
    const keys = [name, name.replace(' ', '')];
    if (rec.gu) keys.push(rec.gu);
    for (const key of keys) {
      push(t.sggByName, key, rec);
      push(t.sggBySidoName, `${rec.sidoCode}:${key}`, rec);
    }
  }
  let block: Map<string, EupmyeondongRecord> | undefined;
  let loose: Map<string, EupmyeondongRecord> | undefined;
  let sgg = '';
  for (const line of EUPMYEONDONG.split('\n')) {
    if (line.startsWith('#')) {
      sgg = line.slice(1);
      block = new Map();
      loose = new Map();
      t.emdBySgg.set(sgg, block);
      t.emdBySggLoose.set(sgg, loose);
      continue;
    }
    const [suffix = '', name = '', lat, lng] = line.split('|');
    const rec: EupmyeondongRecord = {
      code: sgg + suffix,
      name,
      sigunguCode: sgg,
      lat: Number(lat),
      lng: Number(lng),
    };
    block?.set(name, rec);
    const key = looseKey(name);
    if (loose && !loose.has(key)) loose.set(key, rec);
  }
  return t;
}

const get = (): Tables => {
  tables ??= build();
  return tables;
};

/**
 * Returns the 시도 a name or short form stands for, old names included ('강원도' → 강원특별자치도,
 * '광주광역시' → 전남광주통합특별시), or undefined. '광주' and '광주시' are not matched: see `parseAddress`.
 *
 * @example findSido('전라북도')?.name // '전북특별자치도'
 */
export function findSido(token: string): SidoRecord | undefined {
  return get().sidoByAlias.get(token);
}

/**
 * Returns the 시도 with this two-digit code, or undefined.
 *
 * @example getSido('11')?.name // '서울특별시'
 */
export function getSido(code: string): SidoRecord | undefined {
  return get().sidoByCode.get(code);
}

/**
 * Returns every 시도 (16 since 2026-07-01), in code order.
 *
 * @example listSido().map((s) => s.shortName) // ['서울', '전남광주', '부산', ...]
 */
export function listSido(): readonly SidoRecord[] {
  return [...get().sidoByCode.values()];
}

/**
 * Returns the 시군구 a name may stand for — several when the name repeats across 시도 ('중구', '고성군')
 * — optionally only within one 시도; an empty list when unknown. Accepts '성남시 분당구', '성남시분당구',
 * '분당구' and '성남시'. The returned array is shared: do not mutate it.
 *
 * @example findSigungu('분당구')[0]?.name // '성남시 분당구'
 */
export function findSigungu(name: string, sidoCode?: string): readonly SigunguRecord[] {
  const t = get();
  return (
    (sidoCode === undefined ? t.sggByName.get(name) : t.sggBySidoName.get(`${sidoCode}:${name}`)) ?? NONE
  );
}

/**
 * Returns the 시군구 with this five-digit code, or undefined.
 *
 * @example getSigungu('11680')?.name // '강남구'
 */
export function getSigungu(code: string): SigunguRecord | undefined {
  return get().sggByCode.get(code);
}

/**
 * Returns every 시군구 record (일반구 and their cities included), optionally of one 시도.
 *
 * @example listSigungu('11').length // 25
 */
export function listSigungu(sidoCode?: string): readonly SigunguRecord[] {
  const all = [...get().sggByCode.values()].filter((s) => s.name !== '');
  return sidoCode === undefined ? all : all.filter((s) => s.sidoCode === sidoCode);
}

/**
 * Returns the 읍면동 of that name inside a 시군구, or undefined. An exact 행정동 name wins; otherwise a
 * 법정동-style name finds the first 행정동 sharing its stem ('역삼동' → 역삼1동). For a city with 일반구
 * ('41130' 성남시) every 구 of the city is searched.
 *
 * @example findEupmyeondong('정자1동', '41135')?.code // '4113565000'
 */
export function findEupmyeondong(name: string, sigunguCode: string): EupmyeondongRecord | undefined {
  const t = get();
  const exact = t.emdBySgg.get(sigunguCode)?.get(name);
  if (exact) return exact;
  const hit = t.emdBySggLoose.get(sigunguCode)?.get(looseKey(name));
  if (hit) return hit;
  if (t.citiesWithGu.has(sigunguCode)) {
    // A city whose 일반구 share its first four digits ('4113x').
    const prefix = sigunguCode.slice(0, 4);
    for (const [code, block] of t.emdBySgg) {
      if (code === sigunguCode || !code.startsWith(prefix)) continue;
      const rec = block.get(name) ?? t.emdBySggLoose.get(code)?.get(looseKey(name));
      if (rec) return rec;
    }
  }
  return undefined;
}

/**
 * Returns the 읍면동 of one 시군구, in code order.
 *
 * @example listEupmyeondong('11110').length // 20 (historical 행정동 included)
 */
export function listEupmyeondong(sigunguCode: string): readonly EupmyeondongRecord[] {
  return [...(get().emdBySgg.get(sigunguCode)?.values() ?? NONE)];
}
