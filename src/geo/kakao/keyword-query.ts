// What to ask Kakao's keyword search when the address search found nothing: the building name the input
// carries ('강남파이낸스센터 12층' → '강남파이낸스센터'), narrowed by the 시군구 when known.
import type { Address } from '../../model/posting.js';

// Parts of a detail that are not a building name: floors, rooms, wings, 동 names and postcodes
// ('12층', 'B1', '지하1층', '301호', 'A동', '역삼동', '06236').
const NOT_A_NAME =
  /^(?:지하|B|b)?\d+(?:[~-]\d+)?(?:층|호|F|f|동)?$|^[A-Za-z가-힣]동$|층$|호$|^[가-힣]{1,4}동$|^\d+$/;
const HAS_NAME_CHAR = /[A-Za-z가-힣]/;
const SPLIT = /[\s,()[\]{}<>/·|]+/;

/**
 * Returns the building name in a detail or raw text, or undefined.
 *
 * @example buildingName('강남파이낸스센터 12층') // '강남파이낸스센터'
 */
export function buildingName(textValue: string | undefined): string | undefined {
  if (!textValue) return undefined;
  for (const token of textValue.normalize('NFKC').split(SPLIT)) {
    if (token.length >= 2 && token.length <= 40 && HAS_NAME_CHAR.test(token) && !NOT_A_NAME.test(token))
      return token;
  }
  return undefined;
}

/**
 * Returns the keyword query for an address whose search found nothing: '<시군구> <building>' or the
 * building alone; undefined when the input names no building.
 *
 * @example kakaoKeywordQuery({ sido: '서울특별시', sigungu: '강남구', detail: '강남파이낸스센터 3층', query: '…' }) // '강남구 강남파이낸스센터'
 */
export function kakaoKeywordQuery(address: Address | null, raw: string | undefined): string | undefined {
  if (address) {
    const building = buildingName(address.detail);
    if (!building) return undefined;
    return address.sigungu ? `${address.sigungu} ${building}` : building;
  }
  return buildingName(raw);
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g;

/**
 * Returns a raw string the address parser could not read, cleaned for Kakao (NFKC, one space, no
 * control characters), or undefined when nothing usable remains or it is too long to be an address.
 *
 * @example cleanRawQuery('  유스페이스2\n') // '유스페이스2'
 */
export function cleanRawQuery(raw: string): string | undefined {
  const cleaned = raw.normalize('NFKC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned.length < 2 || cleaned.length > 100 || !HAS_NAME_CHAR.test(cleaned)) return undefined;
  return cleaned;
}
