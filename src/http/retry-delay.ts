// What a site's Retry-After asks for. The backoff between retries when it asks nothing is the one of
// every ohmystack client, `backoffDelay` in model/retry.ts.

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
