// Great-circle distance on a spherical Earth. Pure: no I/O, never throws. The sphere is off from the
// WGS84 ellipsoid by at most ~0.5%, far below what a commute estimate or a branch tolerance can notice.

/** A WGS84 position in decimal degrees; a `GeoPoint` fits as is. */
export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

/**
 * Mean Earth radius in km (IUGG R1 = (2a + b) / 3), the radius that minimises the average error of
 * the spherical model over all distances.
 */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * True when `p` is a usable position: finite numbers, latitude within ±90°, longitude within ±180°.
 *
 * @example isLatLng({ lat: 37.5663, lng: 126.9779 }) // true (서울시청)
 */
export function isLatLng(p: unknown): p is LatLng {
  if (typeof p !== 'object' || p === null) return false;
  const { lat, lng } = p as { lat?: unknown; lng?: unknown };
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  );
}

/**
 * Great-circle (haversine) distance in km between two points, on a sphere of radius
 * {@link EARTH_RADIUS_KM}. Returns NaN — never throws — when either point is missing or invalid
 * (non-finite, latitude beyond ±90°, longitude beyond ±180°).
 *
 * @example
 * // 서울시청 ↔ 부산시청
 * haversineKm({ lat: 37.5663, lng: 126.9779 }, { lat: 35.1798, lng: 129.075 }) // ≈ 325
 */
export function haversineKm(a: LatLng | null | undefined, b: LatLng | null | undefined): number {
  if (!isLatLng(a) || !isLatLng(b)) return Number.NaN;
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodal points; asin would then return NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}
