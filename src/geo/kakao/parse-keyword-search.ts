// Pure reader of `search/keyword.json` (Kakao Local, 키워드로 장소 검색), the fallback for inputs that name
// only a building ('강남파이낸스센터', '유스페이스2').
import { documents, latLng, record, text } from './_read.js';
import { withSido } from './_sido.js';
import { KAKAO_PROVIDER } from './parse-address-search.js';
import type { KakaoPlaceHit } from './types.js';

/**
 * Returns the readable places of a `search/keyword.json` answer, best first; an empty array when Kakao
 * found nothing; null when the body is not such an answer. Never throws.
 *
 * @example
 * parseKakaoKeywordSearch({ meta: { total_count: 1 }, documents: [{ place_name: '강남파이낸스센터', x: '127.0364', y: '37.5006', address_name: '서울 강남구 역삼동 737', road_address_name: '서울 강남구 테헤란로 152' }] })?.[0]?.roadAddressName
 * // '서울특별시 강남구 테헤란로 152'
 */
export function parseKakaoKeywordSearch(body: unknown): KakaoPlaceHit[] | null {
  const docs = documents(body);
  if (!docs) return null;
  const hits: KakaoPlaceHit[] = [];
  for (const value of docs) {
    const doc = record(value);
    const at = latLng(doc?.x, doc?.y);
    if (!doc || !at) continue;
    hits.push({
      // A place match is one spot, but less certain than an address match: Kakao matched a name.
      point: { lat: at.lat, lng: at.lng, precision: 'building', provider: KAKAO_PROVIDER },
      placeName: text(doc.place_name) ?? '',
      addressName: withSido(text(doc.address_name) ?? '', undefined),
      roadAddressName: withSido(text(doc.road_address_name) ?? '', undefined),
    });
  }
  return docs.length > 0 && hits.length === 0 ? null : hits;
}
