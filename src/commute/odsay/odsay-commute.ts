// Public-transit commutes from ODsay's `searchPubTransPathT` (https://lab.odsay.com/guide/releaseReference):
// `SX,SY` = from.lng,from.lat, `EX,EY` = to; `SearchType` 0 (in-city; every daily commute of the capital
// area counts as one city), `OPT` 0 (recommended order; the quickest path is picked here). The key is the
// `apiKey` query parameter, so it sits in every URL: the router's scrubber and the errors' URL redaction
// keep it out of everything that leaves.

import { createRouter, providerStatusError, type RouterProtocol } from '../_router.js';
import { resolveRouterOptions } from '../_router-config.js';
import type { CommuteRouterOptions, CountingCommuteEstimator } from '../router-types.js';
import { odsayErrorAnswer, parseOdsayAnswer, readOdsayError } from './parse-odsay.js';

/** Options of {@link odsayCommute}. */
export interface OdsayCommuteOptions extends CommuteRouterOptions {
  /**
   * The ODsay LAB API key (a server key, with this machine's IP registered). Never logged or reported.
   */
  apiKey: string;
  /**
   * Origin of the API; tests point it at the ODsay replica. A URL you set is trusted (loopback included).
   * @default 'https://api.odsay.com'
   */
  baseUrl?: string;
}

/**
 * Returns a transit {@link CountingCommuteEstimator} backed by ODsay: minutes are the quickest path's
 * `info.totalTime`, km its `info.totalDistance`, with the boarding and alighting names, lines and
 * transfers in `route`. A pair under 700 m (ODsay error -98) is a walking estimate; no route (-99) is
 * null. Pairs that are not a daily commute, and the 'driving' and 'walking' modes, are answered by the
 * offline model without a call (`provider: 'offline'`) unless `routeNonDaily` is set. Once the quota is
 * used up every later routed pair throws {@link QuotaExceededError} without calling ODsay. Put it behind
 * `cachedCommute` to pay each pair once.
 *
 * @default baseUrl 'https://api.odsay.com', rate 5 requests/s, concurrency 4
 * @throws {MissingOptionError} when no key is passed; {ValidationError} when it
 * holds spaces or control characters. Its calls throw {AuthError} for a rejected key,
 * {QuotaExceededError} for an exhausted quota and the client's retryable errors after retries
 * (HttpStatusError 5xx, NetworkError, TimeoutError) — never the key.
 * @example
 * const transit = odsayCommute({ apiKey: process.env.ODSAY_API_KEY ?? '' });
 * await transit.estimate({ lat: 37.5496, lng: 126.9139 }, { lat: 37.4979, lng: 127.0276 }); // 합정 → 강남
 * // { minutes: 38, km: 14.2, mode: 'transit', route: { from: '합정', to: '강남', lines: ['수도권 2호선'], transfers: 0 }, provider: 'odsay', … }
 */
export function odsayCommute(options: OdsayCommuteOptions): CountingCommuteEstimator {
  const resolved = resolveRouterOptions(options, {
    factory: 'odsayCommute',
    baseUrl: 'https://api.odsay.com',
  });
  const protocol: RouterProtocol = {
    provider: 'odsay',
    mode: 'transit',
    request: (from, to) => ({
      endpoint: 'searchPubTransPathT',
      url: `${resolved.baseUrl}/v1/api/searchPubTransPathT`,
      searchParams: {
        SX: from.lng,
        SY: from.lat,
        EX: to.lng,
        EY: to.lat,
        SearchType: 0,
        OPT: 0,
        apiKey: resolved.apiKey,
      },
    }),
    read: parseOdsayAnswer,
    classifyStatus(error) {
      const said = readOdsayError(error.body) ?? { code: undefined, message: undefined };
      const answer = odsayErrorAnswer(said, error.status);
      if (answer.kind === 'auth' || answer.kind === 'quota') return answer;
      if (error.status === 408 || error.status >= 500)
        return {
          kind: 'propagate',
          error: providerStatusError(
            error,
            'odsay',
            { code: said.code, message: said.message?.slice(0, 120) },
            'ODsay is failing; try again later',
          ),
        };
      return { kind: 'bad-answer', reason: `searchPubTransPathT answered ${error.status}` };
    },
  };
  return createRouter(protocol, resolved);
}
