// The Kakao Local geocoder: factory, pure parsers and failure mapping.
export type { KakaoErrorBody, KakaoFailure } from './classify-failure.js';
export { classifyKakaoFailure, KAKAO_AUTH_HINT, readKakaoErrorBody } from './classify-failure.js';
export { kakaoGeocoder } from './kakao-geocoder.js';
export { KAKAO_PROVIDER, parseKakaoAddressSearch } from './parse-address-search.js';
export { parseKakaoCoord2Address, parseKakaoRegionCodes } from './parse-coord.js';
export { parseKakaoKeywordSearch } from './parse-keyword-search.js';
export type {
  KakaoAddressHit,
  KakaoAddressType,
  KakaoEndpoint,
  KakaoGeocoder,
  KakaoGeocoderOptions,
  KakaoPlaceHit,
  KakaoRegion,
  KakaoRegionCodes,
  KakaoReverseResult,
  LatLng,
} from './types.js';
