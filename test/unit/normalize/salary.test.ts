import { describe, expect, it } from 'vitest';
import { normalizeSalary } from '../../../src/normalize/salary.js';

type Period = 'year' | 'month' | 'hour' | null;
const pay = (min: number | null, max: number | null, period: Period, negotiable = false) => ({
  min,
  max,
  period,
  negotiable,
  currency: 'KRW',
});
const NEGOTIABLE = pay(null, null, null, true);

describe('normalizeSalary (text)', () => {
  it.each([
    ['3,600~4,800만원', pay(36_000_000, 48_000_000, 'year')],
    ['3,600 ~ 4,800 만원', pay(36_000_000, 48_000_000, 'year')],
    ['연봉 3000만원 이상', pay(30_000_000, null, 'year')],
    ['연봉 3000만원 이상 (경력 3년)', pay(30_000_000, null, 'year')],
    ['연봉 4,000만원', pay(40_000_000, 40_000_000, 'year')],
    ['월급 2,400,000원', pay(2_400_000, 2_400_000, 'month')],
    ['월 250만원', pay(2_500_000, 2_500_000, 'month')],
    ['시급 10,030원', pay(10_030, 10_030, 'hour')],
    ['300 만원', pay(3_000_000, 3_000_000, 'month')],
    ['1억', pay(100_000_000, 100_000_000, 'year')],
    ['1억원 이상', pay(100_000_000, null, 'year')],
    ['1억 2천만원', pay(120_000_000, 120_000_000, 'year')],
    ['1억2000만원', pay(120_000_000, 120_000_000, 'year')],
    ['1.5억', pay(150_000_000, 150_000_000, 'year')],
    ['8천만원~1억 2천만원', pay(80_000_000, 120_000_000, 'year')],
    ['4천만원', pay(40_000_000, 40_000_000, 'year')],
    ['연봉 5000만원 이하', pay(null, 50_000_000, 'year')],
    ['~5000만원', pay(null, 50_000_000, 'year')],
    ['4500~5500', pay(45_000_000, 55_000_000, 'year')],
    ['회사내규에 따름', NEGOTIABLE],
    ['면접 후 결정', NEGOTIABLE],
    ['면접후 결정', NEGOTIABLE],
    ['협의', NEGOTIABLE],
    ['추후 협의', NEGOTIABLE],
    ['3000만원 이상, 협의 가능', pay(30_000_000, null, 'year', true)],
  ])('%j', (text, expected) => {
    expect(normalizeSalary(text)).toEqual(expected);
  });

  it.each(['', '  ', '경력 3년', '주 5일 근무', 'abc', '99999999999999999999만원'])('%j → null', (text) => {
    expect(normalizeSalary(text)).toBeNull();
  });
});

describe('normalizeSalary (structured)', () => {
  it.each([
    [{ min: 3600, max: 4800, unit: 'manwon' as const }, pay(36_000_000, 48_000_000, 'year')],
    [{ min: 3600, max: 4800 }, pay(36_000_000, 48_000_000, 'year')],
    [
      { min: 30_000_000, max: null, unit: 'won' as const, period: 'year' as const },
      pay(30_000_000, null, 'year'),
    ],
    [{ min: 250, unit: 'manwon' as const, period: 'month' as const }, pay(2_500_000, null, 'month')],
    [{ min: 0, max: 0, text: '회사내규에 따름' }, NEGOTIABLE],
    [{ text: '3,600~3,800만원' }, pay(36_000_000, 38_000_000, 'year')],
    [{ text: '300 만원', period: 'month' as const }, pay(3_000_000, 3_000_000, 'month')],
    [{ min: 5000, max: 4000, unit: 'manwon' as const }, pay(40_000_000, 50_000_000, 'year')],
    [
      { min: 3000, max: 5000, unit: 'manwon' as const, text: '협의 가능' },
      pay(30_000_000, 50_000_000, 'year', true),
    ],
  ])('%j', (raw, expected) => {
    expect(normalizeSalary(raw)).toEqual(expected);
  });

  it.each([[{}], [{ min: 0, max: 0 }], [{ min: Number.NaN }], [{ min: -5 }], [{ text: '' }]])(
    '%j → null',
    (raw) => {
      expect(normalizeSalary(raw)).toBeNull();
    },
  );
});
