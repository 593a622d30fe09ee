// The departure a "peak" driving estimate asks Kakao Mobility's future directions for: the next weekday
// morning rush in Korea. Pure; the clock is a parameter.
import { KST_OFFSET_MS } from '../../model/kst.js';

const DAY_MS = 86_400_000;
/** 08:30 on the Korean wall clock, the middle of the morning rush. */
const RUSH_MS = 8.5 * 3_600_000;

/**
 * Returns the next weekday 08:30 KST strictly after `now`, as Kakao Mobility's `departure_time`
 * (yyyyMMddHHmm on the Korean clock). Public holidays are not skipped.
 *
 * @example nextWeekdayRush(new Date('2026-11-27T00:00:00Z')) // '202611300830' (Friday 09:00 KST → Monday)
 */
export function nextWeekdayRush(now: Date): string {
  const wall = now.getTime() + KST_OFFSET_MS;
  let day = Math.floor(wall / DAY_MS);
  if (day * DAY_MS + RUSH_MS <= wall) day++;
  // Day 0 (1970-01-01) was a Thursday: (day + 4) % 7 is 0 on Sundays and 6 on Saturdays.
  while ((day + 4) % 7 === 0 || (day + 4) % 7 === 6) day++;
  const iso = new Date(day * DAY_MS + RUSH_MS).toISOString(); // already on the Korean clock
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}0830`;
}
