// Generates src/commute/rail/_network.gen.ts, the capital-area rail network the offline commute model
// routes over, from three open tables:
//   capital-rail-stations.tsv        stations of 19 lines with coordinates (서울특별시 서울 열린데이터광장
//                                    "서울시 역사마스터 정보", OA-21232), one row per station and service
//                                    path, in riding order (the order was written by hand: checked below);
//   seoul-metro-segment-times.tsv    scheduled run time between adjacent stations of lines 1–8
//                                    (서울교통공사 "역간거리 및 소요시간", OA-12034);
//   seoul-metro-transfer-times.tsv   walking time of transfers (서울교통공사 "환승역거리 소요시간 정보").
//
// Run: npx tsx scripts/gen-rail.ts [directory holding the three tables]
//
// Before writing, the script checks the hand-written station order: a consecutive gap far longer than
// the line's usual spacing, a stop that doubles back (its neighbours closer to each other than to it),
// and each segment of the operator's table that is not a pair of neighbours in the list. It prints what
// it finds; the orders it must fix are in ORDER_CORRECTIONS, each with its reason.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RailPathRecord, RailTransferRecord } from '../src/commute/rail/network-data.js';
import { haversineKm, type LatLng } from '../src/geo/distance.js';
import { readTsv } from './_read-tsv.js';

/** Repository-relative path of the generated module. */
export const RAIL_OUTPUT = 'src/commute/rail/_network.gen.ts';
/** Where the script reads its source tables, relative to the repository root: beside the checkout. */
export const RAIL_SOURCE_DIR = '../shared/data';
export const STATION_FILE = 'capital-rail-stations.tsv';
export const SEGMENT_FILE = 'seoul-metro-segment-times.tsv';
export const TRANSFER_FILE = 'seoul-metro-transfer-times.tsv';

/**
 * Stations of one name on different lines within this distance (km) are one station with a transfer
 * (서울역's 공항철도 platform lies 0.51 km from its 1호선 one); farther apart they are different
 * stations sharing a name: 양평 (5호선, 영등포구) and 양평 (경의중앙선, 양평군), 신촌 (2호선) and 신촌
 * (경의중앙선, 0.72 km, no transfer), 운정 (경의중앙선) and GTX-A 운정중앙.
 */
const SAME_STATION_KM = 0.6;

/**
 * Names of one station: the operator's 2024 short names that the 2025 station master writes otherwise
 * (당고개 is now 불암산, 자양 is 뚝섬유원지, 신내역 is 신내), and stations one platform complex serves
 * under two names (7호선 이수 is 4호선 총신대입구(이수), 0.12 km apart; GTX-A 서울 is 서울역, 0.09 km;
 * 의정부경전철 경전철의정부 is joined to 1호선 의정부 by a 0.27 km transfer passage).
 */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  당고개: '불암산',
  자양: '뚝섬유원지',
  신내역: '신내',
  이수: '총신대입구',
  서울: '서울역',
  경전철의정부: '의정부',
};

/** Lines the transfer table names by their railway section rather than their service line. */
const LINE_ALIASES: Readonly<Record<string, string>> = {
  경원선: '1호선',
  국철: '수인분당선',
};

/**
 * Fixes to the hand-written order, applied before the checks: [line, branch, station, station that
 * must follow it, reason].
 */
const ORDER_CORRECTIONS: readonly (readonly [string, string, string, string, string])[] = [
  [
    '경강선',
    '본선',
    '판교',
    '성남',
    '성남 (opened 2024) lies between 판교 and 이매 (lng 127.111 < 127.119 < 127.128); the list had it after 이매',
  ],
];

/**
 * Gaps the long-gap check reports that are real: outer sections with few stations, as the operators'
 * route maps show them (연천–전곡 and 평택–성환 on 경원선/경부선, 진접선 오남–별내별가람, 신분당선
 * 청계산입구–판교 under 청계산, 서해선 능곡–김포공항 under the 한강 plain …).
 */
const KNOWN_LONG_GAPS = new Set([
  '1호선|연천|전곡',
  '1호선|지행|덕정',
  '1호선|평택|성환',
  '1호선|성환|직산',
  '4호선|오남|별내별가람',
  '수인분당선|오목천|어천',
  '신분당선|청계산입구|판교',
  '경의중앙선|원덕|양평',
  '경의중앙선|운길산|팔당',
  '서해선|능곡|김포공항',
]);

/**
 * Stations the master lists whose trains do not run yet: [line, station, reason]. The path is cut
 * there into two services, each ending at the station's neighbour.
 */
const NOT_IN_SERVICE: readonly (readonly [string, string, string])[] = [
  [
    'GTX-A',
    '삼성',
    'GTX-A runs 운정중앙–서울역 and 수서–동탄 as two services; 삼성 and the link through it are not yet open',
  ],
];

/** Names the master gives a station of one line that riders know otherwise, by 역사_ID. */
const NAMES_BY_ID: Readonly<Record<string, string>> = {
  // The master files GTX-A's 운정중앙 as 운정, which is the 경의중앙선 station 3.6 km away.
  '9000': '운정중앙',
};

/** Service paths whose trains run one way only. */
const ONE_WAY = new Set(['6호선|응암순환']);

interface StationRow {
  line: string;
  branch: string;
  seq: number;
  name: string;
  lat: number;
  lng: number;
}

/** A station's name without the master's parenthesised subtitle: '왕십리(성동구청)' → '왕십리'. */
const plainName = (name: string): string => {
  const plain = name.replace(/\(.*\)$/, '').trim();
  return NAME_ALIASES[plain] ?? plain;
};

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** Median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The station rows grouped by service path, in riding order, with ORDER_CORRECTIONS applied. */
function servicePaths(rows: readonly StationRow[]): Map<string, StationRow[]> {
  const paths = new Map<string, StationRow[]>();
  for (const row of rows) {
    const key = `${row.line}|${row.branch}`;
    const path = paths.get(key) ?? [];
    path.push(row);
    paths.set(key, path);
  }
  for (const path of paths.values()) path.sort((a, b) => a.seq - b.seq);
  for (const [line, station, reason] of NOT_IN_SERVICE) {
    const key = [...paths.keys()].find(
      (k) => k.startsWith(`${line}|`) && paths.get(k)!.some((r) => plainName(r.name) === station),
    );
    if (!key) throw new Error(`not-in-service station not found: ${line} ${station} (${reason})`);
    const path = paths.get(key)!;
    const cut = path.findIndex((r) => plainName(r.name) === station);
    paths.set(key, path.slice(0, cut));
    paths.set(`${key}·${plainName(path[cut + 1]!.name)}`, path.slice(cut + 1));
  }
  for (const [line, branch, station, next, reason] of ORDER_CORRECTIONS) {
    const path = paths.get(`${line}|${branch}`);
    const from = path?.findIndex((r) => plainName(r.name) === next) ?? -1;
    const after = path?.findIndex((r) => plainName(r.name) === station) ?? -1;
    if (!path || from < 0 || after < 0)
      throw new Error(`correction not applicable: ${line} ${station} (${reason})`);
    const [moved] = path.splice(from, 1);
    path.splice(path.indexOf(path.find((r) => plainName(r.name) === station)!) + 1, 0, moved!);
  }
  return paths;
}

/** Findings of the order checks, one line each. */
function checkOrder(
  paths: ReadonlyMap<string, StationRow[]>,
  segments: readonly Record<string, string>[],
): string[] {
  const findings: string[] = [];
  for (const [key, path] of paths) {
    const gaps = path.slice(1).map((row, k) => haversineKm(path[k]!, row));
    const usual = median(gaps);
    gaps.forEach((km, k) => {
      const a = path[k]!.name;
      const b = path[k + 1]!.name;
      if (km < 0.25) findings.push(`${key}: ${a} → ${b} only ${km.toFixed(2)} km apart`);
      if (
        km > Math.max(4, 3 * usual) &&
        !KNOWN_LONG_GAPS.has(`${path[0]!.line}|${plainName(a)}|${plainName(b)}`)
      )
        findings.push(`${key}: ${a} → ${b} ${km.toFixed(1)} km (usual spacing ${usual.toFixed(1)} km)`);
      // A stop whose neighbours are much closer to each other than the way through it is out of order.
      const c = path[k + 2];
      if (c && c !== path[0]) {
        const through = km + gaps[k + 1]!;
        const direct = haversineKm(path[k]!, c);
        if (through > 2 && through > 2.5 * direct)
          findings.push(
            `${key}: ${b} doubles back (${a} → ${b} → ${c.name}: ${through.toFixed(1)} km vs ${direct.toFixed(1)} km direct)`,
          );
      }
    });
  }
  const neighbours = new Set<string>();
  for (const path of paths.values())
    path.slice(1).forEach((row, k) => {
      const a = plainName(path[k]!.name);
      const b = plainName(row.name);
      neighbours.add(`${row.line}|${a}|${b}`).add(`${row.line}|${b}|${a}`);
    });
  for (const s of segments) {
    const a = plainName(s.from_station!);
    const b = plainName(s.to_station!);
    if (!neighbours.has(`${s.line}|${a}|${b}`))
      findings.push(
        `segment table ${s.line} ${a} – ${b} (${s.km} km) is not a pair of neighbours in the list`,
      );
  }
  return findings;
}

/** The generated module's text and the order checks' findings. */
export function buildRailModule(
  stationTsv: string,
  segmentTsv: string,
  transferTsv: string,
): { text: string; findings: string[] } {
  const rows: StationRow[] = readTsv(stationTsv).map((r) => ({
    line: r.line!,
    branch: r.branch!,
    seq: Number(r.seq),
    name: NAMES_BY_ID[r.station_id!] ?? r.station!,
    lat: Number(r.lat),
    lng: Number(r.lng),
  }));
  const segments = readTsv(segmentTsv);
  const paths = servicePaths(rows);
  const findings = checkOrder(paths, segments);

  // Stations: one per plain name and place; a platform of each line joins the nearest same-name group.
  const groups: { name: string; points: LatLng[] }[] = [];
  const stationOf = new Map<StationRow, number>();
  for (const row of rows) {
    const name = plainName(row.name);
    let index = groups.findIndex((g) => g.name === name && haversineKm(g.points[0]!, row) <= SAME_STATION_KM);
    if (index < 0) index = groups.push({ name, points: [] }) - 1;
    groups[index]!.points.push(row);
    stationOf.set(row, index);
  }
  const coords = groups.flatMap((g) => {
    const lat = g.points.reduce((s, p) => s + p.lat, 0) / g.points.length;
    const lng = g.points.reduce((s, p) => s + p.lng, 0) / g.points.length;
    return [round(lat, 5), round(lng, 5)];
  });

  const runSeconds = new Map<string, number>();
  for (const s of segments) {
    const a = plainName(s.from_station!);
    const b = plainName(s.to_station!);
    runSeconds.set(`${s.line}|${a}|${b}`, Number(s.seconds)).set(`${s.line}|${b}|${a}`, Number(s.seconds));
  }
  const records: RailPathRecord[] = [...paths].map(([key, path]) => {
    const [line, branch] = key.split('|') as [string, string];
    const seconds = path
      .slice(1)
      .map((row, k) => runSeconds.get(`${line}|${plainName(path[k]!.name)}|${plainName(row.name)}`) ?? null);
    return {
      line,
      branch,
      stops: path.map((row) => stationOf.get(row)!),
      seconds,
      ...(ONE_WAY.has(key) ? { oneWay: true as const } : {}),
    };
  });

  const linesAt = new Map<number, Set<string>>();
  for (const [row, index] of stationOf) linesAt.set(index, (linesAt.get(index) ?? new Set()).add(row.line));
  const transfers: RailTransferRecord[] = [];
  for (const t of readTsv(transferTsv)) {
    const name = plainName(t.station!);
    const from = t.line!;
    const to = LINE_ALIASES[t.to_line!] ?? t.to_line!;
    const index = [...linesAt].find(
      ([i, lines]) => groups[i]!.name === name && lines.has(from) && lines.has(to),
    )?.[0];
    if (index === undefined) {
      findings.push(`transfer table ${from} ${name} → ${to}: no station serves both lines`);
      continue;
    }
    transfers.push([index, from, to, Number(t.walk_seconds)]);
  }

  const text = `// Generated by scripts/gen-rail.ts — do not edit; run \`npx tsx scripts/gen-rail.ts\`.
// Data: 서울특별시 "서울시 역사마스터 정보" (서울 열린데이터광장 OA-21232: stations and coordinates),
// 서울교통공사 "역간거리 및 소요시간" (OA-12034: run times of lines 1–8) and "환승역거리 소요시간 정보"
// (transfer walks). Station order along each line was assembled by hand and checked by the script.
import type { RailPathRecord, RailTransferRecord } from './network-data.js';

/** Station names (the master's name without its subtitle); index = station id. */
export const RAIL_STATIONS: readonly string[] = ${JSON.stringify(groups.map((g) => g.name))};
/** Station coordinates, WGS84: lat, lng of station i at 2i, 2i + 1. */
export const RAIL_COORDS: readonly number[] = ${JSON.stringify(coords)};
/** Service paths of every line, stops in riding order. */
export const RAIL_PATHS: readonly RailPathRecord[] = ${JSON.stringify(records)};
/** Transfer walks, seconds. */
export const RAIL_TRANSFERS: readonly RailTransferRecord[] = ${JSON.stringify(transfers)};
`;
  return { text, findings };
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(root, process.argv[2] ?? RAIL_SOURCE_DIR);
  const read = (file: string) => readFileSync(resolve(dir, file), 'utf8');
  const { text, findings } = buildRailModule(read(STATION_FILE), read(SEGMENT_FILE), read(TRANSFER_FILE));
  console.log(
    findings.length === 0 ? 'station order: no findings' : `station order: ${findings.length} findings`,
  );
  for (const finding of findings) console.log(`  ${finding}`);
  writeFileSync(resolve(root, RAIL_OUTPUT), text);
  console.log(`wrote ${RAIL_OUTPUT} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
