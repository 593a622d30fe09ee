// Offline commute-time estimate between two points: straight-line distance × a detour factor ÷ a speed,
// plus fixed walking and waiting times. Pure, no network; a routing API plugs in behind
// `CommuteEstimator` (commute/estimator.ts) later.

import { haversineKm, type LatLng } from '../geo/distance.js';
import { isCapitalArea } from './capital-area.js';
import { isDailyCommute } from './daily-commute.js';
import { type CommuteLabel, commuteIntensity, commuteLabel } from './intensity.js';
import { type CommuteModel, DEFAULT_COMMUTE_MODEL } from './model.js';

/** How the commuter travels. */
export type CommuteMode = 'transit' | 'driving' | 'walking';

/** Which speed constants apply: the Seoul capital area (수도권) or elsewhere. */
export type CommuteRegion = 'capital' | 'other';

/**
 * How the estimated trip is made: 'rail' over the capital-area rail network, 'bus' by the bus-speed
 * model, 'walk' on foot, 'road' by car; for trips that are not a daily commute, 'intercity-rail'
 * (KTX/SRT/ITX), 'intercity-bus' (express bus) or 'flight'.
 */
export type CommuteVia = 'rail' | 'bus' | 'walk' | 'road' | 'intercity-rail' | 'intercity-bus' | 'flight';

/** The rail leg of a transit estimate: where one boards and alights, the lines ridden, the transfers. */
export interface CommuteRoute {
  /** Boarding station, e.g. '합정'. */
  readonly from: string;
  /** Alighting station, e.g. '강남'. */
  readonly to: string;
  /** Lines in riding order, e.g. ['2호선']. */
  readonly lines: readonly string[];
  /** Number of changes between lines. */
  readonly transfers: number;
}

/** Options of {@link estimateCommute}. */
export interface CommuteOptions {
  /** @default 'transit' */
  mode?: CommuteMode;
  /** Rush hour (08:00–09:00 departure) speeds. @default true */
  peak?: boolean;
  /** @default 'capital' when both ends lie in 서울·인천·경기 (`isCapitalArea`), else 'other' */
  region?: CommuteRegion;
  /** Overrides of {@link DEFAULT_COMMUTE_MODEL} (shallow merge). */
  model?: Partial<CommuteModel>;
}

/** An estimated one-way commute. Always an estimate, whoever produced it. */
export interface CommuteEstimate {
  /** Door-to-door minutes, one way. */
  minutes: number;
  /** Straight-line distance (offline) or route distance (routing APIs), km. */
  km: number;
  /** The mode actually used: transit below `walkOnlyBelowKm` becomes 'walking'. */
  mode: CommuteMode;
  region: CommuteRegion;
  /** 0 = at the door … 1 = two hours or more; see `commuteIntensity`. */
  intensity: number;
  label: CommuteLabel;
  /**
   * False when the trip is not a daily commute (another metropolitan area, across the sea; see
   * `isDailyCommute`): `minutes` then estimates that trip the way people make it, not a commute.
   */
  daily: boolean;
  /** How the trip is made (see {@link CommuteVia}); routing APIs may leave it out. */
  via?: CommuteVia;
  /** The rail leg when `via` is 'rail'. */
  route?: CommuteRoute;
  estimate: true;
  /** 'offline' for this model; a routing API would put its name ('odsay', 'kakao-mobility'). */
  provider: string;
}

/** Walking minutes for a straight-line distance. */
const walkMinutes = (km: number, m: CommuteModel): number => ((km * m.walkDetour) / m.walkKmh) * 60;

/**
 * Estimates a one-way commute from `from` to `to` with the offline model (`DEFAULT_COMMUTE_MODEL`):
 * - walking: d·1.25 at 4.2 km/h;
 * - transit: 7 min access + 7 egress + 7 wait + d·1.3 at 27 km/h (capital, subway) or 17.5 km/h
 *   (elsewhere, bus); below 700 m, or whenever walking is quicker, it walks;
 * - driving: 5 min + d·1.35 at 25/35 km/h (capital, peak/off-peak) or 45/55 km/h (elsewhere).
 * Meant for commuting distances (under ~60 km); intercity rail is not modelled. Returns null — never
 * throws — when a point is missing or invalid.
 *
 * @example
 * // 강남역 → 판교역, transit at rush hour
 * estimateCommute({ lat: 37.4979, lng: 127.0276 }, { lat: 37.3947, lng: 127.1112 })
 * // → { minutes: ≈ 59, km: ≈ 13.8, mode: 'transit', region: 'capital', label: '멀다', … }
 */
export function estimateCommute(
  from: LatLng | null | undefined,
  to: LatLng | null | undefined,
  options: CommuteOptions = {},
): CommuteEstimate | null {
  const km = haversineKm(from, to);
  if (Number.isNaN(km)) return null;
  const model: CommuteModel = { ...DEFAULT_COMMUTE_MODEL, ...options.model };
  const region = options.region ?? (isCapitalArea(from) && isCapitalArea(to) ? 'capital' : 'other');
  const peak = options.peak ?? true;
  let mode = options.mode ?? 'transit';
  let minutes: number;
  if (mode === 'walking') minutes = walkMinutes(km, model);
  else if (mode === 'transit') {
    const kmh = region === 'capital' ? model.transitKmhCapital : model.transitKmhOther;
    minutes =
      model.transitAccessMin +
      model.transitEgressMin +
      model.transitWaitMin +
      ((km * model.transitDetour) / kmh) * 60;
    // Nobody boards for a trip that is quicker on foot (about 1.2 km with the defaults), and ODsay
    // refuses pairs under 700 m: either way the answer is a walk.
    const walk = walkMinutes(km, model);
    if (km < model.walkOnlyBelowKm || walk <= minutes) {
      mode = 'walking';
      minutes = walk;
    }
  } else {
    const speeds = region === 'capital' ? model.driveKmhCapital : model.driveKmhOther;
    minutes =
      model.driveOverheadMin + ((km * model.driveDetour) / (peak ? speeds.peak : speeds.offPeak)) * 60;
  }
  return {
    minutes,
    km,
    mode,
    region,
    intensity: commuteIntensity(minutes, model),
    label: commuteLabel(minutes, model),
    daily: isDailyCommute(from as LatLng, to as LatLng),
    estimate: true,
    provider: 'offline',
  };
}
