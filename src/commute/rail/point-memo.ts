// A memo keyed by a point's coordinates rounded to 1e-5° (about a metre), as an open-addressing hash
// table over two integer keys: a lookup per destination costs a few array reads, where nested Maps
// cost two hashed lookups. One-to-many callers ask it once per posting.

import type { LatLng } from '../../geo/distance.js';

/** A point's latitude and longitude in 1e-5° steps: small integers. */
export const latKey = (p: LatLng): number => Math.round(p.lat * 1e5);
export const lngKey = (p: LatLng): number => Math.round(p.lng * 1e5);

/** Values memoized by point; forgets everything once `limit` points are held. */
export interface PointMemo<T> {
  get(p: LatLng): T | undefined;
  set(p: LatLng, value: T): void;
  readonly size: number;
}

const EMPTY = -1;

/**
 * Creates a {@link PointMemo} holding up to `limit` points.
 *
 * @example
 * const memo = pointMemo<string>(1000);
 * memo.set({ lat: 37.4979, lng: 127.0276 }, '강남');
 * memo.get({ lat: 37.497_901, lng: 127.0276 }); // '강남' (same metre)
 */
export function pointMemo<T>(limit: number): PointMemo<T> {
  let capacity = 1024;
  let lats = new Int32Array(capacity);
  let lngs = new Int32Array(capacity);
  let slots = new Int32Array(capacity).fill(EMPTY);
  let values: T[] = [];

  // Latitude keys stay within ±9e6 and longitude keys within ±1.8e7: both fit an Int32Array.
  const slotOf = (lat: number, lng: number): number => {
    const mask = capacity - 1;
    let i = (Math.imul(lat, 0x9e3779b1) ^ Math.imul(lng, 0x85ebca6b)) & mask;
    while (slots[i] !== EMPTY && (lats[i] !== lat || lngs[i] !== lng)) i = (i + 1) & mask;
    return i;
  };
  const grow = (): void => {
    const old = { lats, lngs, slots };
    capacity *= 2;
    lats = new Int32Array(capacity);
    lngs = new Int32Array(capacity);
    slots = new Int32Array(capacity).fill(EMPTY);
    for (let i = 0; i < old.slots.length; i++) {
      if (old.slots[i] === EMPTY) continue;
      const j = slotOf(old.lats[i]!, old.lngs[i]!);
      lats[j] = old.lats[i]!;
      lngs[j] = old.lngs[i]!;
      slots[j] = old.slots[i]!;
    }
  };
  return {
    get(p) {
      const slot = slots[slotOf(latKey(p), lngKey(p))]!;
      return slot === EMPTY ? undefined : values[slot];
    },
    set(p, value) {
      if (values.length >= limit) {
        slots.fill(EMPTY);
        values = [];
      }
      const lat = latKey(p);
      const lng = lngKey(p);
      const i = slotOf(lat, lng);
      if (slots[i] !== EMPTY) {
        values[slots[i]!] = value;
        return;
      }
      lats[i] = lat;
      lngs[i] = lng;
      slots[i] = values.push(value) - 1;
      // Kept at most half full, so that probes stay short.
      if (2 * values.length > capacity) grow();
    },
    get size() {
      return values.length;
    },
  };
}
