// The machinery every routing-API estimator shares (ODsay, Kakao Mobility), so each provider file only says
// how to ask and how to read: pairs the API should not be asked (invalid points, another mode, not a daily
// commute) are answered without a call, each call is counted, an exhausted quota is remembered so the
// rest of the run costs no calls, and every error, warning and answer passes a scrubber that knows the
// key — whatever HTTP client sent the call, and even when the server echoes the key back.

import pLimit from 'p-limit';
import { haversineKm, isLatLng, type LatLng } from '../geo/distance.js';
import type { HttpClient, SearchParams } from '../http/types.js';
import type { AuthError } from '../model/errors/auth-error.js';
import { BodyParseError } from '../model/errors/body-parse-error.js';
import { HttpStatusError } from '../model/errors/http-status-error.js';
import { isOhmystackError } from '../model/errors/ohmystack-error.js';
import { QuotaExceededError } from '../model/errors/quota-exceeded-error.js';
import { kstWallClock } from '../model/kst.js';
import { createSecretScrubber } from '../model/secret-scrubber.js';
import { isCapitalArea } from './capital-area.js';
import { isDailyCommute } from './daily-commute.js';
import {
  type CommuteEstimate,
  type CommuteMode,
  type CommuteRoute,
  type CommuteVia,
  estimateCommute,
} from './estimate-commute.js';
import { commuteIntensity, commuteLabel } from './intensity.js';
import type { CommuteCallOptions, CommuteStats, CountingCommuteEstimator } from './router-types.js';

/** What the estimator does with a failed call. */
export type RouterFailure =
  | { kind: 'auth'; error: AuthError }
  | { kind: 'quota'; error: QuotaExceededError }
  /** The answer is unusable (cut JSON, a refused request): the pair gets null and a failure is counted. */
  | { kind: 'bad-answer'; reason: string }
  | { kind: 'propagate'; error: unknown };

/** What a provider's 2xx body says about one pair. */
export type RouterAnswer =
  | {
      kind: 'route';
      minutes: number;
      /** Route distance; the straight line stands in when the answer has none. */
      km?: number;
      via?: CommuteVia;
      route?: CommuteRoute;
    }
  /** Too near to route: the trip is a walk. */
  | { kind: 'walk' }
  | { kind: 'no-route' }
  | RouterFailure;

/** One call to the API, as data. */
export interface RouterRequest {
  /** Counted in stats as '<provider>:<endpoint>'. */
  endpoint: string;
  url: string;
  searchParams: SearchParams;
  headers?: Record<string, string>;
}

/** How one routing API is asked and read. */
export interface RouterProtocol {
  provider: 'odsay' | 'kakao-mobility';
  /** The one mode the API routes; other modes are answered by the offline model. */
  mode: CommuteMode;
  /** The request for one pair. */
  request(from: LatLng, to: LatLng, peak: boolean): RouterRequest;
  /** Reads a 2xx body; null when it has no usable shape. Never throws. */
  read(body: unknown): RouterAnswer | null;
  /** What to do with a non-2xx answer. */
  classifyStatus(error: HttpStatusError): RouterFailure;
}

/** What {@link createRouter} needs besides the protocol. */
export interface RouterConfig {
  apiKey: string;
  http: HttpClient;
  signal: AbortSignal | undefined;
  concurrency: number;
  routeNonDaily: boolean;
}

const MAX_WARNINGS = 50;

/**
 * Returns a counting {@link CountingCommuteEstimator} over `protocol`. Invalid points give null; pairs
 * in another mode than the API's, or not a daily commute (unless `routeNonDaily`), get the offline
 * model's estimate without a call. Once the quota is used up every later routed call throws
 * {@link QuotaExceededError} without reaching the API.
 */
export function createRouter(protocol: RouterProtocol, config: RouterConfig): CountingCommuteEstimator {
  const { provider } = protocol;
  const scrubber = createSecretScrubber([config.apiKey]);
  const calls: Record<string, number> = {};
  const warnings: string[] = [];
  let failures = 0;
  let offline = 0;
  let exhausted: QuotaExceededError | undefined;

  const warn = (text: string) => {
    const message = scrubber.scrub(text);
    if (warnings.length < MAX_WARNINGS && !warnings.includes(message)) warnings.push(message);
  };

  /** Returns null for a bad answer; throws the failure's (scrubbed) error otherwise. */
  const fail = (failure: RouterFailure): null => {
    if (failure.kind === 'bad-answer') {
      failures++;
      warn(`${provider} ${failure.reason}; those pairs have no estimate`);
      return null;
    }
    if (failure.kind === 'quota') {
      failures++;
      const quota = scrubber.scrubError(failure.error);
      exhausted ??= quota;
      warn(
        `${provider} quota exhausted at ${kstWallClock(Date.now()).slice(11, 16)} KST; later pairs were not routed`,
      );
      throw quota;
    }
    if (!(failure.kind === 'propagate' && isAbort(failure.error))) failures++;
    throw scrubber.scrubError(failure.error);
  };

  const call = async (from: LatLng, to: LatLng, peak: boolean, signal: AbortSignal | undefined) => {
    if (exhausted)
      throw new QuotaExceededError({
        message: `${provider} quota exhausted earlier in this run; not called`,
        provider,
        cause: exhausted,
      });
    const request = protocol.request(from, to, peak);
    const key = `${provider}:${request.endpoint}`;
    calls[key] = (calls[key] ?? 0) + 1;
    let body: unknown;
    try {
      const response = await config.http.fetch(
        {
          kind: 'detail',
          url: request.url,
          searchParams: request.searchParams,
          ...(request.headers ? { headers: request.headers } : {}),
          responseType: 'json',
        },
        { source: provider, ...(signal ? { signal } : {}) },
      );
      body = response.body;
    } catch (error) {
      return fail(classify(protocol, error));
    }
    // The answer is scrubbed before anything reads it: a station name may quote the key as well.
    const answer = protocol.read(scrubber.scrubValue(body));
    if (answer === null) {
      failures++;
      warn(
        `${provider} ${request.endpoint}: an answer had an unexpected shape; those pairs have no estimate`,
      );
      return null;
    }
    if (answer.kind === 'route' || answer.kind === 'walk' || answer.kind === 'no-route') return answer;
    return fail(answer);
  };

  const estimate = async (
    from: LatLng,
    to: LatLng,
    options: CommuteCallOptions = {},
  ): Promise<CommuteEstimate | null> => {
    if (!isLatLng(from) || !isLatLng(to)) return null;
    const mode = options.mode ?? protocol.mode;
    const peak = options.peak ?? true;
    if (mode !== protocol.mode || (!config.routeNonDaily && !isDailyCommute(from, to))) {
      offline++;
      return estimateCommute(from, to, { ...options, mode, peak });
    }
    const answer = await call(from, to, peak, joinSignals(config.signal, options.signal));
    if (answer === null || answer.kind === 'no-route') return null;
    if (answer.kind === 'walk') {
      const walk = estimateCommute(from, to, { mode: 'walking' });
      return walk && { ...walk, via: 'walk', provider };
    }
    const km = answer.km ?? haversineKm(from, to);
    return {
      minutes: answer.minutes,
      km,
      mode,
      region: isCapitalArea(from) && isCapitalArea(to) ? 'capital' : 'other',
      intensity: commuteIntensity(answer.minutes),
      label: commuteLabel(answer.minutes),
      daily: isDailyCommute(from, to),
      ...(answer.via ? { via: answer.via } : {}),
      ...(answer.route ? { route: answer.route } : {}),
      estimate: true,
      provider,
    };
  };

  return {
    name: provider,
    estimate,
    async estimateMany(from, tos, options = {}) {
      const limit = pLimit(config.concurrency);
      const settled = await Promise.allSettled(
        tos.map((to) => limit(() => (isLatLng(to) ? estimate(from, to, options) : null))),
      );
      const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (rejected) throw rejected.reason;
      return settled.map((s) => (s.status === 'fulfilled' ? s.value : null));
    },
    stats: (): CommuteStats => ({
      calls: { ...calls },
      cacheHits: 0,
      cacheMisses: 0,
      failures,
      quotaExhausted: exhausted !== undefined,
      offline,
      warnings: [...warnings],
    }),
  };
}

function classify(protocol: RouterProtocol, error: unknown): RouterFailure {
  if (error instanceof BodyParseError || (isOhmystackError(error) && error.name === 'BodyParseError'))
    return { kind: 'bad-answer', reason: 'an unreadable body' };
  if (error instanceof HttpStatusError) return protocol.classifyStatus(error);
  return { kind: 'propagate', error };
}

/**
 * Returns `error` rebuilt for `provider` with only the fields of its body the provider documents, so a
 * proxy's page or an echoed header does not travel on; the router scrubs the key from what is left.
 */
export function providerStatusError(
  error: HttpStatusError,
  provider: string,
  body: Record<string, unknown>,
  hint?: string,
): HttpStatusError {
  return new HttpStatusError({
    provider,
    ...(error.url === undefined ? {} : { url: error.url }),
    method: error.method,
    status: error.status,
    retries: error.retries,
    body,
    ...(hint ? { hint } : {}),
  });
}

function joinSignals(...signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  return present.length <= 1 ? present[0] : AbortSignal.any(present);
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'aborted';
}
