// Public surface of ohmystack/geo. Internal modules (`_`-prefixed) are never re-exported.

// Commute estimates live in ohmystack/commute; these names stay importable from here (see the CHANGELOG).
export type { CommuteEstimate, CommuteEstimator, CommuteMode, CommuteOptions } from '../commute/index.js';
export { estimateCommute, offlineCommuteEstimator, rankByCommute } from '../commute/index.js';
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
export { cachedGeocoder } from './cached-geocoder.js';
export { haversineKm } from './distance.js';
export type { FallbackGeocoderOptions } from './fallback-geocoder.js';
export { fallbackGeocoder } from './fallback-geocoder.js';
export type { GazetteerGeocoder, GazetteerGeocoderOptions } from './gazetteer.js';
export { gazetteerGeocoder, gazetteerLookup } from './gazetteer.js';
export type { GeocodeAllOptions, GeocodeAllResult, GeocodeProgress, GeocodeReport } from './geocode-all.js';
export { geocodeAll } from './geocode-all.js';
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
} from './kakao/index.js';
export { kakaoGeocoder } from './kakao/index.js';
export type { CountingGeocoder, GeoCache, GeocodeOptions, Geocoder, GeocoderStats } from './types.js';
