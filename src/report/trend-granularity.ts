// The time step of the stack trend, chosen by the span of the data's days: one day has no trend (the
// page shows the distribution instead), a month or less reads best per day, and anything longer per
// week, where a chart of 100+ daily points would turn into noise.
import type { TrendGranularity } from './types.js';

/** The longest span (first to last KST day, inclusive) drawn per day. */
export const DAILY_TREND_MAX_DAYS = 31;

const DAY_MS = 86_400_000;

/**
 * Returns the trend's step for the KST dates ('YYYY-MM-DD') the data has runs on.
 *
 * @example trendGranularity(['2026-12-06']) // 'snapshot'
 * @example trendGranularity(['2026-11-16', '2026-11-30']) // 'day'
 * @example trendGranularity(['2026-09-01', '2026-11-30']) // 'week'
 */
export function trendGranularity(dates: readonly string[]): TrendGranularity {
  const days = [...new Set(dates)].sort();
  if (days.length <= 1) return 'snapshot';
  const span = (Date.parse(`${days.at(-1)}T00:00:00Z`) - Date.parse(`${days[0]}T00:00:00Z`)) / DAY_MS + 1;
  return span <= DAILY_TREND_MAX_DAYS ? 'day' : 'week';
}
