import { kstDateOfDay, kstDayNumber } from '../kst.js';
import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** The default hint: Kakao's daily quotas reset at midnight in Korea. */
const QUOTA_HINT =
  'the daily quota resets at 00:00 KST; the fallback geocoder (gazetteer) finishes this run, or raise the quota in the provider console';

/** What {@link QuotaExceededError} is built from. Never put the API key in it. */
export interface QuotaExceededErrorDetails extends ErrorDetails {
  /** What the provider refused, e.g. 'Kakao Local quota exhausted (code -10)'. */
  message: string;
  /** The moment the quota ran out, from which `resetsAt` is counted. @default new Date() */
  now?: Date;
}

/**
 * Thrown when a provider refuses further calls because a daily or monthly quota is used up (Kakao 429
 * `RequestThrottled`, or code -10 / -11). Not retryable within the run: retrying only burns calls until
 * the reset, so callers switch to a fallback. Never carries the API key.
 *
 * @example
 * throw new QuotaExceededError({ message: 'Kakao Local quota exhausted (code -10)', provider: 'kakao' });
 */
export class QuotaExceededError extends OhmystackError {
  override name = 'QuotaExceededError';
  /** When the quota is expected back: the next 00:00 KST, ISO 8601 with offset ('2026-11-30T00:00:00+09:00'). */
  readonly resetsAt: string;

  constructor(details: QuotaExceededErrorDetails) {
    const { now, hint, ...rest } = details;
    super({
      ...rest,
      code: 'quota_exceeded',
      retryable: false,
      hint: hint ?? QUOTA_HINT,
    });
    this.resetsAt = nextKstMidnight(now ?? new Date());
  }
}

function nextKstMidnight(now: Date): string {
  return `${kstDateOfDay(kstDayNumber(now) + 1)}T00:00:00+09:00`;
}
