// The one clock of ohmystack: Korea Standard Time. Run slots, partitions, deadlines and quota resets
// are all read on the Korean wall clock. Korea has kept no daylight saving time since 1988, so KST is
// exactly UTC+9 and the machine's own time zone never matters.

/** KST's offset from UTC, in milliseconds. */
export const KST_OFFSET_MS = 9 * 3_600_000;

const DAY_MS = 86_400_000;

/**
 * Returns the Korean wall-clock time of a moment, ISO 8601 without an offset.
 *
 * @example kstWallClock(new Date('2026-11-29T00:30:00Z')) // '2026-11-29T09:30:00.000'
 */
export function kstWallClock(moment: Date | number): string {
  const ms = typeof moment === 'number' ? moment : moment.getTime();
  return new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 23);
}

/**
 * Returns a moment as ISO 8601 with the `+09:00` offset; `seconds` leaves the milliseconds out.
 *
 * @example toKstIso(new Date('2026-09-01T00:00:00Z')) // '2026-09-01T09:00:00.000+09:00'
 * @example toKstIso(new Date('2026-09-01T00:00:00Z'), 'seconds') // '2026-09-01T09:00:00+09:00'
 */
export function toKstIso(
  moment: Date | number,
  precision: 'milliseconds' | 'seconds' = 'milliseconds',
): string {
  const local = kstWallClock(moment);
  return `${precision === 'seconds' ? local.slice(0, 19) : local}+09:00`;
}

/**
 * Returns the number of the KST calendar day a moment falls on (days since 1970-01-01 KST).
 *
 * @example kstDayNumber(Date.parse('2026-11-29T15:00:00Z')) // the day of 2026-11-30 KST
 */
export function kstDayNumber(moment: Date | number): number {
  const ms = typeof moment === 'number' ? moment : moment.getTime();
  return Math.floor((ms + KST_OFFSET_MS) / DAY_MS);
}

/**
 * Returns the 'YYYY-MM-DD' of a KST day number.
 *
 * @example kstDateOfDay(kstDayNumber(Date.parse('2026-11-29T15:00:00Z'))) // '2026-11-30'
 */
export function kstDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
