// One decoder of Saramin's experience-level codes: what the site module writes into RawCareer, and the
// Career the normalizer makes of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Career } from '../../../../src/model/posting.js';
import { normalizeCareerRange } from '../../../../src/normalize/career.js';
import { saraminCareer } from '../../../../src/sources/saramin/career.js';

const ANY = { minYears: 0, maxYears: null, newcomer: true, label: '경력무관' };
const NEWCOMER = { minYears: 0, maxYears: 0, newcomer: true, label: '신입' };

describe('saraminCareer', () => {
  it.each([
    [
      { code: 0, min: 0, max: 0, name: '경력무관' },
      { text: '경력무관', min: 0, max: null, newcomer: true },
    ],
    [
      { code: '1', name: '신입' },
      { text: '신입', min: 0, max: 0, newcomer: true },
    ],
    [
      { code: 2, min: 10, max: 17, name: '경력 10~17년' },
      { text: '경력 10~17년', min: 10, max: 17, newcomer: false },
    ],
    [
      { code: 2, min: 5, max: 0, name: '경력 5년↑' },
      { text: '경력 5년↑', min: 5, max: null, newcomer: false },
    ],
    [
      { code: 2, min: 0, max: 0, name: '경력' },
      { text: '경력', min: 1, max: null, newcomer: false },
    ],
    [
      { code: 3, min: 5, max: 15, name: '신입/경력' },
      { text: '신입/경력', min: 0, max: 15, newcomer: true },
    ],
    [
      { code: 3, min: '', max: null },
      { min: 0, max: null, newcomer: true },
    ],
    [
      { code: 2, min: '3', max: '5' },
      { min: 3, max: 5, newcomer: false },
    ],
    [{ code: 9, name: '기타' }, { text: '기타' }],
    [{ code: 2, min: -1, max: 3, name: '경력' }, { text: '경력' }],
    [{ code: 2, min: 'x', max: 3 }, undefined],
    [{ code: 'x' }, undefined],
    [{ code: 9 }, undefined],
    [null, undefined],
  ])('%j → %j', (level, career) => {
    expect(saraminCareer(level)).toEqual(career);
  });

  it.each([
    [{ code: 0, min: 0, max: 0 }, ANY],
    [{ code: '1', min: 0, max: 0 }, NEWCOMER],
    [
      { code: 2, min: 10, max: 17 },
      { minYears: 10, maxYears: 17, newcomer: false, label: '경력 10~17년' },
    ],
    [
      { code: 2, min: 3, max: 0 },
      { minYears: 3, maxYears: null, newcomer: false, label: '경력 3년 이상' },
    ],
    [
      { code: 2, min: 0, max: 0 },
      { minYears: 1, maxYears: null, newcomer: false, label: '경력 1년 이상' },
    ],
    [
      { code: 3, min: 5, max: 15 },
      { minYears: 0, maxYears: 15, newcomer: true, label: '신입~경력 15년' },
    ],
    [{ code: 3, min: '', max: null }, ANY],
  ])('%j normalizes to %j', (level, expected) => {
    const raw = saraminCareer(level);
    expect(normalizeCareerRange(raw?.min, raw?.max, raw?.newcomer)).toEqual(expected);
  });

  it('always gives a range the normalizer reads as a valid Career or null (property)', () => {
    const years = fc.oneof(
      fc.double(),
      fc.integer({ min: -5, max: 120 }),
      fc.string({ maxLength: 3 }),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 4 }), years, years, (code, min, max) => {
        const raw = saraminCareer({ code, min, max });
        if (raw?.min === undefined) return;
        const career = normalizeCareerRange(raw.min, raw.max, raw.newcomer);
        expect(career === null || Career.safeParse(career).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
