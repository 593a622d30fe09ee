import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cachedGeocoder,
  fallbackGeocoder,
  type Geocoder,
  gazetteerGeocoder,
  gazetteerLookup,
  memoryCache,
} from '../../src/geo/index.js';
import { type Address, GeoPoint } from '../../src/model/posting.js';

// Address-like fragments, so generated strings often reach the deep lookup paths.
const fragment = fc.constantFrom(
  '서울',
  '서울특별시',
  '경기',
  '광주',
  '광주시',
  '광산구',
  '세종',
  '조치원읍',
  '제주',
  '제주시',
  '중구',
  '강남구',
  '성남시',
  '분당구',
  '성남시 분당구',
  '역삼동',
  '역삼1동',
  '정자동',
  '종로1가',
  '테헤란로',
  '152',
  '(역삼동, 강남파이낸스센터)',
  '(',
  ')',
  '(운서동)',
  ',',
  '·',
  '전면 재택',
  '\u0000',
  '\uD800',
  '😀',
);
const addressLike = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '));
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), addressLike);
const field = fc.oneof(text, fc.constant(undefined), fc.anything());

/** Address-shaped objects, some well-formed, some with wrong types in every field. */
const addressObject = fc
  .record({
    sido: field,
    sigungu: field,
    eupmyeondong: field,
    detail: field,
    query: field,
  })
  .map((record) => record as unknown as Address);

const input = fc.oneof(
  text,
  addressObject,
  fc.anything().map((v) => v as unknown as string),
);

function checkResult(point: unknown): void {
  if (point === null) return;
  expect(GeoPoint.safeParse(point).success).toBe(true);
  const p = point as GeoPoint;
  expect(Number.isFinite(p.lat) && Number.isFinite(p.lng)).toBe(true);
  // Every point is inside Korea's bounding box.
  expect(p.lat).toBeGreaterThan(33);
  expect(p.lat).toBeLessThan(39);
  expect(p.lng).toBeGreaterThan(124);
  expect(p.lng).toBeLessThan(132);
  expect(p.code).toMatch(/^\d{10}$/);
}

describe('geocoders on arbitrary and hostile input', () => {
  it('gazetteer: null or a valid GeoPoint, never throws', async () => {
    const geo = gazetteerGeocoder({ memoSize: 64 });
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        checkResult(await geo.geocode(value));
        checkResult(geo.lookup(value));
        if (typeof value === 'object') checkResult(gazetteerLookup(value as Address));
      }),
      { numRuns: 500 },
    );
  });

  it('cached gazetteer: null or a valid GeoPoint, never throws, same answer twice', async () => {
    const geo = cachedGeocoder(gazetteerGeocoder(), memoryCache({ maxEntries: 100 }));
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const first = await geo.geocode(value);
        checkResult(first);
        expect(await geo.geocode(value)).toEqual(first);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        checkResult(await geo.geocode(value));
      }),
      { numRuns: 300 },
    );
  });

  it('fallback of a null geocoder and the cached gazetteer: null or a valid GeoPoint', async () => {
    const nothing: Geocoder = { name: 'nothing', geocode: async () => null };
    const geo = fallbackGeocoder([nothing, cachedGeocoder(gazetteerGeocoder(), memoryCache())]);
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        checkResult(await geo.geocode(value));
      }),
      { numRuns: 300 },
    );
  });
});
