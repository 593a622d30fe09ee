import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import { mergePosting, mergeValue } from '../../../src/sources/_merge.js';

const base = (fields: Partial<RawPosting>): RawPosting => ({
  source: 'jumpit',
  sourceId: '51234',
  url: 'https://jumpit.saramin.co.kr/position/51234',
  fetchedAt: '2026-11-29T09:00:00.000+09:00',
  title: '',
  company: '',
  payload: null,
  ...fields,
});

describe('mergePosting', () => {
  const list = base({
    title: '백엔드 개발자',
    company: '(주)점핏',
    stackTags: ['Java', 'Spring'],
    locations: ['서울 강남구'],
    career: { text: '경력 3~5년', min: 3, max: 5 },
    deadline: '2026-12-31',
    sections: { intro: '목록 소개' },
    payload: { id: 51234, from: 'list' },
  });
  const detail = base({
    title: '백엔드 개발자 (Java/Spring)',
    company: '',
    stackTags: ['Spring', 'Kotlin'],
    locations: ['서울 강남구 테헤란로 152'],
    career: { text: '경력 3~5년', newcomer: false },
    sections: { requirements: 'Java 3년 이상' },
    employmentType: '정규직',
    fetchedAt: '2026-11-29T09:00:05.000+09:00',
    payload: { id: 51234, from: 'detail' },
  });

  it('lets the detail win per field and the list fill gaps', () => {
    const merged = mergePosting(list, detail);
    expect(merged.title).toBe('백엔드 개발자 (Java/Spring)');
    expect(merged.company).toBe('(주)점핏'); // detail's '' is a gap
    expect(merged.deadline).toBe('2026-12-31');
    expect(merged.employmentType).toBe('정규직');
    expect(merged.fetchedAt).toBe('2026-11-29T09:00:05.000+09:00');
  });

  it('unions arrays in first-seen order, list first', () => {
    const merged = mergePosting(list, detail);
    expect(merged.stackTags).toEqual(['Java', 'Spring', 'Kotlin']);
    expect(merged.locations).toEqual(['서울 강남구', '서울 강남구 테헤란로 152']);
  });

  it('merges nested objects field by field', () => {
    const merged = mergePosting(list, detail);
    expect(merged.career).toEqual({ text: '경력 3~5년', min: 3, max: 5, newcomer: false });
    expect(merged.sections).toEqual({ intro: '목록 소개', requirements: 'Java 3년 이상' });
  });

  it('keeps identity from the list and both payloads untouched', () => {
    const merged = mergePosting(list, { ...detail, sourceId: 'other' });
    expect(merged.sourceId).toBe('51234');
    expect(merged.payload).toEqual({
      list: { id: 51234, from: 'list' },
      detail: { id: 51234, from: 'detail' },
    });
  });

  it('never loses a list value the detail lacks (property)', () => {
    const text = fc.option(fc.string(), { nil: undefined });
    fc.assert(
      fc.property(text, text, fc.array(fc.string()), fc.array(fc.string()), (a, b, xs, ys) => {
        const merged = mergePosting(
          base({ deadline: a, stackTags: xs }),
          base({ deadline: b, stackTags: ys }),
        );
        if (b !== undefined && b !== '') expect(merged.deadline).toBe(b);
        else if (a !== undefined && a !== '') expect(merged.deadline).toBe(a);
        for (const x of [...xs, ...ys]) expect(merged.stackTags).toContain(x);
        expect(new Set(merged.stackTags).size).toBe(merged.stackTags?.length);
      }),
    );
  });

  it('dedupes object array items by value', () => {
    expect(mergeValue([{ a: 1, b: 2 }], [{ b: 2, a: 1 }, { a: 3 }])).toEqual([{ a: 1, b: 2 }, { a: 3 }]);
  });
});
