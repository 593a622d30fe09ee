import { describe, expect, it } from 'vitest';
import {
  careerFromLevels,
  careerLabel,
  normalizeCareer,
  normalizeCareerRange,
} from '../../../src/normalize/career.js';

const ANY = { minYears: 0, maxYears: null, newcomer: true, label: '경력무관' };
const NEWCOMER = { minYears: 0, maxYears: 0, newcomer: true, label: '신입' };

describe('normalizeCareer', () => {
  it.each([
    ['신입', NEWCOMER],
    ['신입 채용', NEWCOMER],
    ['신입 이상', ANY],
    ['경력 무관', ANY],
    ['경력무관', ANY],
    ['무관', ANY],
    ['신입·경력', ANY],
    ['신입/경력', ANY],
    ['신입 / 경력', ANY],
    ['경력', { minYears: 1, maxYears: null, newcomer: false, label: '경력 1년 이상' }],
    ['신입-경력 5년', { minYears: 0, maxYears: 5, newcomer: true, label: '신입~경력 5년' }],
    ['신입·경력 1~10년', { minYears: 0, maxYears: 10, newcomer: true, label: '신입~경력 10년' }],
    ['경력 3~5년', { minYears: 3, maxYears: 5, newcomer: false, label: '경력 3~5년' }],
    ['경력3~5년', { minYears: 3, maxYears: 5, newcomer: false, label: '경력 3~5년' }],
    ['경력 10~17년', { minYears: 10, maxYears: 17, newcomer: false, label: '경력 10~17년' }],
    ['경력 5~15년', { minYears: 5, maxYears: 15, newcomer: false, label: '경력 5~15년' }],
    ['3년 이상', { minYears: 3, maxYears: null, newcomer: false, label: '경력 3년 이상' }],
    ['경력 5년↑', { minYears: 5, maxYears: null, newcomer: false, label: '경력 5년 이상' }],
    ['경력5년↑', { minYears: 5, maxYears: null, newcomer: false, label: '경력 5년 이상' }],
    ['경력 2년↑ · 정규직', { minYears: 2, maxYears: null, newcomer: false, label: '경력 2년 이상' }],
    ['5년~12년 차', { minYears: 5, maxYears: 12, newcomer: false, label: '경력 5~12년' }],
    ['경력 3년', { minYears: 3, maxYears: 3, newcomer: false, label: '경력 3년' }],
    ['경력 3년 이하', { minYears: 0, maxYears: 3, newcomer: true, label: '신입~경력 3년' }],
    ['3+ years', { minYears: 3, maxYears: null, newcomer: false, label: '경력 3년 이상' }],
    ['3-5 years', { minYears: 3, maxYears: 5, newcomer: false, label: '경력 3~5년' }],
    ['경력 0~3년', { minYears: 0, maxYears: 3, newcomer: true, label: '신입~경력 3년' }],
    ['2026년 신입 공채', NEWCOMER],
    ['Junior', { minYears: 1, maxYears: 3, newcomer: false, label: '경력 1~3년' }],
    ['Senior', { minYears: 7, maxYears: null, newcomer: false, label: '경력 7년 이상' }],
    ['  ＿경력　무관  ', ANY],
  ])('%s', (input, expected) => {
    expect(normalizeCareer(input)).toEqual(expected);
  });

  it.each(['', '   ', '회사 소개', 'abc', '\u0000\u200b', '경력 150년'])('unreadable %j → null', (input) => {
    expect(normalizeCareer(input)).toBeNull();
  });

  it('gives one label to the three "anyone" forms', () => {
    const labels = new Set(['신입 이상', '경력 무관', '신입·경력'].map((t) => normalizeCareer(t)?.label));
    expect(labels).toEqual(new Set(['경력무관']));
  });
});

describe('normalizeCareerRange', () => {
  it.each([
    [0, 100, undefined, ANY],
    [3, 100, false, { minYears: 3, maxYears: null, newcomer: false, label: '경력 3년 이상' }],
    [3, 7, false, { minYears: 3, maxYears: 7, newcomer: false, label: '경력 3~7년' }],
    [null, 5, undefined, { minYears: 0, maxYears: 5, newcomer: true, label: '신입~경력 5년' }],
    [undefined, undefined, undefined, ANY],
    [0, 0, true, NEWCOMER],
    [0, 0, false, NEWCOMER],
    [5, 15, true, { minYears: 0, maxYears: 15, newcomer: true, label: '신입~경력 15년' }],
    [3, 0, false, { minYears: 3, maxYears: null, newcomer: false, label: '경력 3년 이상' }],
    [7, 3, false, { minYears: 3, maxYears: 7, newcomer: false, label: '경력 3~7년' }],
    [2, 2, false, { minYears: 2, maxYears: 2, newcomer: false, label: '경력 2년' }],
    [
      1,
      Number.POSITIVE_INFINITY,
      false,
      { minYears: 1, maxYears: null, newcomer: false, label: '경력 1년 이상' },
    ],
  ])('(%s, %s, %s)', (min, max, newcomer, expected) => {
    expect(normalizeCareerRange(min, max, newcomer)).toEqual(expected);
  });

  it.each([
    [-1, 3],
    [Number.NaN, 3],
    [1, -2],
    [1, Number.NaN],
    [Number.POSITIVE_INFINITY, null],
  ])('(%s, %s) → null', (min, max) => {
    expect(normalizeCareerRange(min, max)).toBeNull();
  });
});

describe('careerFromLevels (Rallit)', () => {
  it.each([
    [['BEGINNER'], NEWCOMER],
    [['INTERN'], NEWCOMER],
    [['JUNIOR'], { minYears: 1, maxYears: 3, newcomer: false, label: '경력 1~3년' }],
    [['MIDDLE'], { minYears: 3, maxYears: 7, newcomer: false, label: '경력 3~7년' }],
    [['SENIOR'], { minYears: 7, maxYears: null, newcomer: false, label: '경력 7년 이상' }],
    [['TOP'], { minYears: 10, maxYears: null, newcomer: false, label: '경력 10년 이상' }],
    [['IRRELEVANT'], ANY],
    [['JUNIOR', 'MIDDLE'], { minYears: 1, maxYears: 7, newcomer: false, label: '경력 1~7년' }],
    [['BEGINNER', 'JUNIOR'], { minYears: 0, maxYears: 3, newcomer: true, label: '신입~경력 3년' }],
    [['MIDDLE', 'SENIOR'], { minYears: 3, maxYears: null, newcomer: false, label: '경력 3년 이상' }],
    [[' junior ', 'UNKNOWN'], { minYears: 1, maxYears: 3, newcomer: false, label: '경력 1~3년' }],
  ])('%j', (levels, expected) => {
    expect(careerFromLevels(levels)).toEqual(expected);
  });

  it.each([[[]], [['UNKNOWN']], [['']]])('%j → null', (levels) => {
    expect(careerFromLevels(levels)).toBeNull();
  });
});

describe('careerLabel', () => {
  it.each([
    [0, 0, true, '신입'],
    [0, null, true, '경력무관'],
    [0, 3, true, '신입~경력 3년'],
    [3, 5, false, '경력 3~5년'],
    [5, null, false, '경력 5년 이상'],
    [3, 3, false, '경력 3년'],
  ] as const)('(%s, %s, %s) → %s', (min, max, newcomer, label) => {
    expect(careerLabel(min, max, newcomer)).toBe(label);
  });
});
