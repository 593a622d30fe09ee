import { describe, expect, it } from 'vitest';
import { splitTexts, uniqueTexts } from '../../../src/sources/_text-lists.js';

describe('text lists', () => {
  it('keeps each text once, in first-seen order, without blanks', () => {
    expect(uniqueTexts(['서울 강남구', undefined, ' 서울 강남구 ', '', '경기 성남시'])).toEqual([
      '서울 강남구',
      '경기 성남시',
    ]);
  });

  it('splits separated lists, decoding entities, item by item for arrays', () => {
    expect(splitTexts('Java,Spring, Java')).toEqual(['Java', 'Spring']);
    expect(splitTexts(['React, TypeScript', 'R&amp;D'], ',')).toEqual(['React', 'TypeScript', 'R&D']);
    expect(splitTexts('서울 강남구 / 경기 성남시', '/')).toEqual(['서울 강남구', '경기 성남시']);
    expect(splitTexts(undefined)).toEqual([]);
  });
});
