// The straight-line commute model: distance × a detour factor ÷ a speed, plus fixed walks and waits.
// It is the bus fallback of the offline model, its driving and walking model, and, kept whole as
// `straightLineCommute`, the baseline the rail router is measured against.

import { haversineKm, type LatLng } from '../geo/distance.js';
import { isCapitalArea } from './capital-area.js';
import { isDailyCommute } from './daily-commute.js';
import type {
  CommuteEstimate,
  CommuteMode,
  CommuteOptions,
  CommuteRegion,
  CommuteRoute,
  CommuteVia,
} from './estimate-commute.js';
import { commuteIntensity, commuteLabel } from './intensity.js';
import { type CommuteModel, DEFAULT_COMMUTE_MODEL } from './model.js';

/** Walking minutes for a straight-line distance. */
export const walkMinutes = (km: number, m: CommuteModel): number => ((km * m.walkDetour) / m.walkKmh) * 60;

/** Transit minutes by the straight-line formula at the region's speed (capital: subway-dominated). */
export const straightTransitMinutes = (km: number, m: CommuteModel, region: CommuteRegion): number =>
  m.transitAccessMin +
  m.transitEgressMin +
  m.transitWaitMin +
  ((km * m.transitDetour) / (region === 'capital' ? m.transitKmhCapital : m.transitKmhOther)) * 60;

/** Bus minutes: the straight-line formula at the bus-dominated speed, wherever the trip is. */
export const busMinutes = (km: number, m: CommuteModel): number => straightTransitMinutes(km, m, 'other');

/** Driving minutes by road at the region's peak or off-peak speed. */
export function driveMinutes(km: number, m: CommuteModel, region: CommuteRegion, peak: boolean): number {
  const speeds = region === 'capital' ? m.driveKmhCapital : m.driveKmhOther;
  return m.driveOverheadMin + ((km * m.driveDetour) / (peak ? speeds.peak : speeds.offPeak)) * 60;
}

/**
 * An offline estimate from its minutes and how it was made. Built as one literal of fixed shape:
 * one-to-many callers make a hundred thousand of them at a time.
 */
export function offlineEstimate(
  minutes: number,
  km: number,
  mode: CommuteMode,
  region: CommuteRegion,
  daily: boolean,
  via: CommuteVia,
  model: CommuteModel,
  route?: CommuteRoute,
): CommuteEstimate {
  const intensity = commuteIntensity(minutes, model);
  const label = commuteLabel(minutes, model);
  return route
    ? { minutes, km, mode, region, intensity, label, daily, via, route, estimate: true, provider: 'offline' }
    : { minutes, km, mode, region, intensity, label, daily, via, estimate: true, provider: 'offline' };
}

/**
 * The straight-line model alone, as the offline estimate was before it routed over the rail network:
 * - walking: d·1.25 at 4.2 km/h;
 * - transit: 7 min access + 7 egress + 7 wait + d·1.3 at 27 km/h (capital, subway) or 17.5 km/h
 *   (elsewhere, bus); below 700 m, or whenever walking is quicker, it walks;
 * - driving: 5 min + d·1.35 at 25/35 km/h (capital, peak/off-peak) or 45/55 km/h (elsewhere).
 * It answers any pair with a commute, however far: use `estimateCommute` for trips that are not daily.
 * Returns null — never throws — when a point is missing or invalid.
 *
 * @example
 * // 강남역 → 판교역, transit at rush hour
 * straightLineCommute({ lat: 37.4979, lng: 127.0276 }, { lat: 37.3947, lng: 127.1112 })
 * // → { minutes: ≈ 59, km: ≈ 13.8, mode: 'transit', via: 'bus', … }
 */
export function straightLineCommute(
  from: LatLng | null | undefined,
  to: LatLng | null | undefined,
  options: CommuteOptions = {},
): CommuteEstimate | null {
  const km = haversineKm(from, to);
  if (Number.isNaN(km)) return null;
  const model: CommuteModel = { ...DEFAULT_COMMUTE_MODEL, ...options.model };
  const region = options.region ?? (isCapitalArea(from) && isCapitalArea(to) ? 'capital' : 'other');
  let mode = options.mode ?? 'transit';
  let minutes: number;
  let via: CommuteVia;
  if (mode === 'walking') {
    minutes = walkMinutes(km, model);
    via = 'walk';
  } else if (mode === 'transit') {
    minutes = straightTransitMinutes(km, model, region);
    via = 'bus';
    // Nobody boards for a trip that is quicker on foot (about 1.2 km with the defaults), and routing
    // APIs refuse pairs under 700 m: either way the answer is a walk.
    const walk = walkMinutes(km, model);
    if (km < model.walkOnlyBelowKm || walk <= minutes) {
      mode = 'walking';
      minutes = walk;
      via = 'walk';
    }
  } else {
    minutes = driveMinutes(km, model, region, options.peak ?? true);
    via = 'road';
  }
  const daily = isDailyCommute(from as LatLng, to as LatLng);
  return offlineEstimate(minutes, km, mode, region, daily, via, model);
}
