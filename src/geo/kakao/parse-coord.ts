// Pure readers of Kakao's reverse endpoints, `geo/coord2address.json` and `geo/coord2regioncode.json`
// (Kakao Local, 좌표로 주소 변환 and 좌표로 행정구역정보 변환). coord2address has no codes,
// so its 시도 is made current by name; coord2regioncode has codes, so by code prefix.
import { adminCode, documents, record, text } from './_read.js';
import { currentSido, withSido } from './_sido.js';
import type { KakaoRegion, KakaoRegionCodes, KakaoReverseResult } from './types.js';

/**
 * Returns the addresses of a `coord2address.json` answer (null fields where Kakao has none), or null when
 * the body is not such an answer. 시도 come out as current official names, in both strings. Never throws.
 *
 * @example
 * parseKakaoCoord2Address({ meta: { total_count: 1 }, documents: [{ address: { address_name: '경기 성남시 분당구 삼평동 681' }, road_address: null }] })
 * // { address: '경기도 성남시 분당구 삼평동 681', roadAddress: null }
 */
export function parseKakaoCoord2Address(body: unknown): KakaoReverseResult | null {
  const docs = documents(body);
  if (!docs) return null;
  if (docs.length === 0) return { address: null, roadAddress: null };
  const doc = record(docs[0]);
  if (!doc) return null;
  const address = record(doc.address);
  const road = record(doc.road_address);
  const name = (part: Record<string, unknown> | undefined) => {
    const value = text(part?.address_name);
    return value ? withSido(value, currentSido(undefined, text(part?.region_1depth_name))) : null;
  };
  return { address: name(address), roadAddress: name(road) };
}

/**
 * Returns the 법정동 (type B) and 행정동 (type H) regions of a `coord2regioncode.json` answer (null where
 * absent, e.g. over the sea where region fields are empty), or null when the body is not such an answer.
 * Never throws.
 *
 * @example
 * parseKakaoRegionCodes({ meta: { total_count: 2 }, documents: [{ region_type: 'B', code: '4113510900', address_name: '경기도 성남시 분당구 삼평동', region_1depth_name: '경기도', x: 127.1, y: 37.4 }] })?.legal
 * // { code: '4113510900', name: '경기도 성남시 분당구 삼평동', sido: '경기도' }
 */
export function parseKakaoRegionCodes(body: unknown): KakaoRegionCodes | null {
  const docs = documents(body);
  if (!docs) return null;
  const out: KakaoRegionCodes = { legal: null, admin: null };
  for (const value of docs) {
    const doc = record(value);
    const type = text(doc?.region_type);
    const region = doc ? readRegion(doc) : undefined;
    if (!region) continue;
    if (type === 'B') out.legal ??= region;
    else if (type === 'H') out.admin ??= region;
  }
  return out;
}

function readRegion(doc: Record<string, unknown>): KakaoRegion | undefined {
  const code = adminCode(doc.code);
  const sido = currentSido(code, text(doc.region_1depth_name));
  const name = text(doc.address_name);
  if (!code || !sido || !name) return undefined;
  return { code, name: withSido(name, sido), sido };
}
