// Generates the two address indexes that let a road or a 법정동 written without its region find it:
//   src/geo/address/_legal-dongs.gen.ts  from the 국토교통부 법정동 table (법정동코드, state of 2026-07-01,
//     with the rows abolished since 2023 and their replacements);
//   src/geo/address/_road-names.gen.ts   from road–시군구 pairs harvested from address-bearing open
//     datasets (공공데이터포털 전국초중등학교위치표준데이터, 전국도시공원정보표준데이터,
//     전국대학및전문대학정보표준데이터, 경찰청 지구대·파출소 주소, 서울시 병원 인허가 정보).
// The road table is partial (about 11,800 of some 160,000 road–시군구 pairs): a road missing from it is
// unknown, not invalid.
//
// Run: npx tsx scripts/gen-addresses.ts [directory holding legal-dong-codes.tsv and road-names.tsv]
//
// Both indexes name 시군구 by the codes of the embedded region table (src/geo/regions), found by name,
// so the gazetteer can place what they prove; the official codes of the former 광주광역시 구 differ from
// the region table's. Only what the lookups need is kept: names and 시군구, no coordinates; each Hangul
// syllable is written as one or two ASCII letters (see src/geo/address/_syllables.ts), since bundlers
// escape every Hangul character to six bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeSyllables } from '../src/geo/address/_syllables.js';
import { findSido, findSigungu, type SigunguRecord } from '../src/geo/regions/regions.js';
import { readTsv } from './_read-tsv.js';

/** Repository-relative paths of the generated modules. */
export const LEGAL_DONGS_OUTPUT = 'src/geo/address/_legal-dongs.gen.ts';
export const ROAD_NAMES_OUTPUT = 'src/geo/address/_road-names.gen.ts';
/** Where the script reads its source tables, relative to the repository root: beside the checkout. */
export const ADDRESS_SOURCE_DIR = '../shared/data';
export const LEGAL_DONG_FILE = 'legal-dong-codes.tsv';
export const ROAD_NAME_FILE = 'road-names.tsv';

const SEJONG_SIDO = '36';
const SEJONG_SGG = '36110';

/** The value of a key, made and stored first when absent. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * The region-table 시군구 that a 시도 and 시군구 name (as the official tables write them: '수원시장안구',
 * '강원도', '광주광역시') stand for today. A 시군구 that moved to another 시도 (군위군, 경북 → 대구) is
 * found by its name alone when that name is unique.
 */
function regionSigungu(sidoName: string, sigunguName: string): SigunguRecord[] {
  const sido = findSido(sidoName) ?? (sidoName === '광주광역시' ? findSido('전남광주') : undefined);
  if (sido?.code === SEJONG_SIDO) return [];
  const inSido = sido ? findSigungu(sigunguName, sido.code) : [];
  if (inSido.length > 0) return [...inSido];
  const anywhere = findSigungu(sigunguName);
  return anywhere.length === 1 ? [...anywhere] : [];
}

/** The region-table code of a 시군구, or of 세종's pseudo 시군구; throws when the name is unknown. */
function regionCode(sidoName: string, sigunguName: string): string {
  if (findSido(sidoName)?.code === SEJONG_SIDO) return SEJONG_SGG;
  const found = regionSigungu(sidoName, sigunguName);
  if (found.length !== 1) throw new Error(`no single region 시군구 for '${sidoName} ${sigunguName}'`);
  return found[0]!.code;
}

/** The 일반구 of a city ('41110' 수원시 → its 4 구), or the 시군구 itself. */
function withGu(code: string, all: ReadonlyMap<string, Set<string>>): string[] {
  if (!code.endsWith('0')) return [code];
  const prefix = code.slice(0, 4);
  const gu = [...all.keys()].filter((c) => c !== code && c.startsWith(prefix));
  return gu.length > 0 ? gu : [code];
}

/**
 * Returns the text of `_legal-dongs.gen.ts`: every active 법정동 (읍·면·동 level; 리 are left out) under
 * its region-table 시군구, and the names abolished since 2023 that no active name of the same 시군구
 * still answers to, with what replaced them.
 *
 * @example buildLegalDongsModule(readFileSync('legal-dong-codes.tsv', 'utf8'))
 */
export function buildLegalDongsModule(tsv: string): string {
  const rows = readTsv(tsv).filter((r) => r.eupmyeondong !== '' && r.ri === '');
  const byCode = new Map(rows.map((r) => [r.code!, r]));
  // Region 시군구 code → current 법정동 names.
  const active = new Map<string, Set<string>>();
  const activeAt = (r: Record<string, string>): string => regionCode(r.sido!, r.sigungu!);
  for (const r of rows) {
    if (r.active !== '1') continue;
    const code = activeAt(r);
    entry(active, code, () => new Set<string>()).add(r.eupmyeondong!);
  }

  const renames: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.active === '1') continue;
    const old = r.eupmyeondong!;
    // The places it became: its replacement rows, else the same name in the 시군구 that took its area
    // (강원도 → 강원특별자치도, 화성시 → its 구), else the 읍 a 면 became (양지면 → 양지읍), else only
    // that 시군구.
    const targets: [sgg: string, name: string][] = [];
    const replacedBy = r.replaced_by ? r.replaced_by.split('|') : [];
    for (const code of replacedBy) {
      const to = byCode.get(code);
      if (to?.active === '1') targets.push([activeAt(to), to.eupmyeondong!]);
    }
    if (targets.length === 0) {
      const places =
        findSido(r.sido!)?.code === SEJONG_SIDO
          ? [SEJONG_SGG]
          : regionSigungu(r.sido!, r.sigungu!).map((s) => s.code);
      const sggs = places.flatMap((code) => withGu(code, active));
      for (const sgg of sggs) if (active.get(sgg)?.has(old)) targets.push([sgg, old]);
      if (targets.length === 0 && old.endsWith('면')) {
        const town = `${old.slice(0, -1)}읍`;
        for (const sgg of sggs) if (active.get(sgg)?.has(town)) targets.push([sgg, town]);
      }
      if (targets.length === 0) for (const sgg of places) targets.push([sgg, '']);
    }
    if (targets.length === 0) throw new Error(`abolished ${r.code} ${old} leads nowhere`);
    for (const [sgg, name] of targets) {
      // Same name, same 시군구: the active row already answers to it.
      if (name === old) continue;
      const line = `${old}|${sgg}|${name}`;
      if (!seen.has(line)) {
        seen.add(line);
        renames.push(line);
      }
    }
  }

  const dongLines = [...active.keys()]
    .sort()
    .map((code) => [code, ...[...active.get(code)!].sort()].join('|'));
  renames.sort();
  const dongs = encodeSyllables(dongLines.join('\n'));
  const former = encodeSyllables(renames.join('\n'));
  return `// Generated by scripts/gen-addresses.ts — do not edit; run \`npx tsx scripts/gen-addresses.ts\`.
// Data: 국토교통부 전국 법정동 (법정동코드 of 행정안전부), state of 2026-07-01, with the names abolished
// since 2023. 시군구 are named by the codes of the embedded region table.
// Format (once decoded with decodeSyllables and its table): records separated by '\\n', fields by '|'.
// LEGAL_DONGS: 시군구 code|법정동|법정동|… LEGAL_DONG_RENAMES: abolished name|시군구 code|current name
// ('' when only the 시군구 is known).

/** Active 법정동 (읍·면·동 level) grouped by 시군구, encoded. */
export const LEGAL_DONGS = ${JSON.stringify(dongs.encoded)};
/** The syllable table of LEGAL_DONGS. */
export const LEGAL_DONGS_TABLE = ${JSON.stringify(dongs.table)};

/** Abolished 법정동 names that no active name of their 시군구 answers to, and what replaced them, encoded. */
export const LEGAL_DONG_RENAMES = ${JSON.stringify(former.encoded)};
/** The syllable table of LEGAL_DONG_RENAMES. */
export const LEGAL_DONG_RENAMES_TABLE = ${JSON.stringify(former.table)};
`;
}

// 'X로27길' and 'X로3번길' are branch roads of X로: stored as X로 with the branch numbers.
const BRANCH = /^(.+?(?:대로|로|길))(\d+)(번)?길$/;

/**
 * Returns the text of `_road-names.gen.ts`: the roads known in each region-table 시군구, a base road and
 * its branch roads on one entry.
 *
 * @example buildRoadNamesModule(readFileSync('road-names.tsv', 'utf8'))
 */
export function buildRoadNamesModule(tsv: string): string {
  // 시군구 code → base road → branch suffixes ('' for the base road itself, '27' for 27길, '3*' for 3번길).
  const blocks = new Map<string, Map<string, Set<string>>>();
  for (const r of readTsv(tsv)) {
    const road = r.road_name!;
    const sgg = regionCode(r.sido!, r.sigungu!);
    const block = entry(blocks, sgg, () => new Map<string, Set<string>>());
    const m = BRANCH.exec(road);
    const base = m ? m[1]! : road;
    const branch = m ? `${m[2]}${m[3] ? '*' : ''}` : '';
    entry(block, base, () => new Set<string>()).add(branch);
  }
  const byNumber = (a: string, b: string): number =>
    Number.parseInt(a, 10) - Number.parseInt(b, 10) || (a < b ? -1 : 1);
  const lines: string[] = [];
  for (const sgg of [...blocks.keys()].sort()) {
    const entries: string[] = [];
    const block = blocks.get(sgg)!;
    for (const base of [...block.keys()].sort()) {
      const branches = [...block.get(base)!].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : byNumber(a, b)));
      entries.push(branches.length === 1 && branches[0] === '' ? base : `${base}:${branches.join(',')}`);
    }
    lines.push([sgg, ...entries].join('|'));
  }
  const roads = encodeSyllables(lines.join('\n'));
  return `// Generated by scripts/gen-addresses.ts — do not edit; run \`npx tsx scripts/gen-addresses.ts\`.
// Data: road–시군구 pairs harvested from 공공데이터포털 and 서울 열린데이터광장 open datasets (schools,
// city parks, universities, police stations, Seoul hospitals). PARTIAL: a road missing here is unknown.
// 시군구 are named by the codes of the embedded region table.
// Format (once decoded with decodeSyllables and its table): records separated by '\\n', fields by '|':
// 시군구 code|road|road|… A road 'X로:,27,3*' stands for X로 itself (the empty item), X로27길 and
// X로3번길; 'X로:27' for X로27길 only.

/** Known roads grouped by 시군구, encoded. */
export const ROAD_NAMES = ${JSON.stringify(roads.encoded)};
/** The syllable table of ROAD_NAMES. */
export const ROAD_NAMES_TABLE = ${JSON.stringify(roads.table)};
`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(root, process.argv[2] ?? ADDRESS_SOURCE_DIR);
  const outputs: [string, string][] = [
    [LEGAL_DONGS_OUTPUT, buildLegalDongsModule(readFileSync(resolve(dir, LEGAL_DONG_FILE), 'utf8'))],
    [ROAD_NAMES_OUTPUT, buildRoadNamesModule(readFileSync(resolve(dir, ROAD_NAME_FILE), 'utf8'))],
  ];
  for (const [path, text] of outputs) {
    writeFileSync(resolve(root, path), text);
    console.log(`wrote ${path} (${Buffer.byteLength(text)} bytes)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
