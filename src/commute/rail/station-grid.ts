// Nearest stations of a point through a uniform grid of about 1.1 km cells, so that a lookup reads a
// handful of cells instead of every station. Pure once built.

import { haversineKm, type LatLng } from '../../geo/distance.js';

/** Cell size in degrees: 0.01° of latitude ≈ 1.11 km; 0.0125° of longitude ≈ 1.10 km at 37.5°N. */
const CELL_LAT = 0.01;
const CELL_LNG = 0.0125;

/** Stations near a point, nearest first: their indexes and straight-line distances (km). */
export interface NearStations {
  readonly stations: readonly number[];
  readonly km: readonly number[];
}

/** A grid over station coordinates (`coords[2i]`, `coords[2i + 1]` = lat, lng of station i). */
export interface StationGrid {
  /** Up to `k` stations within `maxKm` of `p`, nearest first. */
  near(p: LatLng, maxKm: number, k: number): NearStations;
}

const cellKey = (row: number, col: number): number => row * 100_000 + col;

/**
 * Builds a {@link StationGrid} over station coordinates.
 *
 * @example
 * const grid = stationGrid([37.49799, 127.02791, 37.39476, 127.11122]); // 강남, 판교
 * grid.near({ lat: 37.4979, lng: 127.0276 }, 1.5, 3); // { stations: [0], km: [≈0.03] }
 */
export function stationGrid(coords: readonly number[]): StationGrid {
  const cells = new Map<number, number[]>();
  for (let i = 0; i < coords.length / 2; i++) {
    const key = cellKey(Math.floor(coords[2 * i]! / CELL_LAT), Math.floor(coords[2 * i + 1]! / CELL_LNG));
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }
  return {
    near(p, maxKm, k) {
      const row = Math.floor(p.lat / CELL_LAT);
      const col = Math.floor(p.lng / CELL_LNG);
      const reach = Math.ceil(maxKm / 1.1);
      const found: { station: number; km: number }[] = [];
      for (let r = row - reach; r <= row + reach; r++)
        for (let c = col - reach; c <= col + reach; c++) {
          const cell = cells.get(cellKey(r, c));
          if (!cell) continue;
          for (const station of cell) {
            const km = haversineKm(p, { lat: coords[2 * station]!, lng: coords[2 * station + 1]! });
            if (km <= maxKm) found.push({ station, km });
          }
        }
      found.sort((a, b) => a.km - b.km);
      const nearest = found.slice(0, k);
      return { stations: nearest.map((f) => f.station), km: nearest.map((f) => f.km) };
    },
  };
}
