// The public shapes of the Kakao Local geocoder: its options, what its parsers read out of Kakao's
// documents and what `reverse` and `regionCode` return. Field names follow Kakao's Local API guide,
// https://developers.kakao.com/docs/latest/ko/local/dev-guide.

import type { HttpClient } from '../../http/types.js';
import type { GeoPoint } from '../../model/posting.js';
import type { CountingGeocoder, GeocodeOptions } from '../types.js';

/** The Kakao Local endpoints the geocoder calls; stats count them as 'kakao:<endpoint>'. */
export type KakaoEndpoint = 'search/address' | 'search/keyword' | 'coord2address' | 'coord2regioncode';

/** Options of {@link kakaoGeocoder}. */
export interface KakaoGeocoderOptions {
  /**
   * The app's REST API key (Kakao developers console → 앱 키 → REST API 키). The library never reads
   * `KAKAO_REST_API_KEY` itself; the CLI or your config passes it in. Never logged or reported.
   */
  apiKey: string;
  /**
   * Origin of the API; tests point it at the Kakao replica.
   * @default 'https://dapi.kakao.com'
   */
  baseUrl?: string;
  /**
   * An HTTP client to share (its retries and per-host limits apply). Create it with
   * `respectRobots: false`: dapi.kakao.com is an API, not a site to crawl.
   * @default a client of its own with `rate`, `concurrency`, `retry` and `timeout`
   */
  http?: HttpClient;
  /**
   * Requests per second to the API host (own client only).
   * @default 10
   */
  rate?: number;
  /**
   * Requests in flight to the API host (own client only).
   * @default 4
   */
  concurrency?: number;
  /**
   * Retries of 429/5xx/network failures (own client only); a number sets the limit.
   * @default { limit: 3, backoffMs: 1000, maxBackoffMs: 30000 }
   */
  retry?: number | { limit?: number; backoffMs?: number; maxBackoffMs?: number };
  /**
   * Per-attempt timeout, ms (own client only).
   * @default 15000
   */
  timeout?: number;
  /** Aborts every call of this geocoder. @default none */
  signal?: AbortSignal;
}

/** Kakao's `address_type` in `search/address.json`: 지명, 도로명, 지번 주소, 도로명 주소. */
export type KakaoAddressType = 'REGION' | 'ROAD' | 'REGION_ADDR' | 'ROAD_ADDR';

/** One readable document of `search/address.json`. */
export interface KakaoAddressHit {
  point: GeoPoint;
  /** Kakao's `address_type`, or undefined when it sent another value. */
  type: KakaoAddressType | undefined;
  /** The document's `address_name`, its 시도 rewritten to the current official name. */
  addressName: string;
  /** The current official 시도 name, found by code prefix when a code is present ('전북' → '전북특별자치도'). */
  sido: string | undefined;
  /** `region_2depth_name` ('성남시 분당구'). */
  sigungu: string | undefined;
  /** `road_address.building_name`, when given. */
  buildingName: string | undefined;
  /** `road_address.zone_no` (5-digit postcode), when given. */
  zoneNo: string | undefined;
}

/** One readable document of `search/keyword.json`. */
export interface KakaoPlaceHit {
  /** Precision 'building': a place is one spot, but a name match is less certain than an address. */
  point: GeoPoint;
  placeName: string;
  /** 지번 address, 시도 rewritten to the current official name. */
  addressName: string;
  /** 도로명 address, 시도 rewritten to the current official name; '' when Kakao has none. */
  roadAddressName: string;
}

/** What `reverse` returns: the 지번 and 도로명 addresses of a point, 시도 as current official names. */
export interface KakaoReverseResult {
  /** '서울특별시 강남구 역삼동 737'. */
  address: string | null;
  /** '서울특별시 강남구 테헤란로 152'; null where the point has no road address. */
  roadAddress: string | null;
}

/** One region of `coord2regioncode.json`. */
export interface KakaoRegion {
  /** 10-digit code as Kakao sent it. */
  code: string;
  /** Full name, 시도 rewritten to the current official name ('경기도 성남시 분당구 삼평동'). */
  name: string;
  /** Current official 시도 name, by code prefix. */
  sido: string;
}

/** What `regionCode` returns: the 법정동 (`legal`, type B) and 행정동 (`admin`, type H) of a point. */
export interface KakaoRegionCodes {
  legal: KakaoRegion | null;
  admin: KakaoRegion | null;
}

/** A WGS84 coordinate pair. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** The geocoder {@link kakaoGeocoder} returns. */
export interface KakaoGeocoder extends CountingGeocoder {
  /**
   * Returns the 지번 and 도로명 addresses at a point, or null (no address there, bad coordinates, a bad body).
   * @throws {AuthError} for a rejected key; {QuotaExceededError} once the quota is used up.
   */
  reverse(point: LatLng, options?: GeocodeOptions): Promise<KakaoReverseResult | null>;
  /**
   * Returns the 법정동 and 행정동 codes of a point, or null (over the sea, bad coordinates, a bad body).
   * @throws {AuthError} for a rejected key; {QuotaExceededError} once the quota is used up.
   */
  regionCode(point: LatLng, options?: GeocodeOptions): Promise<KakaoRegionCodes | null>;
}
