// The shapes the routing-API estimators share (ODsay, Kakao Mobility): their common options, what they
// count, and the estimator they return.

import type { GeocoderStats } from '../geo/types.js';
import type { HttpClient } from '../http/types.js';
import type { CommuteOptions } from './estimate-commute.js';
import type { CommuteEstimator } from './estimator.js';

/** Options every routing-API estimator takes besides its key and origin. */
export interface CommuteRouterOptions {
  /**
   * An HTTP client to share (its retries and per-host limits apply). Create it with
   * `respectRobots: false`: a routing API is not a site to crawl.
   * @default a client of its own with `rate`, `concurrency`, `retry` and `timeout`
   */
  http?: HttpClient;
  /**
   * Requests per second to the API host (own client only).
   * @default 5
   */
  rate?: number;
  /**
   * Requests in flight to the API host (own client only), and pairs asked at once by `estimateMany`.
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
  /** Aborts every call of this estimator. @default none */
  signal?: AbortSignal;
  /**
   * Ask the API for pairs that are not a daily commute (`isDailyCommute` false: another metropolitan
   * area, across the sea) too. Off by default: such a pair spends quota on a trip nobody makes twice a
   * day, so the offline model answers it (`provider: 'offline'`, `daily: false`).
   * @default false
   */
  routeNonDaily?: boolean;
}

/** What a routing estimator did so far: a geocoder's counters plus the pairs the offline model answered. */
export interface CommuteStats extends GeocoderStats {
  /**
   * Pairs answered by the offline model without a call: not a daily commute, or a mode the router does
   * not serve (ODsay routes transit, Kakao Mobility driving).
   */
  offline: number;
}

/** Options of one estimate by a routing estimator: {@link CommuteOptions} plus a signal. */
export interface CommuteCallOptions extends CommuteOptions {
  /** Aborts this call. @default none */
  signal?: AbortSignal;
}

/** A {@link CommuteEstimator} that counts its calls, failures and quota. */
export interface CountingCommuteEstimator extends CommuteEstimator {
  stats(): CommuteStats;
}
