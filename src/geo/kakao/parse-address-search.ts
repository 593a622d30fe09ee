// Pure reader of `search/address.json` (Kakao Local, 주소로 좌표 변환): documents → points with a
// precision that says what Kakao matched, and the area's code for later joins.
import type { GeoPrecision } from '../../model/posting.js';
import { adminCode, documents, latLng, record, text } from './_read.js';
import { currentSido, withSido } from './_sido.js';
import type { KakaoAddressHit, KakaoAddressType } from './types.js';

const TYPES: ReadonlySet<string> = new Set(['REGION', 'ROAD', 'REGION_ADDR', 'ROAD_ADDR']);

/** The provider name every Kakao point carries. */
export const KAKAO_PROVIDER = 'kakao';

/**
 * Returns the readable documents of a `search/address.json` answer, best first; an empty array when
 * Kakao found nothing; null when the body is not such an answer (no `documents` array, or documents of
 * which none has usable coordinates). Never throws.
 *
 * @example
 * parseKakaoAddressSearch({ meta: { total_count: 1 }, documents: [{ address_type: 'ROAD_ADDR', x: '127.0364', y: '37.5006', address_name: '서울 강남구 테헤란로 152', address: { b_code: '1168010100', region_1depth_name: '서울' }, road_address: { main_building_no: '152' } }] })?.[0]?.point
 * // { lat: 37.5006, lng: 127.0364, precision: 'building', provider: 'kakao', code: '1168010100' }
 */
export function parseKakaoAddressSearch(body: unknown): KakaoAddressHit[] | null {
  const docs = documents(body);
  if (!docs) return null;
  const hits: KakaoAddressHit[] = [];
  for (const doc of docs) {
    const hit = readDocument(doc);
    if (hit) hits.push(hit);
  }
  return docs.length > 0 && hits.length === 0 ? null : hits;
}

function readDocument(value: unknown): KakaoAddressHit | undefined {
  const doc = record(value);
  if (!doc) return undefined;
  const address = record(doc.address);
  const road = record(doc.road_address);
  // The document's own x/y first; its `address` and `road_address` objects carry the same point.
  const at = latLng(doc.x, doc.y) ?? latLng(address?.x, address?.y) ?? latLng(road?.x, road?.y);
  if (!at) return undefined;
  const rawType = text(doc.address_type);
  const type = rawType && TYPES.has(rawType) ? (rawType as KakaoAddressType) : undefined;
  // b_code (법정동) first: it is stable where 행정동 are split and merged; REGION documents send h_code "".
  const code = adminCode(address?.b_code) ?? adminCode(address?.h_code);
  const region = address ?? road;
  const sido = currentSido(code, text(region?.region_1depth_name));
  const name = text(doc.address_name) ?? text(road?.address_name) ?? text(address?.address_name) ?? '';
  return {
    point: {
      lat: at.lat,
      lng: at.lng,
      precision: precisionOf(type, address, road),
      provider: KAKAO_PROVIDER,
      ...(code ? { code } : {}),
    },
    type,
    addressName: withSido(name, sido),
    sido,
    sigungu: text(region?.region_2depth_name),
    buildingName: text(road?.building_name),
    zoneNo: text(road?.zone_no),
  };
}

/**
 * Returns how precise a document is: a numbered 도로명/지번 address is a building, a road without a
 * number is a road, and a 지명 is as precise as its deepest region name.
 */
function precisionOf(
  type: KakaoAddressType | undefined,
  address: Record<string, unknown> | undefined,
  road: Record<string, unknown> | undefined,
): GeoPrecision {
  const buildingNo = text(road?.main_building_no);
  const lotNo = text(address?.main_address_no);
  if (type === 'ROAD_ADDR') return 'building';
  if (type === 'REGION_ADDR' && lotNo) return 'building';
  if (type === 'ROAD') return 'road';
  if (type === undefined && (buildingNo || lotNo)) return 'building';
  const region = address ?? road;
  if (text(region?.region_3depth_name) || text(region?.region_3depth_h_name)) return 'eupmyeondong';
  if (text(region?.region_2depth_name)) return 'sigungu';
  return 'sido';
}
