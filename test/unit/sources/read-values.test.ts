import { describe, expect, it } from 'vitest';
import {
  isRecord,
  readDecodedText,
  readId,
  readNumber,
  readText,
  valueAt,
} from '../../../src/sources/_read-values.js';

describe('value readers', () => {
  it.each([
    ['  서울  강남구 ', '서울 강남구'],
    ['판교\u00a0\u3000테크노밸리', '판교 테크노밸리'],
    ['   ', undefined],
    [42, undefined],
  ])('readText(%j) → %j', (value, expected) => {
    expect(readText(value)).toBe(expected);
  });

  it.each([
    ['R&amp;D 센터 &middot; 판교', 'R&D 센터 · 판교'],
    ['서울 &gt; 강남구', '서울 > 강남구'],
    ['백엔드 개발자', '백엔드 개발자'],
    ['&nbsp;', undefined],
  ])('readDecodedText(%j) → %j', (value, expected) => {
    expect(readDecodedText(value)).toBe(expected);
  });

  it.each([
    ['37.5', 37.5],
    [3, 3],
    [' ', undefined],
    ['3년', undefined],
    [Number.NaN, undefined],
  ])('readNumber(%j) → %j', (value, expected) => {
    expect(readNumber(value)).toBe(expected);
  });

  it.each([
    [54917021, '54917021'],
    [' 51234 ', '51234'],
    [1.5, undefined],
    [null, undefined],
  ])('readId(%j) → %j', (value, expected) => {
    expect(readId(value)).toBe(expected);
  });

  it('reads nested values and tells plain objects apart', () => {
    expect(valueAt({ a: [{ b: '카카오' }] }, ['a', 0, 'b'])).toBe('카카오');
    expect(valueAt({ a: null }, ['a', 'b'])).toBeUndefined();
    expect([isRecord({}), isRecord([]), isRecord(null)]).toEqual([true, false, false]);
  });
});
