// The map without tiles or GeoJSON: each 시군구 is a bubble at its postings' mean longitude (x) and
// latitude (y) on axes fixed to South Korea, sized so that bubble area grows with the posting count.
import type { MapBounds, MapChart, MapPlace } from './types.js';

/**
 * South Korea from Marado to the DMZ and Baengnyeongdo to Dokdo: the box normalizePosting accepts a
 * site's coordinates in, so every point the pipeline keeps is on the map.
 */
export const KOREA_BOUNDS: Readonly<Omit<MapBounds, 'aspectRatio'>> = {
  minLng: 124.3,
  maxLng: 132.2,
  minLat: 32.8,
  maxLat: 38.9,
};

const MIN_RADIUS = 4;
const MAX_RADIUS = 28;

/** A place's running sums while rows are read. */
export interface PlaceSums {
  sido: string | null;
  sigungu: string | null;
  latSum: number;
  lngSum: number;
  postings: number;
}

/**
 * True when a position lies on the map (inside {@link KOREA_BOUNDS}).
 *
 * @example isOnKoreaMap(37.5, 127.03) // true (강남구)
 * @example isOnKoreaMap(0, 0) // false
 */
export function isOnKoreaMap(lat: number, lng: number): boolean {
  return (
    lat >= KOREA_BOUNDS.minLat &&
    lat <= KOREA_BOUNDS.maxLat &&
    lng >= KOREA_BOUNDS.minLng &&
    lng <= KOREA_BOUNDS.maxLng
  );
}

/**
 * Returns the map chart of places summed while reading: mean positions, radii ∝ √postings (the busiest
 * place gets the largest bubble), labels on the `labels` busiest places, places ordered busiest first.
 *
 * @example
 * mapChart([{ sido: '서울특별시', sigungu: '강남구', latSum: 75.0, lngSum: 254.1, postings: 2 }], { unplaced: 0, outside: 0, labels: 1 })
 * // { places: [{ sigungu: '강남구', lat: 37.5, lng: 127.05, postings: 2, r: 28, labelled: true, … }], … }
 */
export function mapChart(
  sums: Iterable<PlaceSums>,
  counts: { unplaced: number; outside: number; labels: number },
): MapChart {
  const placed = [...sums].filter((place) => place.postings > 0);
  placed.sort(
    (a, b) =>
      b.postings - a.postings ||
      `${a.sido ?? ''} ${a.sigungu ?? ''}`.localeCompare(`${b.sido ?? ''} ${b.sigungu ?? ''}`),
  );
  const busiest = placed[0]?.postings ?? 1;
  const places: MapPlace[] = placed.map((place, rank) => ({
    sido: place.sido,
    sigungu: place.sigungu,
    lat: round(place.latSum / place.postings, 5),
    lng: round(place.lngSum / place.postings, 5),
    postings: place.postings,
    r: round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(place.postings / busiest), 1),
    labelled: rank < counts.labels,
  }));
  return { places, bounds: mapBounds(), unplaced: counts.unplaced, outside: counts.outside };
}

/** Returns {@link KOREA_BOUNDS} with the width/height ratio of an undistorted map at its mid latitude. */
function mapBounds(): MapBounds {
  const { minLng, maxLng, minLat, maxLat } = KOREA_BOUNDS;
  // A degree of longitude is cos(latitude) of a degree of latitude (≈ 0.81 at 36°N).
  const shrink = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  return { ...KOREA_BOUNDS, aspectRatio: round(((maxLng - minLng) * shrink) / (maxLat - minLat), 3) };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
