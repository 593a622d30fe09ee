import { describe, expect, it } from 'vitest';
import {
  commuteIntensity,
  commuteLabel,
  DEFAULT_COMMUTE_MODEL,
  estimateCommute,
  isCapitalArea,
  offlineCommuteEstimator,
  rankByCommute,
  straightLineCommute,
} from '../../../src/commute/index.js';

const GANGNAM = { lat: 37.4979, lng: 127.0276 };
const PANGYO = { lat: 37.3947, lng: 127.1112 };
const DAEJEON = { lat: 36.3504, lng: 127.3845 };
const DAEJEON_YUSEONG = { lat: 36.3622, lng: 127.3562 };

/** A point `km` north of `p` (1° of latitude ≈ 111.195 km on the model's sphere). */
const north = (p: { lat: number; lng: number }, km: number) => ({ lat: p.lat + km / 111.195, lng: p.lng });

describe('estimateCommute', () => {
  it('estimates 강남역 → 판교역 by transit in the capital area, over the rail network', () => {
    const e = estimateCommute(GANGNAM, PANGYO)!;
    expect(e).toMatchObject({ mode: 'transit', region: 'capital', estimate: true, provider: 'offline' });
    expect(e).toMatchObject({
      via: 'rail',
      route: { from: '강남', to: '판교', lines: ['신분당선'], transfers: 0 },
    });
    expect(e.km).toBeCloseTo(13.6, 0);
    expect(e.minutes).toBeGreaterThan(15);
    expect(e.minutes).toBeLessThan(35);
  });

  it('is non-decreasing in distance for driving, walking and the straight-line model', () => {
    for (const mode of ['driving', 'walking'] as const) {
      let last = -1;
      for (let km = 0; km <= 60; km += 0.1) {
        const { minutes } = estimateCommute(GANGNAM, north(GANGNAM, km), { mode, region: 'capital' })!;
        expect(minutes).toBeGreaterThanOrEqual(last);
        last = minutes;
      }
    }
    let last = -1;
    for (let km = 0; km <= 60; km += 0.1) {
      const { minutes } = straightLineCommute(GANGNAM, north(GANGNAM, km), { region: 'capital' })!;
      expect(minutes).toBeGreaterThanOrEqual(last);
      last = minutes;
    }
  });

  it('grows with distance by rail too, give or take where the stations lie', () => {
    // Rail time depends on which stations lie near each end, so it is not monotone metre by metre,
    // but a trip twice as far never comes out much quicker.
    for (let km = 2; km <= 30; km += 2) {
      const near = estimateCommute(GANGNAM, north(GANGNAM, km))!.minutes;
      const far = estimateCommute(GANGNAM, north(GANGNAM, 2 * km))!.minutes;
      expect(far).toBeGreaterThan(near - 10);
    }
  });

  it('walks below 700 m, and while walking is quicker', () => {
    const near = estimateCommute(GANGNAM, north(GANGNAM, 0.5))!;
    expect(near.mode).toBe('walking');
    expect(near.minutes).toBeCloseTo(((0.5 * 1.25) / 4.2) * 60, 1);
    // At 1 km a one-stop ride can beat the walk; whichever is chosen is never slower than walking.
    const oneKm = estimateCommute(GANGNAM, north(GANGNAM, 1))!;
    expect(oneKm.minutes).toBeLessThanOrEqual(((1 * 1.25) / 4.2) * 60 + 1e-9);
    expect(straightLineCommute(GANGNAM, north(GANGNAM, 1))!.mode).toBe('walking');
    expect(estimateCommute(GANGNAM, north(GANGNAM, 3))!.mode).toBe('transit');
    expect(estimateCommute(GANGNAM, GANGNAM)).toMatchObject({ minutes: 0, mode: 'walking', intensity: 0 });
  });

  it('infers the region: capital when both ends are in 서울·인천·경기', () => {
    expect(estimateCommute(GANGNAM, PANGYO)!.region).toBe('capital');
    expect(estimateCommute(DAEJEON, DAEJEON_YUSEONG)!.region).toBe('other');
    expect(estimateCommute(GANGNAM, DAEJEON)!.region).toBe('other');
    expect(isCapitalArea({ lat: 37.2792, lng: 127.4425 })).toBe(true); // 이천
    expect(isCapitalArea({ lat: 37.4563, lng: 126.7052 })).toBe(true); // 인천
    expect(isCapitalArea({ lat: 37.8813, lng: 127.7298 })).toBe(false); // 춘천
    expect(isCapitalArea({ lat: 36.8151, lng: 127.1139 })).toBe(false); // 천안
    expect(isCapitalArea(null)).toBe(false);
  });

  it('takes the bus speed outside the capital area', () => {
    const to = north(GANGNAM, 10);
    const capital = estimateCommute(GANGNAM, to, { region: 'capital' })!;
    const other = estimateCommute(GANGNAM, to, { region: 'other' })!;
    expect(other.minutes).toBeGreaterThan(capital.minutes);
  });

  it('drives faster than transit, and slower at peak', () => {
    const to = north(GANGNAM, 15);
    const transit = estimateCommute(GANGNAM, to)!;
    const peak = estimateCommute(GANGNAM, to, { mode: 'driving' })!;
    const offPeak = estimateCommute(GANGNAM, to, { mode: 'driving', peak: false })!;
    expect(peak.mode).toBe('driving');
    expect(peak.minutes).toBeLessThan(transit.minutes);
    expect(offPeak.minutes).toBeLessThan(peak.minutes);
    expect(peak.minutes).toBeCloseTo(5 + ((15 * 1.35) / 25) * 60, 1);
  });

  it('uses the configured constants', () => {
    const to = north(GANGNAM, 10);
    const base = straightLineCommute(GANGNAM, to)!;
    const slow = straightLineCommute(GANGNAM, to, { model: { transitKmhCapital: 13.5 } })!;
    const expectedBase = 21 + ((base.km * 1.3) / 27) * 60;
    expect(base.minutes).toBeCloseTo(expectedBase, 6);
    expect(slow.minutes - 21).toBeCloseTo((expectedBase - 21) * 2, 6);
    expect(estimateCommute(GANGNAM, north(GANGNAM, 2), { model: { walkOnlyBelowKm: 3 } })!.mode).toBe(
      'walking',
    );
    expect(DEFAULT_COMMUTE_MODEL.transitDetour).toBe(1.3);
    expect(Object.isFrozen(DEFAULT_COMMUTE_MODEL)).toBe(true);
  });

  it('keeps intensity in 0..1, monotonic, 1 from two hours on, and labels in Korean', () => {
    let last = 0;
    for (let m = 0; m <= 200; m += 1) {
      const i = commuteIntensity(m);
      expect(i).toBeGreaterThanOrEqual(last);
      expect(i).toBeLessThanOrEqual(1);
      last = i;
    }
    expect(commuteIntensity(0)).toBe(0);
    expect(commuteIntensity(60)).toBe(0.5);
    expect(commuteIntensity(120)).toBe(1);
    expect(commuteIntensity(-5)).toBe(0);
    expect(commuteIntensity(Number.NaN)).toBeNaN();
    expect(estimateCommute(GANGNAM, { lat: 35.1798, lng: 129.075 })!.intensity).toBe(1);
    expect(
      ['매우 가까움', '가까움', '보통', '멀다', '매우 멀다'].map((_, i) =>
        commuteLabel([10, 25, 45, 70, 100][i]!),
      ),
    ).toEqual(['매우 가까움', '가까움', '보통', '멀다', '매우 멀다']);
  });

  it('returns null for a missing or invalid point', () => {
    expect(estimateCommute(null, GANGNAM)).toBeNull();
    expect(estimateCommute(GANGNAM, { lat: Number.NaN, lng: 0 })).toBeNull();
  });
});

describe('offlineCommuteEstimator', () => {
  it('implements CommuteEstimator with its own model overrides', async () => {
    const estimator = offlineCommuteEstimator({ walkKmh: 3 });
    expect(estimator.name).toBe('offline');
    const e = await estimator.estimate(GANGNAM, north(GANGNAM, 10));
    expect(e!.minutes).toBeCloseTo(
      estimateCommute(GANGNAM, north(GANGNAM, 10), { model: { walkKmh: 3 } })!.minutes,
    );
    expect(e!.minutes).toBeGreaterThan(estimateCommute(GANGNAM, north(GANGNAM, 10))!.minutes);
  });
});

describe('rankByCommute', () => {
  it('sorts postings nearest first, without geo last, estimates attached', () => {
    const postings = [
      { company: '대전회사', geo: DAEJEON },
      { company: '주소없음', geo: null },
      { company: '판교회사', geo: PANGYO },
      { company: '강남회사', geo: north(GANGNAM, 0.3) },
    ];
    const ranked = rankByCommute(GANGNAM, postings);
    expect(ranked.map((r) => r.posting.company)).toEqual(['강남회사', '판교회사', '대전회사', '주소없음']);
    expect(ranked[0]!.commute!.mode).toBe('walking');
    expect(ranked[3]!.commute).toBeNull();
    expect(ranked[1]!.posting).toBe(postings[2]);
  });
});
