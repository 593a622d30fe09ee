// Career forms that real crawls contain and that an earlier reading got wrong, and a property over every
// string the known forms can build: a range never ends below where it starts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCareer } from '../../../src/normalize/career.js';

const ANYONE = { minYears: 0, maxYears: null, newcomer: true, label: '경력무관' };

describe('normalizeCareer on real career forms', () => {
  it('reads both written bounds: 경력 7년 이상 15년 이하 is 7~15', () => {
    expect(normalizeCareer('경력 7년 이상 15년 이하')).toEqual({
      minYears: 7,
      maxYears: 15,
      newcomer: false,
      label: '경력 7~15년',
    });
  });

  it.each([
    ['경력7년 이상 15년 이하', 7, 15],
    ['7년 이상 ~ 15년 이하', 7, 15],
    ['경력 3년↑ 7년↓', 3, 7],
    ['경력 2년 이상, 5년 이하', 2, 5],
    ['경력 10년 이상 20년 까지', 10, 20],
  ])('%s is %i~%i', (text, minYears, maxYears) => {
    expect(normalizeCareer(text)).toMatchObject({ minYears, maxYears, newcomer: false });
  });

  it.each(['신입·경력1년↑', '신입·경력2년↑', '신입/경력 3년 이상', '신입·경력 5년+'])(
    '%s is newcomers or N+ years: anyone may apply',
    (text) => {
      expect(normalizeCareer(text)).toEqual(ANYONE);
    },
  );

  it('keeps a bare number after 신입 as the upper bound (신입-경력 5년 is 0~5)', () => {
    expect(normalizeCareer('신입-경력 5년')).toMatchObject({ minYears: 0, maxYears: 5, newcomer: true });
  });

  it.each(['학력무관', '학력 무관', '성별무관', '나이 상관없음', '학력무관 · 대졸↑'])(
    '%s waives something other than career: null',
    (text) => {
      expect(normalizeCareer(text)).toBeNull();
    },
  );

  it.each([
    ['학력무관 · 경력무관', ANYONE],
    ['경력무관(학력무관)', ANYONE],
    ['학력무관, 경력 3년 이상', { minYears: 3, maxYears: null, newcomer: false, label: '경력 3년 이상' }],
  ])('%s still reads the career beside the education waiver', (text, expected) => {
    expect(normalizeCareer(text)).toEqual(expected);
  });

  it('reads N년 미만 as exclusive: 경력 5년 이상 10년 미만 is 5~9', () => {
    expect(normalizeCareer('경력 5년 이상 10년 미만')).toEqual({
      minYears: 5,
      maxYears: 9,
      newcomer: false,
      label: '경력 5~9년',
    });
  });

  it.each([
    ['경력 3년 미만', 0, 2, true],
    ['경력 1년 미만', 0, 0, true],
    ['경력 3~6년 미만', 3, 5, false],
  ])('%s is %i~%i', (text, minYears, maxYears, newcomer) => {
    expect(normalizeCareer(text)).toMatchObject({ minYears, maxYears, newcomer });
  });

  it.each(['경력 7년 이상 3년 이하', '경력 5년 이상 5년 미만', '경력 3~3년 미만'])(
    '%s leaves no year to apply with: null',
    (text) => {
      expect(normalizeCareer(text)).toBeNull();
    },
  );
});

describe('normalizeCareer over strings built from the known forms', () => {
  const years = fc.integer({ min: 0, max: 120 }).map(String);
  const lower = fc.constantFrom('이상', '↑', '+', '');
  const upper = fc.constantFrom('이하', '미만', '↓', '까지', '');
  const lead = fc.constantFrom(
    '',
    '경력',
    '경력 ',
    '신입',
    '신입·경력',
    '신입/경력 ',
    '신입-경력 ',
    '학력무관 ',
  );
  const trail = fc.constantFrom('', ' 차', ' · 정규직', '(학력무관)', ' 우대');
  const gap = fc.constantFrom('', ' ', ' ~ ', '~', ', ', '-');
  const form = fc.oneof(
    fc.tuple(years, upper).map(([n, u]) => `${n}년 ${u}`),
    fc.tuple(years, lower).map(([n, l]) => `${n}년${l}`),
    fc.tuple(years, gap, years, upper).map(([a, g, b, u]) => `${a}${g}${b}년 ${u}`),
    fc.tuple(years, lower, gap, years, upper).map(([a, l, g, b, u]) => `${a}년 ${l}${g}${b}년 ${u}`),
    fc.constantFrom('무관', '경력무관', '', '신입 이상', 'Junior', 'Senior'),
  );
  const careerText = fc.tuple(lead, form, trail).map(([l, f, t]) => `${l}${f}${t}`);

  it('never yields a range that ends below its start, and newcomer always means from 0', () => {
    fc.assert(
      fc.property(careerText, (text) => {
        const career = normalizeCareer(text);
        if (career === null) return;
        expect(career.minYears).toBeGreaterThanOrEqual(0);
        if (career.maxYears !== null) expect(career.maxYears).toBeGreaterThanOrEqual(career.minYears);
        expect(career.newcomer).toBe(career.minYears === 0);
      }),
      { numRuns: 2000 },
    );
  });
});
