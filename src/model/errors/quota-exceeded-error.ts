import { kstDateOfDay, kstDayNumber } from '../kst.js';
import { type ErrorContext, OhmystackError } from './ohmystack-error.js';

/** The default hint: Kakao's daily quotas (research/korean-geo.md §1) reset at midnight in Korea. */
const QUOTA_HINT =
  'the daily quota resets at 00:00 KST; the fallback geocoder (gazetteer) finishes this run, or raise the quota in the provider console';

/**
 * Thrown when a provider refuses further calls because a daily or monthly quota is used up (Kakao 429
 * `RequestThrottled`, or code -10 / -11). Not retryable within the run: retrying only burns calls until
 * the reset, so callers switch to a fallback. Never carries the API key.
 *
 * @example
 * throw new QuotaExceededError('Kakao Local quota exhausted (code -10)', { provider: 'kakao' });
 */
export class QuotaExceededError extends OhmystackError {
  override name = 'QuotaExceededError';
  /** When the quota is expected back: the next 00:00 KST, ISO 8601 with offset ('2026-11-30T00:00:00+09:00'). */
  readonly resetsAt: string;

  constructor(message: string, context: ErrorContext & { cause?: unknown; hint?: string; now?: Date } = {}) {
    const { now, ...rest } = context;
    super(message, {
      ...rest,
      code: 'quota_exceeded',
      retryable: false,
      hint: rest.hint ?? QUOTA_HINT,
    });
    this.resetsAt = nextKstMidnight(now ?? new Date());
  }
}

function nextKstMidnight(now: Date): string {
  return `${kstDateOfDay(kstDayNumber(now) + 1)}T00:00:00+09:00`;
}
