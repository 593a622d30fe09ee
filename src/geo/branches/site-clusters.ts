// Single-linkage clustering of one company's points into sites, on a grid instead of all pairs.
// Cells are toleranceKm/2 high and wide (width set per latitude row), so every two points of a cell
// lie within ~0.71·tolerance: a cell is linked as a whole, at once. Two points within the tolerance lie
// at most two rows apart and within a computed span of columns, so only nearby cells are compared, and
// a pair of cells stops at its first linking pair. Cost: O(n log n) for the sort plus O(cells) pair
// checks, each usually decided by its first few points. Longitude does not wrap at ±180°, and rows
// nearer the poles than 89.9° are treated as at 89.9° — this is for Korea, not Antarctica.
import { haversineKm, type LatLng } from '../distance.js';

const KM_PER_DEG = 111.19508; // EARTH_RADIUS_KM · π / 180
const RAD = Math.PI / 180;
/** Smallest tolerance honoured (10 m), which also keeps cell coordinates small integers. */
const MIN_TOLERANCE_KM = 0.01;

/** Sites of a set of points: `siteOf[i]` in 0..count-1, numbered by each site's smallest (lat, lng). */
export interface SiteClusters {
  siteOf: Int32Array;
  count: number;
}

const rowCos = (row: number, h: number): number =>
  Math.cos(Math.min(89.9, Math.max(Math.abs(row * h), Math.abs((row + 1) * h))) * RAD);

/**
 * Groups valid points into sites: two points are in one site when a chain of points, each within
 * `toleranceKm` (haversine) of the next, joins them. Order-independent.
 *
 * @example clusterSites([{ lat: 37.27, lng: 127.44 }, { lat: 36.64, lng: 127.49 }], 3).count // 2 (이천, 청주)
 */
export function clusterSites(points: readonly LatLng[], toleranceKm: number): SiteClusters {
  const tol = Math.max(MIN_TOLERANCE_KM, toleranceKm);
  const h = tol / 2 / KM_PER_DEG; // row height in degrees of latitude
  const order = points
    .map((_, i) => i)
    .sort((a, b) => points[a]!.lat - points[b]!.lat || points[a]!.lng - points[b]!.lng);
  // Cells: row-major keys; each holds the distinct points in it (duplicates add nothing to linkage).
  const cellIndex = new Map<number, number>();
  const cellRow: number[] = [];
  const cellCol: number[] = [];
  const cellPoints: LatLng[][] = [];
  const cellOfPoint = new Int32Array(points.length);
  let previous: LatLng | undefined;
  for (const i of order) {
    const p = points[i]!;
    const row = Math.floor(p.lat / h);
    const col = Math.floor(p.lng / (h / rowCos(row, h)));
    const key = (row + 2 ** 22) * 2 ** 24 + (col + 2 ** 23);
    let cell = cellIndex.get(key);
    if (cell === undefined) {
      cell = cellPoints.length;
      cellIndex.set(key, cell);
      cellRow.push(row);
      cellCol.push(col);
      cellPoints.push([]);
    }
    if (!previous || previous.lat !== p.lat || previous.lng !== p.lng) cellPoints[cell]!.push(p);
    previous = p;
    cellOfPoint[i] = cell;
  }
  const parent = cellPoints.map((_, c) => c);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let a = 0; a < cellPoints.length; a++) {
    const row = cellRow[a]!;
    const wa = h / rowCos(row, h);
    for (let r = row - 2; r <= row + 2; r++) {
      const wr = h / rowCos(r, h);
      // The widest a tolerance can be in longitude over both rows: the row nearer the pole.
      const reach = tol / (KM_PER_DEG * Math.min(rowCos(row, h), rowCos(r, h)));
      const from = Math.floor((cellCol[a]! * wa - reach) / wr);
      const to = Math.floor(((cellCol[a]! + 1) * wa + reach) / wr);
      for (let c = from; c <= to; c++) {
        const b = cellIndex.get((r + 2 ** 22) * 2 ** 24 + (c + 2 ** 23));
        if (b === undefined || b <= a || find(a) === find(b)) continue;
        if (linked(cellPoints[a]!, cellPoints[b]!, tol)) parent[find(a)] = find(b);
      }
    }
  }
  // Number sites by their smallest point in (lat, lng) order: `order` is sorted that way.
  const siteOfRoot = new Map<number, number>();
  const siteOf = new Int32Array(points.length);
  for (const i of order) {
    const root = find(cellOfPoint[i]!);
    let site = siteOfRoot.get(root);
    if (site === undefined) {
      site = siteOfRoot.size;
      siteOfRoot.set(root, site);
    }
    siteOf[i] = site;
  }
  return { siteOf, count: siteOfRoot.size };
}

/** True when some point of `a` lies within `tol` km of some point of `b`; stops at the first. */
function linked(a: readonly LatLng[], b: readonly LatLng[], tol: number): boolean {
  for (const p of a) for (const q of b) if (haversineKm(p, q) <= tol) return true;
  return false;
}
