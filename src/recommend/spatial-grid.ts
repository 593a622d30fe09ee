// A grid of points in cells of about 5 km, so that a query with a commute limit finds the points within
// reach without measuring the distance to every posting. Pure.
import { haversineKm, type LatLng } from '../geo/distance.js';

/** Cell height in degrees of latitude (≈ 5.6 km). */
const CELL_LAT = 0.05;
/** Cell width in degrees of longitude (≈ 5.5 km at 37°N). */
const CELL_LNG = 0.0625;
const KM_PER_DEG_LAT = 111.2;

/** Points bucketed by cell; answers which points lie within a radius. */
export class SpatialGrid {
  readonly #points: readonly LatLng[];
  readonly #cells = new Map<number, number[]>();

  constructor(points: readonly LatLng[]) {
    this.#points = points;
    points.forEach((p, i) => {
      const key = cellKey(Math.floor(p.lat / CELL_LAT), Math.floor(p.lng / CELL_LNG));
      const cell = this.#cells.get(key);
      if (cell) cell.push(i);
      else this.#cells.set(key, [i]);
    });
  }

  /**
   * Marks in `out` (one byte per point) the points within `km` of `center`, great-circle distance;
   * only the cells of the bounding box are visited.
   */
  markWithin(center: LatLng, km: number, out: Uint8Array): void {
    out.fill(0);
    const dLat = km / KM_PER_DEG_LAT;
    const cos = Math.max(0.01, Math.cos((Math.min(89, Math.abs(center.lat) + dLat) * Math.PI) / 180));
    const dLng = Math.min(180, dLat / cos);
    const r0 = Math.floor((center.lat - dLat) / CELL_LAT);
    const r1 = Math.floor((center.lat + dLat) / CELL_LAT);
    const c0 = Math.floor((center.lng - dLng) / CELL_LNG);
    const c1 = Math.floor((center.lng + dLng) / CELL_LNG);
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > this.#cells.size) {
      // A radius wider than the data: measuring every point is cheaper than visiting empty cells.
      this.#points.forEach((p, i) => {
        if (haversineKm(center, p) <= km) out[i] = 1;
      });
      return;
    }
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        for (const i of this.#cells.get(cellKey(r, c)) ?? []) {
          if (haversineKm(center, this.#points[i]!) <= km) out[i] = 1;
        }
      }
    }
  }
}

// Rows and columns fit in ±2^20 for any valid point; the key stays an exact double.
const cellKey = (row: number, col: number): number => (row + 1_048_576) * 2_097_152 + (col + 1_048_576);
