// Reading Kakao Mobility's directions answers (https://developers.kakaomobility.com/docs/navi-api/directions/),
// the same shape for `/v1/directions` and `/v1/future/directions`. Pure and defensive: nothing here throws.
//
// `{ trans_id, routes: [{ result_code, result_msg, summary: { distance /* m */, duration /* s */, … },
// sections }] }`. `result_code` 0 is a route; 104 means origin and destination lie within 5 m (a trip
// of 0 minutes); every other code (1 no route, 101 no road between them, 102/103 no road near an end,
// 105–108 waypoints or closures) is no route. Failures of the call itself come as non-2xx answers in the
// Kakao platform's `{ code, msg }` shape (-401 bad key, -10 quota, -2 bad parameters).

import { readKakaoErrorBody } from '../../geo/kakao/classify-failure.js';
import { AuthError } from '../../model/errors/auth-error.js';
import type { HttpStatusError } from '../../model/errors/http-status-error.js';
import { QuotaExceededError } from '../../model/errors/quota-exceeded-error.js';
import { readNumber, readRecord } from '../_read.js';
import { providerStatusError, type RouterAnswer, type RouterFailure } from '../_router.js';

/** The setting a rejected Kakao Mobility key points at. */
export const KAKAO_MOBILITY_AUTH_HINT =
  "check kakaoMobilityCommute({ apiKey }) (or KAKAO_MOBILITY_API_KEY): it must be the app's REST API key, with 카카오내비 길찾기 enabled for the app";

/** Kakao's "origin and destination within 5 m". */
const SAME_PLACE = 104;
// -401 invalid key; -3/-5 the API is not enabled for the app or not permitted (Kakao platform codes).
const AUTH_CODES = new Set([-401, -3, -5]);
// -10 request quota exceeded, -11 paid daily or monthly limit exceeded.
const QUOTA_CODES = new Set([-10, -11]);

/**
 * Returns what a 2xx directions body says: the first route (minutes = `summary.duration / 60`, km =
 * `summary.distance / 1000`), 0 minutes for `result_code` 104 (within 5 m), no route for any other
 * non-zero code, or null when the body has no usable shape. Never throws.
 *
 * @example parseKakaoDirections({ routes: [{ result_code: 0, summary: { distance: 18500, duration: 1860 } }] })
 * // { kind: 'route', minutes: 31, km: 18.5, via: 'road' }
 */
export function parseKakaoDirections(body: unknown): RouterAnswer | null {
  const routes = readRecord(body)?.routes;
  if (!Array.isArray(routes) || routes.length === 0) return null;
  const first = readRecord(routes[0]);
  const code = readNumber(first?.result_code);
  if (first === undefined || code === undefined) return null;
  if (code === SAME_PLACE) return { kind: 'route', minutes: 0, km: 0, via: 'road' };
  if (code !== 0) return { kind: 'no-route' };
  const summary = readRecord(first.summary);
  const seconds = readNumber(summary?.duration);
  const metres = readNumber(summary?.distance);
  if (seconds === undefined || metres === undefined || seconds < 0 || metres < 0) return null;
  return { kind: 'route', minutes: seconds / 60, km: metres / 1000, via: 'road' };
}

/**
 * Returns what to do with a non-2xx Kakao Mobility answer: 401/403 (or codes -401, -3, -5) a rejected
 * key, 429 (or codes -10, -11) a used-up quota, 408/5xx a retryable error, any other 4xx an unusable
 * answer for this pair. Quoted text is cut to 120 characters (the router removes the key).
 *
 * @example classifyKakaoMobilityFailure(new HttpStatusError({ status: 401, method: 'GET' })).kind // 'auth'
 */
export function classifyKakaoMobilityFailure(error: HttpStatusError): RouterFailure {
  const body = readKakaoErrorBody(error.body);
  const message = body.message?.slice(0, 120);
  const said = `${error.status}${body.code === undefined ? '' : ` code ${body.code}`}${message ? `: ${message}` : ''}`;
  if (error.status === 401 || error.status === 403 || (body.code !== undefined && AUTH_CODES.has(body.code)))
    return {
      kind: 'auth',
      error: new AuthError({
        message: `Kakao Mobility refused the key (${said})`,
        provider: 'kakao-mobility',
        hint: KAKAO_MOBILITY_AUTH_HINT,
      }),
    };
  if (error.status === 429 || (body.code !== undefined && QUOTA_CODES.has(body.code)))
    return {
      kind: 'quota',
      error: new QuotaExceededError({
        message: `Kakao Mobility quota exhausted (${said}); the free quota is 10,000 calls a day, 5,000 for future directions`,
        provider: 'kakao-mobility',
      }),
    };
  if (error.status === 408 || error.status >= 500 || body.code === -1 || body.code === -7)
    return {
      kind: 'propagate',
      error: providerStatusError(
        error,
        'kakao-mobility',
        { code: body.code, message },
        'Kakao Mobility is failing; try again later',
      ),
    };
  return { kind: 'bad-answer', reason: `directions answered ${said}` };
}
