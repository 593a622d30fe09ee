// Where a commute answer is filed in a cache: each end rounded to a cell of about 110 m, so homes and
// offices a street apart share one routed answer (a routing API would answer them within a minute of
// each other anyway). Pure.

import { isLatLng, type LatLng } from '../geo/distance.js';

/** Cell height in degrees of latitude: 0.001° ≈ 111 m. */
const CELL_LAT_DEG = 0.001;
/** Cell width in degrees of longitude: 0.00125° ≈ 110 m at 37.5° N (Seoul), ≈ 104 m at Busan. */
const CELL_LNG_DEG = 0.00125;

/** The centre of the cell a point falls in, as 'lat,lng' with fixed decimals. */
function cellOf(p: LatLng): string {
  const lat = Math.round(p.lat / CELL_LAT_DEG) * CELL_LAT_DEG;
  const lng = Math.round(p.lng / CELL_LNG_DEG) * CELL_LNG_DEG;
  return `${lat.toFixed(3)},${lng.toFixed(5)}`;
}

/**
 * Returns the cache key of a trip: `provider:mode:peak|offpeak:fromCell>toCell`, or undefined when a
 * point is invalid. The provider comes first, so a file cache keeps each provider in its own file.
 *
 * @example commuteCacheKey('odsay', 'transit', true, { lat: 37.5496, lng: 126.9139 }, { lat: 37.4979, lng: 127.0276 })
 * // 'odsay:transit:peak:37.550,126.91375>37.498,127.02750'
 */
export function commuteCacheKey(
  provider: string,
  mode: string,
  peak: boolean,
  from: LatLng,
  to: LatLng,
): string | undefined {
  if (!isLatLng(from) || !isLatLng(to)) return undefined;
  return `${provider}:${mode}:${peak ? 'peak' : 'offpeak'}:${cellOf(from)}>${cellOf(to)}`;
}
