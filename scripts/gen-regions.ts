// Generates src/geo/regions/_regions.gen.ts from the SGIS centroid table that vuski/admdongkor publishes
// (`통계청MDIS인구용_행정경계중심점/coordinate_UTMK_이름포함.tsv`, https://github.com/vuski/admdongkor,
// CC BY 4.0). The table is not part of this repository: to regenerate, put a copy at REGIONS_SOURCE.
//
// Run: npx tsx scripts/gen-regions.ts
//
// The table (통계청 SGIS 행정경계 중심점 via vuski/admdongkor, dated 2024-09, UTM-K EPSG:5179) predates
// several renames and the 2026-07-01 reforms, so this script converts it to WGS84 and applies the patch
// tables below. `buildRegionsModule` is pure so a test can regenerate the module in memory and compare.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import proj4 from 'proj4';

/** Repository-relative path of the generated module. */
export const REGIONS_OUTPUT = 'src/geo/regions/_regions.gen.ts';
/** Where the script reads the source table, relative to the repository root: beside the checkout. */
export const REGIONS_SOURCE = '../shared/data/admin-centroids-utmk.tsv';

const UTMK =
  '+proj=tmerc +lat_0=38 +lon_0=127.5 +k=0.9996 +x_0=1000000 +y_0=2000000 +ellps=GRS80 +units=m +no_defs';

/**
 * 시도 as of 2026-07-01 (16, after 광주 and 전남 merged): code → canonical name and the short forms Kakao
 * and job sites use. Legacy codes (42 강원도, 45 전라북도, 49 제주도, 29 광주광역시, 46 전라남도) are
 * rewritten by SIDO_CODE_PATCH and never appear in the output.
 */
const SIDO: ReadonlyArray<readonly [code: string, name: string, shortForms: readonly string[]]> = [
  ['11', '서울특별시', ['서울']],
  // 2026-07-01 merger of 광주광역시 (29) and 전라남도 (46). The short form is unverified: no Kakao answer
  // written after the merger has been seen.
  ['12', '전남광주통합특별시', ['전남광주']],
  ['26', '부산광역시', ['부산']],
  ['27', '대구광역시', ['대구']],
  ['28', '인천광역시', ['인천']],
  ['30', '대전광역시', ['대전']],
  ['31', '울산광역시', ['울산']],
  ['36', '세종특별자치시', ['세종']],
  ['41', '경기도', ['경기']],
  ['43', '충청북도', ['충북']],
  ['44', '충청남도', ['충남']],
  ['47', '경상북도', ['경북']],
  ['48', '경상남도', ['경남']],
  ['50', '제주특별자치도', ['제주']],
  ['51', '강원특별자치도', ['강원']],
  ['52', '전북특별자치도', ['전북']],
];

/**
 * Legacy 시도 prefixes: rows under `from` are moved to `to` (with SIGUNGU_CODE_PATCH taking precedence)
 * or dropped when `to` is null because a newer copy of the same rows exists in the table.
 */
const SIDO_CODE_PATCH: ReadonlyArray<readonly [from: string, to: string | null, why: string]> = [
  ['42', null, '강원도 → 강원특별자치도 (2023-06-11); the table already holds every row again under 51'],
  ['49', null, '제주도 → 제주특별자치도 (2006); the table already holds the rows under 50'],
  ['45', '52', '전라북도 → 전북특별자치도 (2024-01-18); codes keep their last 8 digits'],
  ['46', '12', '전라남도 → 전남광주통합특별시 (2026-07-01); 목포시 46110 → 12110'],
  ['29', '12', '광주광역시 → 전남광주통합특별시 (2026-07-01); its 구 get provisional codes, see below'],
];

/**
 * 시군구 code rewrites and removals, applied before SIDO_CODE_PATCH. A null target drops the 시군구 and
 * every 읍면동 under it (an older code whose area the table already covers under the current code).
 */
const SIGUNGU_CODE_PATCH: ReadonlyArray<readonly [from: string, to: string | null, why: string]> = [
  // 광주 구 cannot keep their last 3 digits under 12: 29110 동구 would collide with 46110 목포시 → 12110
  // and 29170 북구 with 46170 나주시. These 120xx codes are PROVISIONAL (not verified against
  // 행정표준코드관리시스템); they are unique and keep the old last digits for traceability.
  ['29110', '12011', '광주 동구 (provisional code)'],
  ['29140', '12014', '광주 서구 (provisional code)'],
  ['29155', '12015', '광주 남구 (provisional code)'],
  ['29170', '12017', '광주 북구 (provisional code)'],
  ['29200', '12020', '광주 광산구 (provisional code)'],
  ['47720', null, '군위군 moved from 경상북도 to 대구광역시 (2023-07-01); the table already has 27720'],
  ['28170', null, '인천 남구 renamed 미추홀구 (2018); the table already has 28177'],
  ['41710', null, '양주군 → 양주시 41630 (2003)'],
  ['41730', null, '여주군 → 여주시 41670 (2013)'],
  ['41750', null, '화성군 → 화성시 41590 (2001)'],
  ['41790', null, '광주군 → 광주시 41610 (2001)'],
  ['41810', null, '포천군 → 포천시 41650 (2003)'],
  ['41283', null, '고양시 일산구 split into 일산동구/일산서구 (2005)'],
  ['41195', null, '부천시 원미구, abolished 2016; its 동 lists seed the 2024 원미구 41192 (see BUCHEON_GU)'],
  ['41197', null, '부천시 소사구, abolished 2016; seeds 소사구 41194'],
  ['41199', null, '부천시 오정구, abolished 2016; seeds 오정구 41196'],
  ['43710', null, '청원군 merged into 청주시 (2014)'],
  ['44730', null, '연기군 → 세종특별자치시 (2012)'],
  ['44830', null, '당진군 → 당진시 44270 (2012)'],
  ['48110', null, '옛 창원시, merged into 통합 창원시 48120 with 일반구 (2010)'],
  ['48160', null, '마산시, merged into 창원시 (2010)'],
  ['48190', null, '진해시, merged into 창원시 (2010)'],
];

/** 일반구 that the table lacks: code, name, city code, and how its 읍면동 are chosen. */
const NEW_GU: ReadonlyArray<readonly [code: string, name: string, members: readonly string[], why: string]> =
  [
    // 부천시 restored 3 일반구 on 2024-01-01 with new codes. Membership follows the 2016 원미/소사/오정구
    // 동 lists still in the table (the 2024 boundaries are assumed equal to the 2016 ones — approximate).
    ['41192', '부천시 원미구', ['@41195'], '부천 일반구 (2024-01-01)'],
    ['41194', '부천시 소사구', ['@41197'], '부천 일반구 (2024-01-01)'],
    ['41196', '부천시 오정구', ['@41199'], '부천 일반구 (2024-01-01)'],
    // 화성시 일반구 (2026-02-01). Names and 읍면동 lists were checked against news of the 행정안전부
    // approval (2025-08-22) and the 2026-02 구청 openings; the codes 41591/41593/41595/41597 come from
    // several public 2026 code tables, not from the official register — treat them as likely, not verified.
    [
      '41591',
      '화성시 만세구',
      ['우정읍', '향남읍', '남양읍', '마도면', '송산면', '서신면', '팔탄면', '장안면', '양감면', '새솔동'],
      '화성 일반구 (2026-02-01)',
    ],
    [
      '41593',
      '화성시 효행구',
      ['봉담읍', '매송면', '비봉면', '정남면', '기배동'],
      '화성 일반구 (2026-02-01)',
    ],
    [
      '41595',
      '화성시 병점구',
      ['진안동', '병점1동', '병점2동', '반월동', '화산동'],
      '화성 일반구 (2026-02-01)',
    ],
    [
      '41597',
      '화성시 동탄구',
      ['동탄1동', '동탄2동', '동탄3동', '동탄4동', '동탄5동', '동탄6동', '동탄7동', '동탄8동', '동탄9동'],
      '화성 일반구 (2026-02-01)',
    ],
    // Incheon 2026-07-01: 중구 + 동구 → 제물포구 (inland) and 영종구 (the islands); 서구 → 서해구 and
    // 검단구. The new 구 are built from the old 행정동; their new 행정동 codes are not known, so each 동
    // keeps its last 5 digits under the new 구 code (approximate).
    ['28125', '제물포구', ['@28110', '@28140'], '인천 제물포구 (2026-07-01): 중구 inland + 동구'],
    ['28155', '영종구', ['@28110'], '인천 영종구 (2026-07-01): 영종도, 용유도, 무의도 (중구의 섬 지역)'],
    ['28275', '서해구', ['@28260'], '인천 서해구 (2026-07-01): 서구 south of 검단'],
    ['28290', '검단구', ['@28260'], '인천 검단구 (2026-07-01): the former 김포군 검단면 area'],
  ];

/** Old 시군구 whose 읍면동 are re-parented to NEW_GU entries, then dropped. */
const SPLIT_SIGUNGU: ReadonlySet<string> = new Set(['28110', '28140', '28260', '41190', '41590']);

/**
 * Which new 구 an old Incheon 행정동 goes to. 영종 and 검단 are matched by name prefix; every other 동 of
 * 중구/동구 goes to 제물포구 and of 서구 to 서해구. 검단 follows the brief's list (검단동, 불로대곡동,
 * 원당동, 당하동, 오류왕길동, 마전동, 아라동) plus the historical 검단1–5동 rows.
 */
const INCHEON_ISLANDS = /^(영종|운서|용유|무의|중산|운남|운북|을왕|남북|덕교)/;
const INCHEON_GEOMDAN = /^(검단|불로|대곡|원당|당하|오류|왕길|마전|아라|금곡)/;

function incheonTarget(oldSgg: string, name: string): string {
  if (oldSgg === '28140') return '28125';
  if (oldSgg === '28110') return INCHEON_ISLANDS.test(name) ? '28155' : '28125';
  return INCHEON_GEOMDAN.test(name) ? '28290' : '28275';
}

/**
 * 부천 광역동 (2019–2022) that have no counterpart in the 2016 일반구 lists; assigned by area
 * (approximate): 심곡동/부천동/신중동/중동/상동 lay in 원미구, 대산동/소사본동/범안동 in 소사구, 성곡동/오정동
 * in 오정구.
 */
const BUCHEON_WIDE_DONG: Readonly<Record<string, string>> = {
  심곡동: '41192',
  부천동: '41192',
  신중동: '41192',
  중동: '41192',
  상동: '41192',
  대산동: '41194',
  소사본동: '41194',
  범안동: '41194',
  성곡동: '41196',
  오정동: '41196',
};

interface Row {
  code: string;
  name: string;
  lat: number;
  lng: number;
}

interface Sgg extends Row {
  emd: Map<string, Row>;
}

const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;

function parseRows(tsv: string): Row[] {
  const toWgs = proj4(UTMK, 'WGS84');
  const rows: Row[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    const cols = line.split('\t');
    const [, code, fullName, xs, ys] = cols;
    if (!code || !fullName || !xs || !ys || !/^\d{10}$/.test(code)) continue;
    const [lng, lat] = toWgs.forward([Number(xs), Number(ys)]) as [number, number];
    rows.push({ code, name: fullName.trim(), lat: round5(lat), lng: round5(lng) });
  }
  return rows;
}

function mean(rows: Iterable<{ lat: number; lng: number }>): { lat: number; lng: number } {
  let lat = 0;
  let lng = 0;
  let n = 0;
  for (const r of rows) {
    lat += r.lat;
    lng += r.lng;
    n++;
  }
  return n === 0 ? { lat: 0, lng: 0 } : { lat: round5(lat / n), lng: round5(lng / n) };
}

/** The last word of a full 읍면동 name ('경기도 부천시소사구 소사본1동' → '소사본1동'). */
const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1);
/** A 시군구 full name without its 시도 ('경기도 성남시 분당구' → '성남시 분당구'). */
const withoutSido = (s: string): string => s.slice(s.indexOf(' ') + 1);

// Branch offices and sub-offices are not 읍면동 and would only pollute the name index.
const NOT_EMD = /출장|지소/;

/**
 * Returns the text of `src/geo/regions/_regions.gen.ts` built from the SGIS centroid TSV, converted to
 * WGS84 and patched for the renames and reforms up to 2026-07-01.
 *
 * @example buildRegionsModule(readFileSync('coordinate_UTMK_이름포함.tsv', 'utf8'))
 */
export function buildRegionsModule(tsv: string): string {
  const rows = parseRows(tsv);
  const sidoRows = new Map<string, Row>();
  const sggByCode = new Map<string, Sgg>();
  const oldSgg = new Map<string, Sgg>(); // split or dropped 시군구, kept to seed NEW_GU
  const sggPatch = new Map(SIGUNGU_CODE_PATCH.map(([from, to]) => [from, to]));
  const sidoPatch = new Map(SIDO_CODE_PATCH.map(([from, to]) => [from, to]));

  const targetSgg = (code5: string): string | null => {
    if (sggPatch.has(code5)) return sggPatch.get(code5) ?? null;
    const p = code5.slice(0, 2);
    if (sidoPatch.has(p)) {
      const to = sidoPatch.get(p);
      return to ? to + code5.slice(2) : null;
    }
    return code5;
  };

  for (const r of rows) {
    if (r.code.endsWith('00000000')) {
      sidoRows.set(r.code.slice(0, 2), r);
      continue;
    }
    if (!r.code.endsWith('00000')) continue;
    const c5 = r.code.slice(0, 5);
    const sgg: Sgg = { ...r, code: c5, name: withoutSido(r.name), emd: new Map() };
    oldSgg.set(c5, sgg);
    const to = targetSgg(c5);
    if (to && !SPLIT_SIGUNGU.has(c5) && c5 !== '36110') sggByCode.set(to, { ...sgg, code: to });
  }
  // 읍면동, in code order so that a later (newer) code wins a duplicate name.
  for (const r of rows) {
    if (r.code.endsWith('00000')) continue;
    const name = lastWord(r.name);
    if (NOT_EMD.test(name)) continue;
    const c5 = r.code.slice(0, 5);
    oldSgg.get(c5)?.emd.set(name, { ...r, name });
    const to = targetSgg(c5);
    if (to === null) continue;
    if (c5 === '36110') {
      // 세종 has no 시군구; its 읍면동 hang off a pseudo 시군구 '36110' so the gazetteer can still find them.
      if (!sggByCode.has('36110'))
        sggByCode.set('36110', { code: '36110', name: '', lat: 0, lng: 0, emd: new Map() });
    }
    const sgg = sggByCode.get(to === '36110' ? '36110' : to);
    if (sgg) sgg.emd.set(name, { ...r, code: to + r.code.slice(5), name });
  }
  const sejong = sggByCode.get('36110');
  if (sejong) Object.assign(sejong, mean(sejong.emd.values()));

  // New 구 built from old 동 lists.
  for (const [code, name, members] of NEW_GU) {
    const emd = new Map<string, Row>();
    const take = (dongName: string, row: Row) =>
      emd.set(dongName, { ...row, code: code + row.code.slice(5) });
    for (const m of members) {
      if (m.startsWith('@')) {
        const old = oldSgg.get(m.slice(1));
        for (const [dongName, row] of old?.emd ?? []) {
          if (code.startsWith('28') && incheonTarget(m.slice(1), dongName) !== code) continue;
          take(dongName, row);
        }
      } else {
        const hw = oldSgg.get('41590')?.emd.get(m);
        if (hw) take(m, hw);
      }
    }
    if (code.startsWith('4119')) {
      for (const [dongName, row] of oldSgg.get('41190')?.emd ?? []) {
        if (BUCHEON_WIDE_DONG[dongName] === code) take(dongName, row);
      }
    }
    // 부천 일반구 keep the centroid of the matching 2016 구; the others average their 동 (unweighted,
    // approximate: a 구 centroid is only used for 시군구-level geocodes).
    const seed =
      members[0]?.startsWith('@') && code.startsWith('4119') ? oldSgg.get(members[0].slice(1)) : undefined;
    const at = seed ? { lat: seed.lat, lng: seed.lng } : mean(emd.values());
    sggByCode.set(code, { code, name, ...at, emd });
  }

  // Cities with 일반구 get a city record of their own ('성남시'), centred on their 구, so that '성남시'
  // alone resolves; 부천시 41190 and 화성시 41590 already have rows and only lose their 동.
  const cityOf = new Map<string, string>();
  for (const s of sggByCode.values()) {
    const sp = s.name.indexOf(' ');
    if (sp > 0) cityOf.set(`${s.code.slice(0, 4)}0`, s.name.slice(0, sp));
  }
  for (const [code, cityName] of cityOf) {
    const gus = [...sggByCode.values()].filter(
      (s) => s.code.startsWith(code.slice(0, 4)) && s.name.includes(' '),
    );
    const existing = oldSgg.get(code);
    const at = existing && targetSgg(code) === code ? { lat: existing.lat, lng: existing.lng } : mean(gus);
    sggByCode.set(code, { code, name: cityName, ...at, emd: new Map() });
  }
  // A 일반구 city's own old 동 rows (천안 44130, 용인 41460, 안산 41270 before their 구) are historical.
  for (const code of cityOf.keys()) sggByCode.get(code)?.emd.clear();

  // Sido centroids: the table's row for the current code, or for the legacy code it replaces.
  const sidoLines: string[] = [];
  for (const [code, name, shortForms] of SIDO) {
    const legacy = code === '12' ? '46' : code === '52' ? '45' : code;
    const r = sidoRows.get(code) ?? sidoRows.get(legacy);
    if (!r) throw new Error(`no centroid for 시도 ${code}`);
    sidoLines.push([code, name, shortForms.join('/'), r.lat, r.lng].join('|'));
  }
  const codes = [...sggByCode.keys()].sort();
  const sggLines: string[] = [];
  const emdLines: string[] = [];
  for (const code of codes) {
    const s = sggByCode.get(code)!;
    sggLines.push([s.code, s.name, s.lat, s.lng].join('|'));
    const emd = [...s.emd.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
    if (emd.length === 0) continue;
    emdLines.push(`#${code}`);
    for (const e of emd) emdLines.push([e.code.slice(5), e.name, e.lat, e.lng].join('|'));
  }

  return `// Generated by scripts/gen-regions.ts — do not edit; run \`npx tsx scripts/gen-regions.ts\`.
// Data: 통계청 SGIS 행정경계 중심점 via vuski/admdongkor (공공누리 제1유형, CC BY 4.0), converted from
// UTM-K to WGS84 and patched for the renames and reforms up to 2026-07-01 (see the script's tables).
// Format: records separated by '\\n', fields by '|'. SIDO: code|name|shortForms('/')|lat|lng.
// SIGUNGU: code|name|lat|lng. EUPMYEONDONG: '#<sigungu code>' starts a block; code suffix|name|lat|lng.

/** 시도 records. */
export const SIDO = ${JSON.stringify(sidoLines.join('\n'))};

/** 시군구 records, including 일반구 as 'city gu' and cities with 일반구. */
export const SIGUNGU = ${JSON.stringify(sggLines.join('\n'))};

/** 읍면동 records grouped by 시군구. */
export const EUPMYEONDONG = ${JSON.stringify(emdLines.join('\n'))};
`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const tsv = readFileSync(resolve(root, REGIONS_SOURCE), 'utf8');
  const text = buildRegionsModule(tsv);
  writeFileSync(resolve(root, REGIONS_OUTPUT), text);
  console.log(`wrote ${REGIONS_OUTPUT} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
