// The Kakao Local geocoder: address search first, keyword search for inputs that only name a building,
// reverse lookups on demand. Every call goes through one counting client. Each Local API is free up to
// 100,000 calls a day per app: https://developers.kakao.com/docs/latest/ko/local/dev-guide

import { createHttpClient } from '../../http/http-client.js';
import { MissingOptionError } from '../../model/errors/missing-option-error.js';
import { ValidationError } from '../../model/errors/validation-error.js';
import type { Address, GeoPoint } from '../../model/posting.js';
import { parseAddress } from '../address/parse-address.js';
import type { GeocodeOptions } from '../types.js';
import { BAD_ANSWER, createKakaoClient, type KakaoClient } from './client.js';
import { cleanRawQuery, kakaoKeywordQuery } from './keyword-query.js';
import { parseKakaoAddressSearch } from './parse-address-search.js';
import { parseKakaoCoord2Address, parseKakaoRegionCodes } from './parse-coord.js';
import { parseKakaoKeywordSearch } from './parse-keyword-search.js';
import type { KakaoEndpoint, KakaoGeocoder, KakaoGeocoderOptions, LatLng } from './types.js';

/**
 * Returns a geocoder backed by the Kakao Local REST API. `geocode` asks `search/address.json` with the
 * parsed address's `query` (`analyze_type=similar`) and takes the first document; when that finds
 * nothing and the input names a building, it asks `search/keyword.json`. A bad address or a bad answer
 * is null (counted in `stats().failures`), never a throw. Once the quota is used up, every later call
 * throws {@link QuotaExceededError} without calling Kakao, so a fallback geocoder takes over.
 *
 * @default baseUrl 'https://dapi.kakao.com', rate 10 requests/s, concurrency 4 (free quota: 100,000 calls/day per API)
 * @throws {MissingOptionError} when `apiKey` is absent or empty; {ValidationError} when it holds spaces or
 * control characters. Its calls throw {AuthError} for a rejected key (401/403), {QuotaExceededError} for an
 * exhausted quota, and the client's retryable errors after retries (HttpStatusError 5xx, NetworkError,
 * TimeoutError) — never for a bad address.
 * @example
 * const kakao = kakaoGeocoder({ apiKey: process.env.KAKAO_REST_API_KEY ?? '' });
 * await kakao.geocode('서울 강남구 테헤란로 152 강남파이낸스센터 12층');
 * // { lat: 37.5006, lng: 127.0364, precision: 'building', provider: 'kakao', code: '1168010100' }
 */
export function kakaoGeocoder(options: KakaoGeocoderOptions): KakaoGeocoder {
  const client = createKakaoClient(resolve(options));

  const body = async (endpoint: KakaoEndpoint, params: Record<string, string>, signal?: AbortSignal) => {
    const value = await client.get(endpoint, params, signal);
    return value === BAD_ANSWER ? undefined : value;
  };

  return {
    name: 'kakao',
    async geocode(input: string | Address, callOptions: GeocodeOptions = {}): Promise<GeoPoint | null> {
      const address = typeof input === 'string' ? safeParse(input) : isAddress(input) ? input : null;
      const raw = typeof input === 'string' && !address ? cleanRawQuery(input) : undefined;
      const query = address ? cleanRawQuery(address.query) : raw;
      if (!query) return null;
      const found = await search(client, body, query, callOptions.signal);
      if (found !== undefined) return found;
      const keyword = kakaoKeywordQuery(address, raw);
      if (!keyword) return null;
      const answer = await body('search/keyword', { query: keyword }, callOptions.signal);
      if (answer === undefined) return null;
      const places = parseKakaoKeywordSearch(answer);
      if (!places) client.countBadShape('search/keyword');
      return places?.[0]?.point ?? null;
    },
    async reverse(point: LatLng, callOptions: GeocodeOptions = {}) {
      const params = coordParams(point);
      if (!params) return null;
      const answer = await body('coord2address', params, callOptions.signal);
      if (answer === undefined) return null;
      const result = parseKakaoCoord2Address(answer);
      if (!result) client.countBadShape('coord2address');
      return result && (result.address || result.roadAddress) ? result : null;
    },
    async regionCode(point: LatLng, callOptions: GeocodeOptions = {}) {
      const params = coordParams(point);
      if (!params) return null;
      const answer = await body('coord2regioncode', params, callOptions.signal);
      if (answer === undefined) return null;
      const result = parseKakaoRegionCodes(answer);
      if (!result) client.countBadShape('coord2regioncode');
      return result && (result.legal || result.admin) ? result : null;
    },
    stats: () => client.stats(),
  };
}

/**
 * Returns the first address document's point: a GeoPoint, null when the answer was unusable, or
 * undefined when Kakao found nothing (the caller may try the keyword search).
 */
async function search(
  client: KakaoClient,
  body: (endpoint: KakaoEndpoint, params: Record<string, string>, signal?: AbortSignal) => Promise<unknown>,
  query: string,
  signal: AbortSignal | undefined,
): Promise<GeoPoint | null | undefined> {
  const answer = await body('search/address', { query, analyze_type: 'similar' }, signal);
  if (answer === undefined) return null;
  const hits = parseKakaoAddressSearch(answer);
  if (!hits) {
    client.countBadShape('search/address');
    return null;
  }
  return hits[0]?.point;
}

function resolve(options: KakaoGeocoderOptions) {
  const apiKey = typeof options?.apiKey === 'string' ? options.apiKey.trim() : '';
  if (!apiKey)
    throw new MissingOptionError({
      source: 'kakaoGeocoder',
      option: 'apiKey',
      hint: 'pass the REST API key: kakaoGeocoder({ apiKey }) (the CLI reads KAKAO_REST_API_KEY), or use the gazetteer geocoder',
    });
  // The key becomes a header value: whitespace or control characters would break (or smuggle) headers.
  if (/[\s\u0000-\u001f\u007f]/.test(apiKey))
    throw new ValidationError({
      what: 'kakaoGeocoder options',
      issues: [{ path: ['apiKey'], message: 'contains spaces or control characters (value not shown)' }],
    });
  const http =
    options.http ??
    createHttpClient({
      // An API, not a site: robots.txt does not apply and cookies are not wanted.
      respectRobots: false,
      cookies: false,
      perHostRate: options.rate ?? 10,
      perHostConcurrency: options.concurrency ?? 4,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    });
  return {
    apiKey,
    baseUrl: (options.baseUrl ?? 'https://dapi.kakao.com').replace(/\/+$/, ''),
    http,
    signal: options.signal,
  };
}

function safeParse(input: string): Address | null {
  try {
    return parseAddress(input);
  } catch {
    // The parser promises not to throw; if it ever does, the raw text is still worth one search.
    return null;
  }
}

function isAddress(value: unknown): value is Address {
  return typeof value === 'object' && value !== null && typeof (value as Address).query === 'string';
}

function coordParams(point: LatLng): Record<string, string> | undefined {
  const { lat, lng } = point ?? ({} as Partial<LatLng>);
  if (typeof lat !== 'number' || typeof lng !== 'number') return undefined;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return undefined;
  // Kakao takes x = longitude, y = latitude (WGS84 unless `input_coord` says otherwise).
  return { x: String(lng), y: String(lat) };
}
