import { describe, expect, it } from 'vitest';
import { classifyLocation } from '../../../../src/geo/index.js';
import type { LocationKind } from '../../../../src/model/posting.js';

describe('classifyLocation', () => {
  it.each<[string, LocationKind]>([
    ['서울특별시 강남구 테헤란로 152, 33층', 'address'],
    ['강남구 신사동 524-36 루에랑 사옥', 'address'],
    ['서울 강남구', 'region'],
    ['서울 전지역', 'region'],
    ['서울 > 강남구', 'region'],
    ['경기 용인시 처인구, 수원시 영통구', 'multi'],
    ['대구 달서구 외', 'multi'],
    ['서울 마포구 외 14', 'multi'],
    ['서울 강남구 외 2곳', 'multi'],
    ['판교 등 3곳', 'unknown'],
    ['서울 강남구 / 재택', 'multi'],
    ['재택', 'remote'],
    ['전면 재택', 'remote'],
    ['원격', 'remote'],
    ['Remote', 'remote'],
    ['100% remote (anywhere)', 'remote'],
    ['전국', 'nationwide'],
    ['해외', 'overseas'],
    ['미국 캘리포니아', 'overseas'],
    ['Singapore', 'overseas'],
    ['', 'unknown'],
    ['협의', 'unknown'],
    // Several 시도 have a 중구: the candidates are kept, no 시도 is chosen.
    ['중구', 'ambiguous'],
  ])('%j → %s', (raw, kind) => {
    expect(classifyLocation(raw)).toBe(kind);
  });
});
