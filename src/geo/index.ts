// Public surface of ohmystack/geo. Internal modules (`_`-prefixed) are never re-exported.

export type { Address, LocationKind } from '../model/posting.js';
export { classifyLocation } from './address/classify-location.js';
export { parseAddress, parseAddresses } from './address/parse-address.js';
export type { LocationReading } from './address/read-location.js';
export { readLocation } from './address/read-location.js';
export type { BranchPosting, SplitBranchesOptions, SplitBranchesResult } from './branches.js';
export { splitBranches } from './branches.js';
// Geocoders, caches and the geo stage (gazetteer, combinators, geocodeAll).
export type { FileCache, FileCacheOptions } from './cache/file-cache.js';
export { fileCache } from './cache/file-cache.js';
export type { MemoryCache, MemoryCacheOptions } from './cache/memory-cache.js';
export { memoryCache } from './cache/memory-cache.js';
export type { CachedGeocoderOptions } from './cached-geocoder.js';
export { CACHED_MISS, cachedGeocoder } from './cached-geocoder.js';
export { isCapitalArea } from './commute/capital-area.js';
export type { CommuteEstimator } from './commute/estimator.js';
export { offlineCommuteEstimator } from './commute/estimator.js';
export type { CommuteLabel } from './commute/intensity.js';
export { commuteIntensity, commuteLabel } from './commute/intensity.js';
export type { CommuteModel, PeakSpeeds } from './commute/model.js';
export { DEFAULT_COMMUTE_MODEL } from './commute/model.js';
export type { RankedPosting } from './commute/rank-by-commute.js';
export { rankByCommute } from './commute/rank-by-commute.js';
export type { CommuteEstimate, CommuteMode, CommuteOptions, CommuteRegion } from './commute.js';
export { estimateCommute } from './commute.js';
export { EARTH_RADIUS_KM, haversineKm, isLatLng } from './distance.js';
export type { FallbackGeocoderOptions } from './fallback-geocoder.js';
export { chain, fallbackGeocoder } from './fallback-geocoder.js';
export type { GazetteerGeocoder, GazetteerGeocoderOptions } from './gazetteer.js';
export { GAZETTEER_PROVIDER, gazetteerGeocoder, gazetteerLookup } from './gazetteer.js';
export type { GeocodeAllOptions, GeocodeAllResult, GeocodeProgress, GeocodeReport } from './geocode-all.js';
export { geocodeAll } from './geocode-all.js';
export type {
  KakaoAddressHit,
  KakaoAddressType,
  KakaoEndpoint,
  KakaoErrorBody,
  KakaoFailure,
  KakaoGeocoder,
  KakaoGeocoderOptions,
  KakaoPlaceHit,
  KakaoRegion,
  KakaoRegionCodes,
  KakaoReverseResult,
} from './kakao/index.js';
export {
  classifyKakaoFailure,
  KAKAO_AUTH_HINT,
  KAKAO_PROVIDER,
  kakaoGeocoder,
  parseKakaoAddressSearch,
  parseKakaoCoord2Address,
  parseKakaoKeywordSearch,
  parseKakaoRegionCodes,
  readKakaoErrorBody,
} from './kakao/index.js';
export type { EupmyeondongRecord, SidoRecord, SigunguRecord } from './regions/regions.js';
export {
  findEupmyeondong,
  findSido,
  findSigungu,
  getSido,
  getSigungu,
  listEupmyeondong,
  listSido,
  listSigungu,
} from './regions/regions.js';
export type { CountingGeocoder, GeoCache, GeocodeOptions, Geocoder, GeocoderStats } from './types.js';
