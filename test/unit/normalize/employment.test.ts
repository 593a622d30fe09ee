import { describe, expect, it } from 'vitest';
import { employmentLabel, normalizeEmploymentType } from '../../../src/normalize/employment.js';

describe('normalizeEmploymentType', () => {
  it.each([
    ['정규직', ['fulltime'], false, '정규직'],
    ['계약직', ['contract'], false, '계약직'],
    ['인턴', ['intern'], false, '인턴'],
    ['인턴직', ['intern'], false, '인턴'],
    ['전환형 인턴', ['intern'], true, '인턴 (정규직 전환 가능)'],
    ['정규직 전환형 인턴', ['intern'], true, '인턴 (정규직 전환 가능)'],
    ['인턴 (정규직 전환 가능)', ['intern'], true, '인턴 (정규직 전환 가능)'],
    ['인턴 (근무기간 2개월, 정규직 전환 가능)', ['intern'], true, '인턴 (정규직 전환 가능)'],
    ['계약직 (정규직 전환가능)', ['contract'], true, '계약직 (정규직 전환 가능)'],
    ['파견직', ['dispatch'], false, '파견직'],
    ['프리랜서', ['freelance'], false, '프리랜서'],
    ['위촉직', ['freelance'], false, '프리랜서'],
    ['아르바이트', ['parttime'], false, '아르바이트'],
    ['아르바이트/파트타임', ['parttime'], false, '아르바이트'],
    ['파트타임', ['parttime'], false, '아르바이트'],
    ['병역특례', ['other'], false, '기타'],
    ['정규직 | 수습기간 3개월', ['fulltime'], false, '정규직'],
    ['정규직 외', ['fulltime'], false, '정규직'],
    [
      '정규직,계약직 (정규직 전환가능),계약직',
      ['fulltime', 'contract'],
      true,
      '정규직, 계약직 (정규직 전환 가능)',
    ],
    ['정규직, 인턴', ['fulltime', 'intern'], false, '정규직, 인턴'],
    ['계약직 또는 프리랜서', ['contract', 'freelance'], false, '계약직, 프리랜서'],
    ['regular', ['fulltime'], false, '정규직'],
    ['intern', ['intern'], false, '인턴'],
    ['contract', ['contract'], false, '계약직'],
    ['freelance', ['freelance'], false, '프리랜서'],
    ['parttime', ['parttime'], false, '아르바이트'],
    ['PERMANENT', ['fulltime'], false, '정규직'],
    ['CONTRACT', ['contract'], false, '계약직'],
    ['INTERN', ['intern'], false, '인턴'],
    ['PARTTIME', ['parttime'], false, '아르바이트'],
    ['DISPATCH', ['dispatch'], false, '파견직'],
    ['FREELANCE', ['freelance'], false, '프리랜서'],
    ['FULL_TIME', ['fulltime'], false, '정규직'],
    ['PART_TIME', ['parttime'], false, '아르바이트'],
    ['TEMPORARY', ['contract'], false, '계약직'],
    ['CONTRACTOR', ['freelance'], false, '프리랜서'],
    ['정규직 (정규직 전환 없음)', ['fulltime'], false, '정규직'],
    ['(계약직)', ['contract'], false, '계약직'],
  ])('%j', (text, types, conversion, label) => {
    expect(normalizeEmploymentType(text)).toEqual({ types, conversion, label });
  });

  it.each(['', '  ', '수습기간 3개월', '근무일시 주 5일', '(정규직 전환형)', '\u200b'])(
    '%j → null',
    (text) => {
      expect(normalizeEmploymentType(text)).toBeNull();
    },
  );
});

describe('employmentLabel', () => {
  it('joins labels and marks conversion', () => {
    expect(employmentLabel(['contract', 'intern'], true)).toBe('계약직, 인턴 (정규직 전환 가능)');
    expect(employmentLabel(['dispatch'], false)).toBe('파견직');
  });
});
