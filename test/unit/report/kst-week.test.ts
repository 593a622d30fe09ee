import { describe, expect, it } from 'vitest';
import { kstWeekStart } from '../../../src/report/kst-week.js';

describe('kstWeekStart', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // Monday
    ['2026-11-25', '2026-11-23'],
    ['2026-11-29', '2026-11-23'], // Sunday: the week before, as SQL date_trunc('week')
    ['2026-11-30', '2026-11-30'],
    ['2027-01-01', '2026-12-28'], // across a year
    ['2024-03-01', '2024-02-26'], // across a leap February
  ])('%s → %s', (dt, week) => {
    expect(kstWeekStart(dt)).toBe(week);
  });

  it.each(['', '2026-13-01', '2026-02-30', '20261129', 'not a date'])('null for %j', (dt) => {
    expect(kstWeekStart(dt)).toBeNull();
  });
});
