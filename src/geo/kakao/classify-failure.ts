// Kakao's failures, sorted into what the geocoder does with them: a configuration error stops the run, a
// quota error switches to the fallback, a bad answer is a miss, and everything transient (5xx, network,
// timeouts) propagates as retryable after the client's retries. Kakao answers in two shapes: the Local
// API's `{ errorType, message }` (401 AccessDeniedError, 403 NotAuthorizedError when the Kakao Map product
// is off, 429 RequestThrottled) and the platform's `{ code, msg }` (-10 quota exceeded, -401 invalid key:
// https://developers.kakao.com/docs/latest/ko/rest-api/error-code).
import { AuthError } from '../../model/errors/auth-error.js';
import { BodyParseError } from '../../model/errors/body-parse-error.js';
import { HttpStatusError } from '../../model/errors/http-status-error.js';
import { isOhmystackError } from '../../model/errors/ohmystack-error.js';
import { QuotaExceededError } from '../../model/errors/quota-exceeded-error.js';
import { createSecretScrubber } from '../../model/secret-scrubber.js';
import { record, text } from './_read.js';

/** What a Kakao error body says: the dapi shape `{errorType, message}` or the platform shape `{code, msg}`. */
export interface KakaoErrorBody {
  errorType: string | undefined;
  code: number | undefined;
  message: string | undefined;
}

/** What the geocoder does with a failed call. */
export type KakaoFailure =
  | { kind: 'auth'; error: AuthError }
  | { kind: 'quota'; error: QuotaExceededError }
  /** The answer is unusable (cut JSON, a 400 about the query): the call returns null and counts a failure. */
  | { kind: 'bad-answer'; reason: string }
  | { kind: 'propagate'; error: unknown };

/** The setting a rejected key points at; the library never reads the environment, the CLI does. */
export const KAKAO_AUTH_HINT =
  "check kakaoGeocoder({ apiKey }) (the CLI reads KAKAO_REST_API_KEY): it must be the app's REST API key, and the app must have 카카오맵 > 사용 설정 switched ON (required since 2024-12-01), with this machine's IP allowed if the app restricts IPs";

const AUTH_TYPES = new Set(['AccessDeniedError', 'NotAuthorizedError']);
// -401 invalid key; -3/-5 feature not enabled or no permission (Kakao's platform codes).
const AUTH_CODES = new Set([-401, -3, -5]);
// -10 request quota exceeded, -11 paid daily or monthly limit exceeded.
const QUOTA_CODES = new Set([-10, -11]);

/**
 * Returns the fields of a Kakao error body in either shape; undefined fields when the body is neither.
 *
 * @example readKakaoErrorBody({ code: -10, msg: 'API limit has been exceeded.' }).code // -10
 */
export function readKakaoErrorBody(body: unknown): KakaoErrorBody {
  const doc = record(body);
  const code = doc?.code;
  return {
    errorType: text(doc?.errorType),
    code: typeof code === 'number' && Number.isInteger(code) ? code : undefined,
    message: text(doc?.message) ?? text(doc?.msg),
  };
}

/**
 * Returns what to do with an error thrown by the HTTP client for a Kakao call. Error texts are rebuilt
 * from the error kind only, with `apiKey` (and anything key-like) scrubbed from every field quoted,
 * because Kakao quotes the key in some messages ("wrong appKey(…) format") and a proxy in front of it
 * may echo the Authorization header anywhere.
 *
 * @example classifyKakaoFailure(new HttpStatusError({ status: 401, method: 'GET' }), key).kind // 'auth'
 */
export function classifyKakaoFailure(error: unknown, apiKey: string, endpoint: string): KakaoFailure {
  if (error instanceof BodyParseError || (isOhmystackError(error) && error.name === 'BodyParseError'))
    return { kind: 'bad-answer', reason: `${endpoint}: unreadable body` };
  if (!(error instanceof HttpStatusError)) return { kind: 'propagate', error };
  const body = readKakaoErrorBody(error.body);
  const scrub = keyScrub(apiKey);
  const said = describe(body, scrub);
  const status = error.status;
  if (
    status === 401 ||
    status === 403 ||
    (body.errorType !== undefined && AUTH_TYPES.has(body.errorType)) ||
    (body.code !== undefined && AUTH_CODES.has(body.code))
  )
    return {
      kind: 'auth',
      error: new AuthError({
        message: `Kakao Local refused the key on ${endpoint} (${status}${said})`,
        provider: 'kakao',
        hint: KAKAO_AUTH_HINT,
      }),
    };
  if (
    status === 429 ||
    body.errorType === 'RequestThrottled' ||
    (body.code !== undefined && QUOTA_CODES.has(body.code))
  )
    return {
      kind: 'quota',
      error: new QuotaExceededError({
        message: `Kakao Local quota exhausted on ${endpoint} (${status}${said})`,
        provider: 'kakao',
      }),
    };
  // A 400 about the request (MissingParameter, InvalidArgument, -2): this address cannot be asked, but the
  // next one can. -1 and -7 (internal, maintenance) are transient: keep them retryable.
  if (status >= 400 && status < 500 && body.code !== -1 && body.code !== -7)
    return { kind: 'bad-answer', reason: `${endpoint}: ${status}${said}` };
  return {
    kind: 'propagate',
    error: new HttpStatusError({
      provider: 'kakao',
      ...(error.url === undefined ? {} : { url: error.url }),
      method: error.method,
      status,
      retries: error.retries,
      body: { errorType: scrub(body.errorType), code: body.code, message: scrub(body.message) },
      ...(status >= 500 ? { hint: 'Kakao Local is failing; the run can be retried later' } : {}),
    }),
  };
}

function describe(body: KakaoErrorBody, scrub: (text: string | undefined) => string | undefined): string {
  const kind = scrub(body.errorType) ?? (body.code === undefined ? undefined : `code ${body.code}`);
  const message = scrub(body.message);
  return kind ? ` ${kind}${message ? `: ${message}` : ''}` : '';
}

// Kakao REST keys are 32 hex digits; a message may quote a key (even another app's) in part.
const KEY_LIKE = /[0-9a-f]{12,}/gi;

/** Returns a function that removes the key (and anything key-like) from a text and cuts it to 120 characters. */
function keyScrub(apiKey: string): (text: string | undefined) => string | undefined {
  const scrubber = createSecretScrubber([apiKey]);
  return (text) =>
    text === undefined ? undefined : scrubber.scrub(text).replace(KEY_LIKE, '***').slice(0, 120);
}
