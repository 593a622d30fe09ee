// The one door to the Kakao Local API: it signs each call, counts it, turns failures into what the
// geocoder does next (see classify-failure.ts) and remembers an exhausted quota, so the rest of the
// run costs no calls. The key lives only in the Authorization header of each request: every warning
// and every error that leaves here passes a scrubber that knows it, whatever client sent the call.

import type { HttpClient, SearchParams } from '../../http/types.js';
import { QuotaExceededError } from '../../model/errors/quota-exceeded-error.js';
import { kstWallClock } from '../../model/kst.js';
import { createSecretScrubber } from '../../model/secret-scrubber.js';
import type { GeocoderStats } from '../types.js';
import { classifyKakaoFailure } from './classify-failure.js';
import type { KakaoEndpoint } from './types.js';

const PATHS: Readonly<Record<KakaoEndpoint, string>> = {
  'search/address': '/v2/local/search/address.json',
  'search/keyword': '/v2/local/search/keyword.json',
  coord2address: '/v2/local/geo/coord2address.json',
  coord2regioncode: '/v2/local/geo/coord2regioncode.json',
};

/** Says "this answer is unusable": the caller returns null; the failure is already counted. */
export const BAD_ANSWER: unique symbol = Symbol('kakao.badAnswer');

/** What {@link createKakaoClient} needs. */
export interface KakaoClientConfig {
  apiKey: string;
  baseUrl: string;
  http: HttpClient;
  signal: AbortSignal | undefined;
}

/** A signed, counting caller of the Kakao Local endpoints. */
export interface KakaoClient {
  /**
   * Returns the parsed JSON body of one call, or {@link BAD_ANSWER}.
   * @throws {AuthError} for a rejected key; {QuotaExceededError} when the quota is (or was) used up;
   * the client's retryable errors (HttpStatusError 5xx, NetworkError, TimeoutError) and AbortedError.
   */
  get(endpoint: KakaoEndpoint, params: SearchParams, signal?: AbortSignal): Promise<unknown>;
  /** Counts a body that parsed as JSON but not as the endpoint's shape. */
  countBadShape(endpoint: KakaoEndpoint): void;
  stats(): GeocoderStats;
}

/** Returns a {@link KakaoClient} over `config.http`. */
export function createKakaoClient(config: KakaoClientConfig): KakaoClient {
  const calls: Record<string, number> = {};
  const warnings: string[] = [];
  const seenWarnings = new Set<string>();
  let failures = 0;
  let exhausted: QuotaExceededError | undefined;
  const scrubber = createSecretScrubber([config.apiKey]);

  const warn = (text: string) => {
    const message = scrubber.scrub(text);
    if (seenWarnings.has(message) || seenWarnings.size >= 50) return;
    seenWarnings.add(message);
    warnings.push(message);
  };

  return {
    async get(endpoint, params, signal) {
      if (exhausted)
        throw new QuotaExceededError({
          message: `Kakao Local quota exhausted earlier in this run; ${endpoint} not called`,
          provider: 'kakao',
          cause: exhausted,
        });
      const key = `kakao:${endpoint}`;
      calls[key] = (calls[key] ?? 0) + 1;
      const signals = [config.signal, signal].filter((s): s is AbortSignal => s !== undefined);
      try {
        const response = await config.http.fetch(
          {
            kind: 'detail',
            url: `${config.baseUrl}${PATHS[endpoint]}`,
            searchParams: params,
            headers: { authorization: `KakaoAK ${config.apiKey}` },
            responseType: 'json',
          },
          {
            source: 'kakao',
            ...(signals.length > 0
              ? { signal: signals.length === 1 ? signals[0]! : AbortSignal.any(signals) }
              : {}),
          },
        );
        return response.body;
      } catch (error) {
        const failure = classifyKakaoFailure(error, config.apiKey, endpoint);
        if (!(failure.kind === 'propagate' && isAbort(error))) failures++;
        if (failure.kind === 'bad-answer') {
          warn(`kakao ${failure.reason}; those addresses were not placed by Kakao`);
          return BAD_ANSWER;
        }
        if (failure.kind === 'quota') {
          const quota = scrubber.scrubError(failure.error);
          exhausted ??= quota;
          warn(`kakao quota exhausted at ${kstClock()} KST; later addresses go to the fallback geocoder`);
          throw quota;
        }
        // A client error the classifier passes on (a network failure, an abort) may quote the request.
        throw scrubber.scrubError(failure.error);
      }
    },
    countBadShape(endpoint) {
      failures++;
      warn(`kakao ${endpoint}: an answer had an unexpected shape; those addresses were not placed by Kakao`);
    },
    stats: () => ({
      calls: { ...calls },
      cacheHits: 0,
      cacheMisses: 0,
      failures,
      quotaExhausted: exhausted !== undefined,
      warnings: [...warnings],
    }),
  };
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'aborted';
}

function kstClock(): string {
  return kstWallClock(Date.now()).slice(11, 16);
}
