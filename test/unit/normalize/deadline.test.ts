import { describe, expect, it } from 'vitest';
import { normalizeDeadline } from '../../../src/normalize/deadline.js';

// 2026-09-30 23:30 KST = 2026-09-30 14:30 UTC: late evening, so a UTC-based "today" would still agree,
// while NOW_EARLY (00:30 KST, the previous day in UTC) catches code that forgets the +9 h.
const NOW = new Date('2026-09-30T14:30:00Z');
const NOW_EARLY = new Date('2026-09-30T15:30:00Z'); // 2026-10-01 00:30 KST

const date = (d: string) => ({ kind: 'date', date: d });

describe('normalizeDeadline', () => {
  it.each([
    ['상시채용', { kind: 'always', date: null }],
    ['상시', { kind: 'always', date: null }],
    ['상시 채용', { kind: 'always', date: null }],
    ['수시채용', { kind: 'always', date: null }],
    ['9999-12-31', { kind: 'always', date: null }],
    ['채용시 마감', { kind: 'until-filled', date: null }],
    ['채용시', { kind: 'until-filled', date: null }],
    ['채용시까지', { kind: 'until-filled', date: null }],
    ['인재 채용 시 마감', { kind: 'until-filled', date: null }],
    ['2026-08-31', date('2026-08-31')],
    ['2026-08-31T23:59:59', date('2026-08-31')],
    ['2026-10-20T00:00:00', date('2026-10-20')],
    ['2026-10-01 23:59:59', date('2026-10-01')],
    ['2026.07.31 23:59', date('2026-07-31')],
    ['2026.07.31', date('2026-07-31')],
    ['2026/7/3', date('2026-07-03')],
    ['2026년 7월 31일', date('2026-07-31')],
    ['마감일 2025.07.31 23:59', date('2025-07-31')],
    ['2026-07-16T09:00:00+0900', date('2026-07-16')],
    ['2026-07-31T15:00:00Z', date('2026-08-01')],
    ['2026-07-31T14:59:59Z', date('2026-07-31')],
    ['2026-08-14T23:59:59.000+09:00', date('2026-08-14')],
    ['26/09/26', date('2026-09-26')],
    ['1786546800', date('2026-08-13')],
    ['1786546800000', date('2026-08-13')],
    ['D-19', date('2026-10-19')],
    ['D-day', date('2026-09-30')],
    ['D-0', date('2026-09-30')],
    ['오늘마감', date('2026-09-30')],
    ['18시마감', date('2026-09-30')],
    ['내일마감', date('2026-10-01')],
    ['~10/11(일)', date('2026-10-11')],
    ['~ 10/11(일)', date('2026-10-11')],
    ['~09/30', date('2026-09-30')],
    ['~09/13', date('2027-09-13')],
    ['08.13(목)', date('2027-08-13')],
    ['12월 24일', date('2026-12-24')],
  ])('%j', (text, expected) => {
    expect(normalizeDeadline(text, { now: NOW })).toEqual(expected);
  });

  it.each([
    ['오늘마감', date('2026-10-01')],
    ['D-1', date('2026-10-02')],
    ['~09/30', date('2027-09-30')],
    ['1786546800', date('2026-08-13')],
  ])('uses KST, not UTC, for "today": %j', (text, expected) => {
    expect(normalizeDeadline(text, { now: NOW_EARLY })).toEqual(expected);
  });

  it('reads Feb 29 as the next leap year', () => {
    expect(normalizeDeadline('~02/29', { now: NOW })).toEqual(date('2028-02-29'));
  });

  it('defaults now to the current time', () => {
    expect(normalizeDeadline('오늘마감')?.kind).toBe('date');
  });

  it.each(['', '  ', '1970-01-01', '2026-02-30', '2026-13-01', '~13/45', '마감 임박', 'abc', '0'])(
    '%j → null',
    (text) => {
      expect(normalizeDeadline(text, { now: NOW })).toBeNull();
    },
  );

  it('returns null for relative forms when now is invalid', () => {
    expect(normalizeDeadline('D-3', { now: new Date(Number.NaN) })).toBeNull();
  });
});

describe('normalizeDeadline regressions', () => {
  it('never writes a year before 2000 when `now` is far in the past (fast-check counterexample)', () => {
    expect(normalizeDeadline('12.12', { now: new Date('0999-12-12T14:59:59.999Z') })).toBeNull();
  });
});
