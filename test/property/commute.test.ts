import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commuteFrom, estimateCommute } from '../../src/commute/index.js';

/** Any coordinate, including NaN, infinities and values out of range. */
const anyCoordinate = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -90, max: 90, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 90, -180, 180, 1e308),
);
/** Points in or near the capital area, where the rail router answers. */
const capitalPoint = fc.record({
  lat: fc.double({ min: 37.0, max: 38.0, noNaN: true }),
  lng: fc.double({ min: 126.4, max: 127.6, noNaN: true }),
});
/** Anywhere on Earth, Korea weighted in (제주, 울릉도, 부산 …). */
const anyPoint = fc.oneof(
  capitalPoint,
  fc.record({
    lat: fc.double({ min: 33, max: 38.6, noNaN: true }),
    lng: fc.double({ min: 124.5, max: 132, noNaN: true }),
  }),
  fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
  fc.record({ lat: anyCoordinate, lng: anyCoordinate }),
  fc.constant(null),
);
const mode = fc.constantFrom('transit', 'driving', 'walking', undefined);

describe('estimateCommute on arbitrary points', () => {
  it('never throws; minutes finite and ≥ 0, intensity in 0..1 whenever it answers', () => {
    fc.assert(
      fc.property(anyPoint, anyPoint, mode, fc.boolean(), (from, to, m, peak) => {
        const e = estimateCommute(from, to, { mode: m, peak });
        if (e === null) return;
        expect(Number.isFinite(e.minutes)).toBe(true);
        expect(e.minutes).toBeGreaterThanOrEqual(0);
        expect(e.intensity).toBeGreaterThanOrEqual(0);
        expect(e.intensity).toBeLessThanOrEqual(1);
        expect(e.daily || e.via !== 'rail').toBe(true);
        if (e.route) expect(e.route.transfers).toBe(e.route.lines.length - 1);
      }),
      { numRuns: 400 },
    );
  });

  it('commuteFrom answers exactly like estimateCommute', () => {
    fc.assert(
      fc.property(anyPoint, fc.array(anyPoint, { maxLength: 8 }), (home, tos) => {
        const fromHome = commuteFrom(home);
        for (const to of tos) expect(fromHome(to)).toEqual(estimateCommute(home, to));
      }),
      { numRuns: 150 },
    );
  });
});
