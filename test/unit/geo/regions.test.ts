import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegionsModule, REGIONS_OUTPUT, REGIONS_SOURCE } from '../../../scripts/gen-regions.js';
import {
  findEupmyeondong,
  findSido,
  findSigungu,
  getSido,
  getSigungu,
  listEupmyeondong,
  listSido,
  listSigungu,
} from '../../../src/geo/regions/regions.js';

const root = resolve(import.meta.dirname, '../../..');
const source = resolve(root, REGIONS_SOURCE);

/** Great-circle distance in km, enough to check a centroid. */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('generated region data', () => {
  const hasSource = existsSync(source);
  if (!hasSource) console.warn(`[regions.test] ${REGIONS_SOURCE} is absent: skipping the staleness check`);
  it.skipIf(!hasSource)('is not stale (regenerate with `npx tsx scripts/gen-regions.ts`)', () => {
    const expected = buildRegionsModule(readFileSync(source, 'utf8'));
    const committed = readFileSync(resolve(root, REGIONS_OUTPUT), 'utf8');
    expect(committed === expected, 'src/geo/regions/_regions.gen.ts differs from the generator output').toBe(
      true,
    );
  });

  it('stays small enough to ship (< 250 KB)', () => {
    expect(readFileSync(resolve(root, REGIONS_OUTPUT)).byteLength).toBeLessThan(250_000);
  });
});

describe('시도', () => {
  it('has 16 시도 after 2026-07-01, with no legacy code', () => {
    const codes = listSido().map((s) => s.code);
    expect(codes).toHaveLength(16);
    for (const legacy of ['29', '42', '45', '46', '49']) expect(codes).not.toContain(legacy);
  });

  it.each([
    ['서울', '서울특별시'],
    ['서울시', '서울특별시'],
    ['서울특별시', '서울특별시'],
    ['경기', '경기도'],
    ['강원', '강원특별자치도'],
    ['강원도', '강원특별자치도'],
    ['전라북도', '전북특별자치도'],
    ['전북', '전북특별자치도'],
    ['광주광역시', '전남광주통합특별시'],
    ['전남', '전남광주통합특별시'],
    ['전라남도', '전남광주통합특별시'],
    ['제주도', '제주특별자치도'],
    ['세종시', '세종특별자치시'],
  ])('findSido(%s) → %s', (token, name) => {
    expect(findSido(token)?.name).toBe(name);
  });

  it.each([['광주'], ['광주시'], ['제주시'], ['강남']])(
    'findSido(%s) is undefined (ambiguous or not a 시도)',
    (token) => {
      expect(findSido(token)).toBeUndefined();
    },
  );
});

describe('시군구', () => {
  it('has a sane number of codes (about 265–270 five-digit codes with 일반구)', () => {
    const n = listSigungu().length;
    expect(n).toBeGreaterThan(255);
    expect(n).toBeLessThan(285);
    expect(listSigungu('11')).toHaveLength(25);
  });

  it.each([
    // Incheon's 중구/동구/서구 are gone since 2026-07-01; 포항시 남구/북구 count by their gu name.
    ['중구', 5],
    ['동구', 5],
    ['서구', 4],
    ['남구', 5],
    ['강서구', 2],
    ['고성군', 2],
  ])('%s names %i 시군구', (name, count) => {
    expect(findSigungu(name)).toHaveLength(count);
  });

  it('finds 일반구 by pair, glued pair, gu alone and city', () => {
    expect(findSigungu('성남시 분당구')[0]?.code).toBe('41135');
    expect(findSigungu('성남시분당구')[0]?.code).toBe('41135');
    expect(findSigungu('분당구')[0]?.name).toBe('성남시 분당구');
    expect(findSigungu('성남시')[0]?.code).toBe('41130');
    expect(findSigungu('중구', '11')[0]?.code).toBe('11140');
    expect(findSigungu('없는구')).toHaveLength(0);
  });

  it.each([
    ['12110', '목포시', '12'],
    ['27720', '군위군', '27'],
    ['51110', '춘천시', '51'],
    ['52111', '전주시 완산구', '52'],
    ['41192', '부천시 원미구', '41'],
    ['41194', '부천시 소사구', '41'],
    ['41196', '부천시 오정구', '41'],
    ['41591', '화성시 만세구', '41'],
    ['41597', '화성시 동탄구', '41'],
    ['28125', '제물포구', '28'],
    ['28155', '영종구', '28'],
    ['28275', '서해구', '28'],
    ['28290', '검단구', '28'],
  ])('patched code %s is %s', (code, name, sido) => {
    const rec = getSigungu(code);
    expect(rec?.name).toBe(name);
    expect(rec?.sidoCode).toBe(sido);
    expect(getSido(sido)).toBeDefined();
  });

  it.each([['28110'], ['28140'], ['28260'], ['46110'], ['45111'], ['47720'], ['42110'], ['28170']])(
    'retired code %s is gone',
    (code) => {
      expect(getSigungu(code)).toBeUndefined();
    },
  );
});

describe('centroids', () => {
  it.each([
    ['11110', { lat: 37.57, lng: 126.98 }, 5], // 서울특별시 종로구
    ['11680', { lat: 37.5, lng: 127.05 }, 5], // 서울특별시 강남구
    ['26350', { lat: 35.17, lng: 129.16 }, 8], // 부산광역시 해운대구
    ['12110', { lat: 34.8, lng: 126.4 }, 8], // 목포시
    ['50110', { lat: 33.5, lng: 126.53 }, 15], // 제주시
  ])('%s is near the expected point', (code, point, maxKm) => {
    const rec = getSigungu(code);
    expect(rec).toBeDefined();
    expect(km(rec!, point)).toBeLessThan(maxKm);
  });

  it('places every record inside Korea', () => {
    for (const s of listSigungu()) {
      expect(s.lat, s.name).toBeGreaterThan(33);
      expect(s.lat, s.name).toBeLessThan(38.7);
      expect(s.lng, s.name).toBeGreaterThan(124.5);
      expect(s.lng, s.name).toBeLessThan(131);
    }
  });
});

describe('읍면동', () => {
  it('has a sane number overall (행정동, historical names included)', () => {
    const total = listSigungu().reduce((n, s) => n + listEupmyeondong(s.code).length, 0);
    expect(total).toBeGreaterThan(3500);
    expect(total).toBeLessThan(5000);
  });

  it('finds exact and 법정동-style names, and through a city with 일반구', () => {
    expect(findEupmyeondong('정자1동', '41135')?.sigunguCode).toBe('41135');
    expect(findEupmyeondong('역삼동', '11680')?.name).toMatch(/^역삼\d동$/);
    expect(findEupmyeondong('정자1동', '41130')?.sigunguCode).toBe('41135');
    expect(findEupmyeondong('없는동', '11680')).toBeUndefined();
  });

  it.each([
    ['운서동', '28155'],
    ['영종동', '28155'],
    ['신포동', '28125'],
    ['송림1동', '28125'],
    ['청라1동', '28275'],
    ['마전동', '28290'],
    ['동탄1동', '41597'],
    ['봉담읍', '41593'],
    ['향남읍', '41591'],
    ['진안동', '41595'],
  ])('%s lies in the new 구 %s', (name, code) => {
    expect(findEupmyeondong(name, code)?.code.slice(0, 5)).toBe(code);
  });

  it('keeps 세종 읍면동 under the pseudo 시군구 36110', () => {
    expect(findEupmyeondong('조치원읍', '36110')).toBeDefined();
  });
});
