// When a posting stops taking applications by its own word: the day after its deadline date. Dates
// are KST calendar days, and the deadline date itself is still open ('~12/05' takes applications all
// of 5 December), so a posting is expired on a day strictly after it. 'always' and 'until-filled'
// never expire by date.
import { kstDateOfDay, kstDayNumber } from '../model/kst.js';
import type { Deadline } from '../model/posting.js';

/**
 * Returns true when a posting with `deadline` is expired on the KST day `day` ('YYYY-MM-DD'): its
 * deadline is a date before that day.
 *
 * @example isExpiredOn({ kind: 'date', date: '2026-12-05' }, '2026-12-06') // true
 * @example isExpiredOn({ kind: 'date', date: '2026-12-05' }, '2026-12-05') // false
 * @example isExpiredOn({ kind: 'always', date: null }, '2026-12-06') // false
 */
export function isExpiredOn(deadline: Deadline | null, day: string): boolean {
  return deadline?.kind === 'date' && typeof deadline.date === 'string' && deadline.date < day;
}

/**
 * Returns the KST calendar day of a moment, 'YYYY-MM-DD'.
 *
 * @example kstDay(new Date('2026-12-05T15:00:00Z')) // '2026-12-06'
 */
export function kstDay(moment: Date | number): string {
  return kstDateOfDay(kstDayNumber(moment));
}
