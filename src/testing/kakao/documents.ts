// Kakao Local documents in their documented shapes
// (https://developers.kakao.com/docs/latest/ko/local/dev-guide): x/y strings in search results, numbers in
// coord2regioncode; short 시도 names in search results, full ones in coord2regioncode; `zone_no` on road
// addresses; empty codes and a null road address for REGION.
import type { SidoRecord } from '../../geo/regions/regions.js';
import { type ReplicaWorkplace, zoneNoOf } from './table.js';

/** Kakao writes search coordinates as decimal strings. */
export const coordText = (value: number): string => value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');

/** A `search/*` answer with its `meta`. */
export function searchAnswer(documents: unknown[], extraMeta: Record<string, unknown> = {}): unknown {
  return {
    meta: { total_count: documents.length, pageable_count: documents.length, is_end: true, ...extraMeta },
    documents,
  };
}

/** A ROAD_ADDR document for building `buildingNo` of a workplace. */
export function roadAddrDocument(
  place: ReplicaWorkplace,
  buildingNo: string,
  at: { lat: number; lng: number },
): unknown {
  const [main = '', sub = ''] = buildingNo.split('-');
  const x = coordText(at.lng);
  const y = coordText(at.lat);
  const short = place.sido.shortName;
  const lot = String((Number.parseInt(main, 10) * 7) % 900 || 1);
  const roadName = `${short} ${place.sigunguName} ${place.road} ${buildingNo}`;
  return {
    address_name: roadName,
    address_type: 'ROAD_ADDR',
    x,
    y,
    address: lotAddress(place, lot, x, y),
    road_address: {
      address_name: roadName,
      region_1depth_name: short,
      region_2depth_name: place.sigunguName,
      region_3depth_name: place.legalDong,
      road_name: place.road,
      underground_yn: 'N',
      main_building_no: main,
      sub_building_no: sub,
      building_name: place.building,
      zone_no: zoneNoOf(place, buildingNo),
      x,
      y,
    },
  };
}

/** A REGION_ADDR document (지번 address) for lot `lot` in a workplace's 법정동. */
export function regionAddrDocument(
  place: ReplicaWorkplace,
  lot: string,
  at: { lat: number; lng: number },
): unknown {
  const x = coordText(at.lng);
  const y = coordText(at.lat);
  const address = lotAddress(place, lot, x, y);
  return {
    address_name: address.address_name,
    address_type: 'REGION_ADDR',
    x,
    y,
    address,
    road_address: null,
  };
}

/** A ROAD document: a road named without a building number. */
export function roadDocument(place: ReplicaWorkplace, at: { lat: number; lng: number }): unknown {
  const x = coordText(at.lng);
  const y = coordText(at.lat);
  const name = `${place.sido.shortName} ${place.sigunguName} ${place.road}`;
  return {
    address_name: name,
    address_type: 'ROAD',
    x,
    y,
    address: null,
    road_address: {
      address_name: name,
      region_1depth_name: place.sido.shortName,
      region_2depth_name: place.sigunguName,
      region_3depth_name: '',
      road_name: place.road,
      underground_yn: 'N',
      main_building_no: '',
      sub_building_no: '',
      building_name: '',
      zone_no: '',
      x,
      y,
    },
  };
}

/** A REGION document (a 지명): `h_code` empty, number fields empty, `road_address` null. */
export function regionDocument(
  sido: SidoRecord,
  sigungu: string,
  dong: string,
  bCode: string,
  at: { lat: number; lng: number },
): unknown {
  const x = coordText(at.lng);
  const y = coordText(at.lat);
  const name = [sido.shortName, sigungu, dong].filter(Boolean).join(' ');
  return {
    address_name: name,
    address_type: 'REGION',
    x,
    y,
    address: {
      address_name: name,
      region_1depth_name: sido.shortName,
      region_2depth_name: sigungu,
      region_3depth_name: dong,
      region_3depth_h_name: '',
      h_code: '',
      b_code: bCode,
      mountain_yn: 'N',
      main_address_no: '',
      sub_address_no: '',
      x,
      y,
    },
    road_address: null,
  };
}

/** A keyword-search place for a workplace's building. */
export function placeDocument(
  place: ReplicaWorkplace,
  buildingNo: string,
  at: { lat: number; lng: number },
): unknown {
  const short = place.sido.shortName;
  return {
    id: String(20_000_000 + place.index),
    place_name: place.building,
    category_name: '부동산 > 빌딩,건물',
    category_group_code: '',
    category_group_name: '',
    phone: '',
    address_name: `${short} ${place.sigunguName} ${place.legalDong} ${lotOf(buildingNo)}`,
    road_address_name: `${short} ${place.sigunguName} ${place.road} ${buildingNo}`,
    x: coordText(at.lng),
    y: coordText(at.lat),
    place_url: `http://place.map.kakao.com/${20_000_000 + place.index}`,
    distance: '',
  };
}

function lotOf(buildingNo: string): string {
  const main = Number.parseInt(buildingNo, 10) || 1;
  return String((main * 7) % 900 || 1);
}

function lotAddress(place: ReplicaWorkplace, lot: string, x: string, y: string) {
  const [main = '', sub = ''] = lot.split('-');
  const short = place.sido.shortName;
  return {
    address_name: `${short} ${place.sigunguName} ${place.legalDong} ${lot}`,
    region_1depth_name: short,
    region_2depth_name: place.sigunguName,
    region_3depth_name: place.legalDong,
    region_3depth_h_name: place.hName,
    h_code: place.hCode,
    b_code: place.bCode,
    mountain_yn: 'N',
    main_address_no: main,
    sub_address_no: sub,
    zip_code: '',
    x,
    y,
  };
}
