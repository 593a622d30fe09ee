// Is a point in the Seoul capital area (서울·인천·경기, 수도권)? A coarse hand-drawn polygon is enough:
// the answer only picks speed constants of the commute model, so a few km of error at the border
// moves an estimate by minutes, not hours. A lat/lng box would not do — it would swallow 춘천 and 천안.
import { isLatLng, type LatLng } from '../geo/distance.js';

/**
 * Outline of 서울·인천·경기 as [lng, lat] vertices, clockwise from west of 강화도. It follows the
 * 경기 border with 강원 (keeps 가평·양평·여주, leaves out 춘천·홍천·원주), with 충북/충남 (keeps
 * 안성·평택, leaves out 진천·천안·아산·당진) and takes in 인천's near islands (영종, 덕적) but not
 * 백령·연평, which no one commutes from.
 */
const CAPITAL_AREA: readonly (readonly [number, number])[] = [
  [126.05, 37.8],
  [126.65, 37.82],
  [126.9, 38.0],
  [127.1, 38.3],
  [127.3, 38.1],
  [127.55, 38.0],
  [127.7, 37.75],
  [127.8, 37.55],
  [127.75, 37.2],
  [127.55, 37.05],
  [127.4, 36.9],
  [127.05, 36.9],
  [126.8, 36.95],
  [126.55, 37.05],
  [126.0, 37.2],
];

/**
 * True when `p` lies in the Seoul capital area (서울·인천·경기), by a point-in-polygon test on a coarse
 * outline; false for invalid points.
 *
 * @example isCapitalArea({ lat: 37.2792, lng: 127.4425 }) // true (이천)
 * @example isCapitalArea({ lat: 37.8813, lng: 127.7298 }) // false (춘천)
 */
export function isCapitalArea(p: LatLng | null | undefined): boolean {
  if (!isLatLng(p)) return false;
  // Most points asked about lie in the built-up core, a box well inside the outline (인천 to 하남,
  // 수원 to 의정부): answer those without the polygon test.
  if (p.lat > 37.2 && p.lat < 37.75 && p.lng > 126.6 && p.lng < 127.3) return true;
  // Ray casting: count the edges a ray going east from p crosses.
  let inside = false;
  for (let i = 0, j = CAPITAL_AREA.length - 1; i < CAPITAL_AREA.length; j = i++) {
    const [xi, yi] = CAPITAL_AREA[i]!;
    const [xj, yj] = CAPITAL_AREA[j]!;
    if (yi > p.lat !== yj > p.lat && p.lng < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
