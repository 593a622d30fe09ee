import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, isLatLng } from '../../../src/geo/distance.js';
import { haversineKm } from '../../../src/geo/index.js';

const SEOUL_CITY_HALL = { lat: 37.5663, lng: 126.9779 };
const BUSAN_CITY_HALL = { lat: 35.1798, lng: 129.075 };
const GANGNAM_STATION = { lat: 37.4979, lng: 127.0276 };

describe('haversineKm', () => {
  it('measures 서울시청 ↔ 부산시청 at about 325 km', () => {
    expect(haversineKm(SEOUL_CITY_HALL, BUSAN_CITY_HALL)).toBeGreaterThan(320);
    expect(haversineKm(SEOUL_CITY_HALL, BUSAN_CITY_HALL)).toBeLessThan(330);
  });

  it('measures 서울시청 ↔ 강남역 at about 9 km', () => {
    expect(haversineKm(SEOUL_CITY_HALL, GANGNAM_STATION)).toBeCloseTo(9.1, 0);
  });

  it('is symmetric and zero for the same point', () => {
    expect(haversineKm(SEOUL_CITY_HALL, BUSAN_CITY_HALL)).toBe(haversineKm(BUSAN_CITY_HALL, SEOUL_CITY_HALL));
    expect(haversineKm(SEOUL_CITY_HALL, SEOUL_CITY_HALL)).toBe(0);
  });

  it('gives one degree of latitude as R·π/180 and half the globe for antipodes', () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(
      (EARTH_RADIUS_KM * Math.PI) / 180,
      9,
    );
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(EARTH_RADIUS_KM * Math.PI, 6);
  });

  it('returns NaN for invalid input and never throws', () => {
    const bad: unknown[] = [
      null,
      undefined,
      {},
      { lat: Number.NaN, lng: 127 },
      { lat: 37, lng: Number.POSITIVE_INFINITY },
      { lat: 91, lng: 127 },
      { lat: 37, lng: 181 },
      { lat: '37.5', lng: '127' },
    ];
    for (const b of bad) {
      expect(haversineKm(SEOUL_CITY_HALL, b as never)).toBeNaN();
      expect(haversineKm(b as never, SEOUL_CITY_HALL)).toBeNaN();
      expect(isLatLng(b)).toBe(false);
    }
  });
});
