// The replica's world: every synthetic workplace (src/testing/_vocabulary.ts) placed exactly where the
// site replica's detail bodies place it (_shape-parts.ts `coordinatesOf`), plus the region tables'
// centroids for 시도/시군구/읍면동-only queries.
import { parseAddress } from '../../geo/address/parse-address.js';
import {
  findEupmyeondong,
  findSigungu,
  getSido,
  listSigungu,
  type SidoRecord,
  type SigunguRecord,
} from '../../geo/regions/regions.js';
import { coordinatesOf, postalCode } from '../_shape-parts.js';
import { WORKPLACES } from '../_vocabulary.js';
import type { SyntheticPosting } from '../generate-postings.js';

/** One workplace of the vocabulary, resolved against the region tables. */
export interface ReplicaWorkplace {
  index: number;
  sido: SidoRecord;
  sigungu: SigunguRecord;
  /** The 시군구 as the vocabulary writes it (the site replica's coordinate key). */
  sigunguName: string;
  road: string;
  legalDong: string;
  building: string;
  /** 행정동 code of the 법정동's first 행정동 (or the 시군구 padded). */
  hCode: string;
  hName: string;
  /** A synthetic but stable 법정동 code inside the 시군구. */
  bCode: string;
}

/** A stable hash of a string. */
export function hashOf(textValue: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < textValue.length; i++)
    hash = Math.imul(hash ^ textValue.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Returns a stable 10-digit 법정동 code for a dong name inside a 시군구. */
export function legalCodeOf(sigunguCode: string, dong: string): string {
  return `${sigunguCode}1${String(hashOf(dong) % 1000).padStart(3, '0')}0`;
}

let workplaces: ReplicaWorkplace[] | undefined;

/** Returns every workplace of the vocabulary, resolved (built once). */
export function replicaWorkplaces(): readonly ReplicaWorkplace[] {
  workplaces ??= WORKPLACES.flatMap(([short, sigunguName, road, legalDong, building], index) => {
    // The parser knows that a bare '광주' before a 광주 구 (동구, 서구, 남구, 북구, 광산구) is the 시도.
    const parsed = parseAddress(`${short} ${sigunguName}`);
    const sido = parsed ? findSidoByName(parsed.sido) : undefined;
    const sigungu = sido ? findSigungu(sigunguName, sido.code)[0] : undefined;
    if (!sido || !sigungu) return [];
    const emd = findEupmyeondong(legalDong, sigungu.code);
    return [
      {
        index,
        sido,
        sigungu,
        sigunguName,
        road,
        legalDong,
        building,
        hCode: emd?.code ?? `${sigungu.code}00000`,
        hName: emd?.name ?? legalDong,
        bCode: legalCodeOf(sigungu.code, legalDong),
      },
    ];
  });
  return workplaces;
}

function findSidoByName(name: string): SidoRecord | undefined {
  for (let code = 10; code < 60; code++) {
    const record = getSido(String(code));
    if (record?.name === name) return record;
  }
  return undefined;
}

/** The point of building `buildingNo` on a workplace's road: the site replica's point plus ≤ 2 m. */
export function buildingPoint(place: ReplicaWorkplace, buildingNo: string): { lat: number; lng: number } {
  const base = coordinatesOf(asPosting(place, buildingNo));
  const h = hashOf(`${place.road}|${buildingNo}`);
  return {
    lat: round(base.lat + ((h % 21) - 10) * 0.000002),
    lng: round(base.lng + (((h >>> 8) % 21) - 10) * 0.000002),
  };
}

/** The 5-digit postcode the site replica gives the same building. */
export function zoneNoOf(place: ReplicaWorkplace, buildingNo: string): string {
  return postalCode(asPosting(place, buildingNo));
}

/** The building number keyword search answers for a workplace's building. */
export function keywordBuildingNo(place: ReplicaWorkplace): string {
  return String(100 + place.index);
}

function asPosting(place: ReplicaWorkplace, buildingNo: string): SyntheticPosting {
  // coordinatesOf and postalCode read only these three fields.
  return { sigungu: place.sigunguName, road: place.road, buildingNo } as SyntheticPosting;
}

/** Returns the workplace on this road of this 시군구, if any. */
export function workplaceOnRoad(sigunguCode: string, road: string): ReplicaWorkplace | undefined {
  return replicaWorkplaces().find((w) => w.sigungu.code === sigunguCode && w.road === road);
}

/** Returns the workplace in this 법정동 of this 시군구, if any. */
export function workplaceInDong(sigunguCode: string, dong: string): ReplicaWorkplace | undefined {
  return replicaWorkplaces().find((w) => w.sigungu.code === sigunguCode && w.legalDong === dong);
}

/** Returns the 시군구 records that are leaves (일반구 and plain 시군구, not cities split into 일반구). */
export function leafSigungu(): readonly SigunguRecord[] {
  const all = listSigungu();
  const cities = new Set(all.filter((s) => s.city).map((s) => `${s.sidoCode}:${s.city}`));
  return all.filter((s) => !cities.has(`${s.sidoCode}:${s.name}`));
}

/** Distance in metres (equirectangular; plenty for "which centroid is nearest"). */
export function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const x = ((b.lng - a.lng) * Math.PI * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180)) / 180;
  const y = ((b.lat - a.lat) * Math.PI) / 180;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

function round(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}
