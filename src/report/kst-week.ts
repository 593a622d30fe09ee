// Weeks as the warehouse counts them: SQL date_trunc('week') starts a week on Monday, and the lake's
// `dt` is already a KST date, so the week of a KST date is plain calendar arithmetic (no time zone).

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Returns the Monday ('YYYY-MM-DD') of the week a KST date falls in, or null when `dt` is not a date.
 *
 * @example kstWeekStart('2026-11-29') // '2026-11-23' (a Sunday belongs to the week before)
 * @example kstWeekStart('2026-11-30') // '2026-11-30'
 */
export function kstWeekStart(dt: string): string | null {
  if (!DATE.test(dt)) return null;
  const day = Date.parse(`${dt}T00:00:00Z`);
  if (Number.isNaN(day)) return null;
  const date = new Date(day);
  // Reject dates Date.parse rolls over ('2026-02-30' → March 2).
  if (date.toISOString().slice(0, 10) !== dt) return null;
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}
