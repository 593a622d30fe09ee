// Driving commutes from Kakao Mobility's directions API (https://developers.kakaomobility.com/docs/navi-api/directions/):
// `origin`/`destination` = 'lng,lat', `priority=RECOMMEND`. A peak estimate asks `/v1/future/directions`
// for the next weekday 08:30 KST, so the minutes carry the morning traffic; off-peak asks `/v1/directions`
// (traffic now). The key travels as `Authorization: KakaoAK <key>`. Free quota: 10,000 calls a day for
// directions, 5,000 for future directions.

import { createRouter, type RouterProtocol } from '../_router.js';
import { resolveRouterOptions } from '../_router-config.js';
import type { CommuteRouterOptions, CountingCommuteEstimator } from '../router-types.js';
import { nextWeekdayRush } from './departure-time.js';
import { classifyKakaoMobilityFailure, parseKakaoDirections } from './parse-directions.js';

/** Options of {@link kakaoMobilityCommute}. */
export interface KakaoMobilityCommuteOptions extends CommuteRouterOptions {
  /**
   * The app's REST API key (Kakao developers console → 앱 키 → REST API 키). Never logged or reported.
   */
  apiKey: string;
  /**
   * Origin of the API; tests point it at the Kakao Mobility replica. A URL you set is trusted.
   * @default 'https://apis-navi.kakaomobility.com'
   */
  baseUrl?: string;
  /**
   * The clock a peak departure is counted from (tests pin it).
   * @default () => new Date()
   */
  now?: () => Date;
}

/**
 * Returns a driving {@link CountingCommuteEstimator} backed by Kakao Mobility: minutes are the first
 * route's `summary.duration / 60`, km its `summary.distance / 1000`; `result_code` 104 (within 5 m) is
 * 0 minutes and any other non-zero code null. `peak` (the default) departs the next weekday at 08:30
 * KST through future directions. Pairs that are not a daily commute, and the 'transit' and 'walking'
 * modes, are answered by the offline model without a call (`provider: 'offline'`) unless `routeNonDaily`
 * is set. Once the quota is used up every later routed pair throws {@link QuotaExceededError} without
 * calling Kakao. Put it behind `cachedCommute` to pay each pair once.
 *
 * @default baseUrl 'https://apis-navi.kakaomobility.com', rate 5 requests/s, concurrency 4
 * @throws {MissingOptionError} when no key is passed; {ValidationError}
 * when it holds spaces or control characters. Its calls throw {AuthError} for a rejected key (401/403),
 * {QuotaExceededError} for an exhausted quota and the client's retryable errors after retries
 * (HttpStatusError 5xx, NetworkError, TimeoutError) — never the key.
 * @example
 * const driving = kakaoMobilityCommute({ apiKey: process.env.KAKAO_MOBILITY_API_KEY ?? '' });
 * await driving.estimate({ lat: 37.5665, lng: 126.978 }, { lat: 37.4011, lng: 127.1086 }); // 시청 → 판교
 * // { minutes: 41.5, km: 24.3, mode: 'driving', via: 'road', provider: 'kakao-mobility', … }
 */
export function kakaoMobilityCommute(options: KakaoMobilityCommuteOptions): CountingCommuteEstimator {
  const resolved = resolveRouterOptions(options, {
    factory: 'kakaoMobilityCommute',
    baseUrl: 'https://apis-navi.kakaomobility.com',
  });
  const now = options.now ?? (() => new Date());
  const protocol: RouterProtocol = {
    provider: 'kakao-mobility',
    mode: 'driving',
    request: (from, to, peak) => ({
      endpoint: peak ? 'future/directions' : 'directions',
      url: `${resolved.baseUrl}${peak ? '/v1/future/directions' : '/v1/directions'}`,
      searchParams: {
        origin: `${from.lng},${from.lat}`,
        destination: `${to.lng},${to.lat}`,
        priority: 'RECOMMEND',
        ...(peak ? { departure_time: nextWeekdayRush(now()) } : {}),
      },
      headers: { authorization: `KakaoAK ${resolved.apiKey}` },
    }),
    read: parseKakaoDirections,
    classifyStatus: classifyKakaoMobilityFailure,
  };
  return createRouter(protocol, resolved);
}
