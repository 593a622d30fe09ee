import { describe, expect, it } from 'vitest';
import { gazetteerGeocoder, gazetteerLookup, parseAddress } from '../../../src/geo/index.js';
import { findEupmyeondong, getSigungu } from '../../../src/geo/regions/regions.js';
import { GeoPoint } from '../../../src/model/posting.js';

/** Great-circle distance in km. */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// Reference points (WGS84) of well-known places, to check that centroids land in the right area.
const cases: {
  input: string;
  near: { lat: number; lng: number };
  withinKm: number;
  precision: GeoPoint['precision'];
  codePrefix: string;
}[] = [
  // 역삼동 (강남파이낸스센터 is at 37.5000,127.0365)
  {
    input: '서울특별시 강남구 테헤란로 152 (역삼동)',
    near: { lat: 37.5, lng: 127.04 },
    withinKm: 2,
    precision: 'eupmyeondong',
    codePrefix: '116806',
  },
  {
    input: '서울특별시 강남구 테헤란로 152, 33층 (역삼동, 강남파이낸스센터)',
    near: { lat: 37.5, lng: 127.04 },
    withinKm: 2,
    precision: 'eupmyeondong',
    codePrefix: '116806',
  },
  {
    input: '서울 강남구 역삼동',
    near: { lat: 37.5, lng: 127.04 },
    withinKm: 2,
    precision: 'eupmyeondong',
    codePrefix: '116806',
  },
  // 분당구 (판교역 is at 37.3948,127.1112)
  {
    input: '경기 성남시 분당구 판교역로 235',
    near: { lat: 37.3948, lng: 127.1112 },
    withinKm: 6,
    precision: 'sigungu',
    codePrefix: '41135',
  },
  // 해운대구 (센텀시티 35.169,129.13)
  {
    input: '부산 해운대구 센텀중앙로 97, A동 1203호',
    near: { lat: 35.169, lng: 129.13 },
    withinKm: 6,
    precision: 'sigungu',
    codePrefix: '26350',
  },
  // 제주시 (제주첨단과학기술단지 33.45,126.57)
  {
    input: '제주 제주시 첨단로 242',
    near: { lat: 33.45, lng: 126.57 },
    withinKm: 15,
    precision: 'sigungu',
    codePrefix: '50110',
  },
  // 세종 (정부세종청사 36.504,127.265): the city is one 시군구-sized area
  {
    input: '세종 한누리대로 2130',
    near: { lat: 36.504, lng: 127.265 },
    withinKm: 10,
    precision: 'sigungu',
    codePrefix: '36110',
  },
  {
    input: '세종특별자치시 조치원읍',
    near: { lat: 36.6, lng: 127.29 },
    withinKm: 4,
    precision: 'eupmyeondong',
    codePrefix: '36110',
  },
  // 광산구 under the 2026 전남광주통합특별시 code (12)
  {
    input: '광주 광산구 하남산단6번로 107',
    near: { lat: 35.19, lng: 126.8 },
    withinKm: 10,
    precision: 'sigungu',
    codePrefix: '12',
  },
  // A 법정동 in the parentheses of a 일반구 address
  {
    input: '경기 수원시 영통구 (매탄동)',
    near: { lat: 37.265, lng: 127.045 },
    withinKm: 3,
    precision: 'eupmyeondong',
    codePrefix: '41117',
  },
  // 인천 중구 → 영종구 (2026 reform), 운서동 named in parentheses
  {
    input: '인천광역시 중구 공항로 272 (운서동)',
    near: { lat: 37.49, lng: 126.49 },
    withinKm: 8,
    precision: 'eupmyeondong',
    codePrefix: '28',
  },
  { input: '서울', near: { lat: 37.55, lng: 126.99 }, withinKm: 5, precision: 'sido', codePrefix: '11' },
];

describe('gazetteerGeocoder', () => {
  const geo = gazetteerGeocoder();

  it.each(cases)('places $input', async ({ input, near, withinKm, precision, codePrefix }) => {
    const point = await geo.geocode(input);
    expect(point).not.toBeNull();
    expect(GeoPoint.safeParse(point).success).toBe(true);
    expect(point?.provider).toBe('gazetteer');
    expect(point?.precision).toBe(precision);
    expect(point?.code).toMatch(/^\d{10}$/);
    expect(point?.code?.startsWith(codePrefix)).toBe(true);
    expect(km(point!, near)).toBeLessThan(withinKm);
  });

  it('uses the 읍면동 centroid the region table has for a 법정동 name', async () => {
    const point = await geo.geocode('서울특별시 강남구 테헤란로 152 (역삼동)');
    const emd = findEupmyeondong('역삼동', '11680');
    expect(point).toMatchObject({ lat: emd?.lat, lng: emd?.lng, code: emd?.code });
  });

  it('falls back to the 시군구 code padded to 10 digits', async () => {
    const point = await geo.geocode('경기 성남시 분당구 판교역로 235');
    const sgg = getSigungu('41135');
    expect(point).toEqual({
      lat: sgg?.lat,
      lng: sgg?.lng,
      precision: 'sigungu',
      provider: 'gazetteer',
      code: '4113500000',
    });
  });

  it('answers null for text with no place, never throwing', async () => {
    for (const input of ['asdf', '', '전면 재택', '해외', '중구', '!!!', '\u0000', ' '.repeat(50)]) {
      await expect(geo.geocode(input)).resolves.toBeNull();
    }
    // Hostile inputs a JavaScript caller could pass.
    for (const input of [null, undefined, 42, {}, { sido: 7, query: 3 }, []] as unknown[]) {
      await expect(geo.geocode(input as string)).resolves.toBeNull();
    }
  });

  it('accepts an Address and ignores a 시군구 that belongs to another 시도', async () => {
    const point = await geo.geocode({ sido: '서울특별시', sigungu: '분당구', query: '서울특별시 분당구' });
    expect(point).toMatchObject({ precision: 'sido', code: '1100000000' });
  });

  it('refuses to guess a 시군구 name shared by several 시도 without a 시도', () => {
    expect(gazetteerLookup({ sido: '', sigungu: '중구', query: '중구' })).toBeNull();
    expect(gazetteerLookup({ sido: '대구광역시', sigungu: '중구', query: '대구광역시 중구' })?.code).toMatch(
      /^27110/,
    );
  });

  it('memoizes per input and counts memo hits', async () => {
    const fresh = gazetteerGeocoder();
    const first = await fresh.geocode('부산 해운대구 우동');
    const second = await fresh.geocode('부산 해운대구 우동');
    expect(second).toEqual(first);
    expect(second).not.toBe(first); // copies: callers may change them
    expect(fresh.stats()).toMatchObject({ calls: {}, cacheHits: 1, cacheMisses: 1, failures: 0 });
  });

  it('keeps the memo bounded', () => {
    const small = gazetteerGeocoder({ memoSize: 2 });
    for (const input of ['서울', '부산', '대구', '서울']) small.lookup(input);
    expect(small.stats().cacheMisses).toBe(4);
  });

  it('gazetteerLookup and lookup agree with geocode', async () => {
    const input = '대전 유성구 대학로 291 (구성동, 한국과학기술원)';
    const address = parseAddress(input)!;
    expect(gazetteerLookup(address)).toEqual(await geo.geocode(input));
    expect(geo.lookup(input)).toEqual(await geo.geocode(address));
  });
});
