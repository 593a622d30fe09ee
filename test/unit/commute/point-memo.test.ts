import { describe, expect, it } from 'vitest';
import { pointMemo } from '../../../src/commute/rail/point-memo.js';

describe('pointMemo', () => {
  it('answers by coordinates rounded to 1e-5°, through growth, and forgets at its limit', () => {
    const memo = pointMemo<number>(5000);
    const point = (i: number) => ({ lat: 37 + i * 1e-4, lng: 127 - i * 3e-5 });
    for (let i = 0; i < 3000; i++) memo.set(point(i), i);
    expect(memo.size).toBe(3000);
    for (let i = 0; i < 3000; i++) expect(memo.get(point(i))).toBe(i);
    expect(memo.get({ lat: 37 + 1e-4 + 2e-6, lng: 127 - 3e-5 })).toBe(1);
    expect(memo.get({ lat: 36.5, lng: 127 })).toBeUndefined();
    memo.set(point(7), -7);
    expect(memo.get(point(7))).toBe(-7);
    expect(memo.size).toBe(3000);
    for (let i = 3000; i < 5001; i++) memo.set(point(i), i);
    expect(memo.size).toBe(1);
    expect(memo.get(point(5000))).toBe(5000);
    expect(memo.get(point(0))).toBeUndefined();
  });
});
