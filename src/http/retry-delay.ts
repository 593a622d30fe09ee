// How long to wait before a retry: exponential backoff with full jitter (AWS architecture blog's
// "full jitter": uniform in [0, min(cap, base·2^n)]), or what the site's Retry-After asks for.

/** The resolved retry policy of an HTTP client. */
export interface ResolvedRetryOptions {
  limit: number;
  backoffMs: number;
  maxBackoffMs: number;
}

/**
 * Returns the delay before retry number `retry` (1 for the first retry): a uniform random value
 * between 0 and `min(maxBackoffMs, backoffMs · 2^(retry-1))`.
 *
 * @example backoffDelay(3, { limit: 3, backoffMs: 1000, maxBackoffMs: 30_000 }) // somewhere in [0, 4000)
 */
export function backoffDelay(
  retry: number,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxBackoffMs, options.backoffMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Returns the wait a `Retry-After` header asks for, in ms (delay-seconds or an HTTP date), or
 * undefined when the header is absent or unreadable. A date in the past means no wait.
 *
 * @example parseRetryAfter('2', Date.now()) // 2000
 * @example parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.now())
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
