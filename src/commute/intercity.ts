// Trips that are not a daily commute, estimated the way people make them: across the sea by plane
// (제주) or ferry (울릉도), between mainland cities by KTX/SRT or express bus. The figures are
// door-to-door and coarse (tens of minutes); they exist so that a far office reads as "about four
// hours by train" or "about three hours by plane", never as a 30-hour bus ride. Pure.

import { haversineKm, type LatLng } from '../geo/distance.js';
import type { CommuteVia } from './estimate-commute.js';

/** A place a far trip passes through: an airport or a ferry port. */
interface Terminal {
  readonly name: string;
  readonly lat: number;
  readonly lng: number;
}

/** Mainland airports with scheduled flights to 제주 (the busiest routes: 김포, 김해, 청주, 대구, 광주). */
const MAINLAND_AIRPORTS: readonly Terminal[] = [
  { name: '김포공항', lat: 37.5583, lng: 126.7906 },
  { name: '김해공항', lat: 35.1795, lng: 128.9382 },
  { name: '청주공항', lat: 36.7166, lng: 127.4991 },
  { name: '대구공항', lat: 35.8941, lng: 128.6586 },
  { name: '광주공항', lat: 35.1264, lng: 126.8089 },
  { name: '울산공항', lat: 35.5935, lng: 129.3518 },
  { name: '여수공항', lat: 34.8423, lng: 127.6161 },
];
const JEJU_AIRPORT: Terminal = { name: '제주공항', lat: 33.5066, lng: 126.493 };
/** 울릉도 ferries leave from 포항 (the year-round route) and arrive at 도동항. */
const ULLEUNG_FERRY_PORT: Terminal = { name: '포항여객선터미널', lat: 36.0561, lng: 129.3805 };
const ULLEUNG_PORT: Terminal = { name: '도동항', lat: 37.4842, lng: 130.9063 };

/**
 * Constants of far trips, in minutes unless named otherwise:
 * - ground legs to stations, airports and ports: 15 min + d·1.3 at 30 km/h (city transit or taxi);
 * - KTX/SRT: 45 min at the stations (reaching the platform in time, boarding, leaving) plus the
 *   straight-line distance at 130 km/h, the pace of 서울–부산 (325 km, 2 h 30) and 서울–광주 (270 km,
 *   1 h 50) station to station;
 * - express bus: 35 min at the terminals plus d·1.25 at 80 km/h (서울–대전 by bus about 2 h);
 * - flight: 60 min of check-in, security and boarding, 15 min leaving the arrival airport, block
 *   time 25 min + 0.1 min per km (김포–제주, 450 km: 70 min);
 * - ferry 포항–울릉: 60 min at the port, 3 h 30 crossing.
 */
const FAR = Object.freeze({
  groundFixedMin: 15,
  groundKmh: 30,
  groundDetour: 1.3,
  railFixedMin: 45,
  railKmh: 130,
  busFixedMin: 35,
  busKmh: 80,
  busDetour: 1.25,
  airportMin: 60,
  arrivalMin: 15,
  flightFixedMin: 25,
  flightMinPerKm: 0.1,
  portMin: 60,
  ferryMin: 210,
});

/** A far trip: door-to-door minutes and how it is made. */
export interface FarTrip {
  readonly minutes: number;
  readonly via: CommuteVia;
}

const ground = (a: LatLng, b: LatLng): number =>
  FAR.groundFixedMin + ((haversineKm(a, b) * FAR.groundDetour) / FAR.groundKmh) * 60;

/** Between two mainland places: the quicker of KTX/SRT (from 100 km on) and the express bus. */
function overland(from: LatLng, to: LatLng): FarTrip {
  const km = haversineKm(from, to);
  const bus = FAR.busFixedMin + ((km * FAR.busDetour) / FAR.busKmh) * 60;
  const rail = FAR.railFixedMin + (km / FAR.railKmh) * 60 + 2 * FAR.groundFixedMin;
  return km >= 100 && rail < bus
    ? { minutes: rail, via: 'intercity-rail' }
    : { minutes: bus, via: 'intercity-bus' };
}

/** A mainland door to a terminal: a city ride when near, an intercity trip when far. */
const reach = (p: LatLng, t: Terminal): number =>
  haversineKm(p, t) <= 60 ? ground(p, t) : overland(p, t).minutes + FAR.groundFixedMin;

/** Mainland ↔ 제주 by the quickest mainland airport. */
function flight(mainland: LatLng, island: LatLng): FarTrip {
  let best = Number.POSITIVE_INFINITY;
  for (const airport of MAINLAND_AIRPORTS) {
    const air = FAR.flightFixedMin + FAR.flightMinPerKm * haversineKm(airport, JEJU_AIRPORT);
    const total =
      reach(mainland, airport) + FAR.airportMin + air + FAR.arrivalMin + ground(JEJU_AIRPORT, island);
    best = Math.min(best, total);
  }
  return { minutes: best, via: 'flight' };
}

/** Mainland ↔ 울릉도 by the 포항 ferry. */
const ferry = (mainland: LatLng, island: LatLng): FarTrip => ({
  minutes: reach(mainland, ULLEUNG_FERRY_PORT) + FAR.portMin + FAR.ferryMin + ground(ULLEUNG_PORT, island),
  via: 'ferry',
});

/**
 * Estimates a trip between places that are not a daily commute apart, on `fromLand` and `toLand`
 * (see `landmassOf`). Between 제주 and 울릉도 it chains a flight and the ferry through the mainland.
 *
 * @example
 * farTrip({ lat: 37.5665, lng: 126.978 }, 'mainland', { lat: 33.4996, lng: 126.5312 }, 'jeju')
 * // → { minutes: ≈ 190, via: 'flight' } (서울시청 → 제주시청)
 */
export function farTrip(from: LatLng, fromLand: string, to: LatLng, toLand: string): FarTrip {
  if (fromLand === toLand)
    return fromLand === 'mainland' ? overland(from, to) : { minutes: ground(from, to), via: 'bus' };
  if (fromLand === 'mainland') return toLand === 'jeju' ? flight(from, to) : ferry(from, to);
  if (toLand === 'mainland') return fromLand === 'jeju' ? flight(to, from) : ferry(to, from);
  // 제주 ↔ 울릉도: a flight on one side of the mainland ferry port, the ferry on the other.
  const port = { lat: ULLEUNG_FERRY_PORT.lat, lng: ULLEUNG_FERRY_PORT.lng };
  const legs =
    fromLand === 'jeju' ? [flight(port, from), ferry(port, to)] : [ferry(port, from), flight(port, to)];
  return { minutes: legs[0]!.minutes + legs[1]!.minutes, via: 'flight' };
}
