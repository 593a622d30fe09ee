// One retry vocabulary for every client in ohmystack (the HTTP client, the S3 sink, Athena polling): ky's
// `RetryOptions` by name, resolved once at each client's boundary, and one backoff — "full jitter" from the
// AWS Architecture Blog ("Exponential Backoff And Jitter"): a uniform wait in [0, min(cap, base·2^n)).
// Pure: waiting is the caller's job (the abortable `sleep` beside the HTTP client).
import type { ValidationIssue } from './errors/validation-error.js';

/**
 * How a client retries: ky's `RetryOptions` by name. Each client sets its own defaults, given under
 * `@default` below; `retry: 2` is shorthand for `{ limit: 2 }`.
 *
 * @example createHttpClient({ retry: { limit: 5, backoffMs: 500 } })
 * @example s3Sink({ bucket: 'my-lake', retry: 2 })
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt; 0 never retries.
   * @default 3 (HTTP client), 3 (S3 requests)
   */
  limit?: number;
  /**
   * The ceiling of the wait before the first retry, ms; the ceiling doubles each retry and the wait is
   * a uniform random value below it (full jitter).
   * @default 1000 (HTTP client), 200 (S3 sink), 200 (Athena polls)
   */
  backoffMs?: number;
  /**
   * The highest ceiling of one wait, ms.
   * @default 30000 (HTTP client), 10000 (S3 sink), 5000 (Athena polls)
   */
  maxBackoffMs?: number;
}

/**
 * The longest wait a timer can hold: Node turns a longer setTimeout into 1 ms (TimeoutOverflowWarning),
 * so a huge timeout or backoff would fire at once instead of never. Every duration option stays below it.
 */
export const MAX_DELAY_MS = 2_147_483_647;

/** {@link RetryOptions} with every field set: what a client works with below its boundary. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/**
 * Returns `retry` with `defaults` filled in: a number sets `limit`, an object keeps its defined fields.
 *
 * @example resolveRetryOptions(5, { limit: 3, backoffMs: 1000, maxBackoffMs: 30_000 }).limit // 5
 * @example resolveRetryOptions({ backoffMs: 200 }, defaults) // { limit: 3, backoffMs: 200, maxBackoffMs: 30000 }
 */
export function resolveRetryOptions(
  retry: number | RetryOptions | undefined,
  defaults: ResolvedRetryOptions,
): ResolvedRetryOptions {
  const given: RetryOptions = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return {
    limit: given.limit ?? defaults.limit,
    backoffMs: given.backoffMs ?? defaults.backoffMs,
    maxBackoffMs: given.maxBackoffMs ?? defaults.maxBackoffMs,
  };
}

/**
 * Returns the problems of resolved retry options (empty when they are usable): every field must be a
 * number of zero or more; `limit` may be `Infinity`.
 *
 * @example retryOptionIssues({ limit: -1, backoffMs: 0, maxBackoffMs: 0 }) // [{ path: ['retry', 'limit'], … }]
 */
export function retryOptionIssues(retry: ResolvedRetryOptions, path = 'retry'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of ['limit', 'backoffMs', 'maxBackoffMs'] as const) {
    const value = retry[field];
    if (!(value >= 0)) issues.push({ path: [path, field], message: `must be zero or more, got ${value}` });
    else if (field !== 'limit' && value > MAX_DELAY_MS)
      issues.push({ path: [path, field], message: `must be at most ${MAX_DELAY_MS} ms, got ${value}` });
  }
  return issues;
}

/**
 * Returns the wait before retry number `retry` (1 for the first retry), ms: a uniform random value in
 * `[0, min(maxBackoffMs, backoffMs · 2^(retry-1)))`.
 *
 * @example backoffDelay(3, { backoffMs: 1000, maxBackoffMs: 30_000 }) // somewhere in [0, 4000)
 * @example backoffDelay(1, { backoffMs: 200, maxBackoffMs: 10_000 }, () => 0.5) // 100
 */
export function backoffDelay(
  retry: number,
  options: Pick<ResolvedRetryOptions, 'backoffMs' | 'maxBackoffMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxBackoffMs, options.backoffMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
