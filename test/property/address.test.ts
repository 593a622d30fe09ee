import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLocation, parseAddress, parseAddresses } from '../../src/geo/index.js';
import { Address, LocationKind } from '../../src/model/posting.js';

// Address-like fragments, so that generated strings often reach the deep parsing paths.
const fragment = fc.constantFrom(
  '서울',
  '서울특별시',
  '경기',
  '광주',
  '광주시',
  '인천',
  '세종',
  '중구',
  '강남구',
  '성남시',
  '분당구',
  '역삼동',
  '테헤란로',
  '테헤란로152',
  '반포대로21길17',
  '1길',
  '지하',
  '산',
  '152',
  '524-36',
  '번지',
  '33층',
  'B1',
  '(',
  ')',
  '[',
  ']',
  '(역삼동, 강남파이낸스센터)',
  '(06236)',
  ',',
  '/',
  '·',
  '>',
  '&gt;',
  '외',
  '등 3곳',
  '재택',
  '전국',
  '해외',
  '대한민국',
  'Korea',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\u200B',
  '　',
  'ｱ',
  '😀',
);

const addressLike = fc.array(fragment, { maxLength: 16 }).map((parts) => parts.join(' '));
const anything = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  addressLike,
  fc
    .tuple(addressLike, fc.string({ unit: 'binary', maxLength: 20 }), addressLike)
    .map(([a, b, c]) => a + b + c),
);

function checkAddress(a: Address): void {
  expect(Address.safeParse(a).success).toBe(true);
  // The query is what a geocoder sees: never a parenthesis, a detail, or stray spaces.
  expect(a.query).not.toMatch(/[()[\]{}]/);
  expect(a.query).toBe(a.query.trim());
  expect(a.query).not.toMatch(/\s{2,}/);
  expect(a.query.startsWith(a.sido)).toBe(true);
  if (a.road) expect(a.road).not.toMatch(/\s/);
  if (a.buildingNo) expect(a.buildingNo).toMatch(/^\d+(-\d+)?$/);
}

describe('parseAddress on arbitrary input', () => {
  it('never throws and returns null or a valid Address', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const one = parseAddress(raw);
        if (one !== null) checkAddress(one);
        const all = parseAddresses(raw);
        for (const a of all) checkAddress(a);
        expect(one).toStrictEqual(all[0] ?? null);
        expect(LocationKind.safeParse(classifyLocation(raw)).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives huge input and control characters', () => {
    const huge = `서울 강남구 테헤란로 152 ${'(가'.repeat(200_000)}`;
    expect(() => parseAddress(huge)).not.toThrow();
    expect(parseAddress('\u0000\u0001서울\u0007 강남구\u001F')?.query).toBe('서울특별시 강남구');
    expect(parseAddress('서울 강남구 \uD800 테헤란로 152')?.query).toBe('서울특별시 강남구 테헤란로 152');
    expect(() => parseAddress('('.repeat(5000))).not.toThrow();
  });

  it('keeps the parenthesised notes out of the query', () => {
    fc.assert(
      fc.property(addressLike, fc.string({ maxLength: 30 }), (base, note) => {
        const a = parseAddress(`서울 강남구 테헤란로 152 ${base} (${note})`);
        expect(a).not.toBeNull();
        if (a) checkAddress(a);
        // Everything after the building number, notes included, is detail; the query never changes.
        expect(a?.query).toBe('서울특별시 강남구 테헤란로 152');
      }),
      { numRuns: 1000 },
    );
  });
});
