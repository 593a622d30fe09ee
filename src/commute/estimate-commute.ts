// Offline commute-time estimate between two points: over the capital-area rail network where it
// serves, by straight-line speeds elsewhere, as a flight or an intercity trip where the places are not
// a daily commute apart. Pure, no network; routing APIs plug in behind `CommuteEstimator`.

import type { LatLng } from '../geo/distance.js';
import { commuteFrom } from './commute-from.js';
import type { CommuteLabel } from './intensity.js';
import type { CommuteModel } from './model.js';

/** How the commuter travels. */
export type CommuteMode = 'transit' | 'driving' | 'walking';

/** Which speed constants apply: the Seoul capital area (수도권) or elsewhere. */
export type CommuteRegion = 'capital' | 'other';

/**
 * How the estimated trip is made: 'rail' over the capital-area rail network, 'bus' by the bus-speed
 * model, 'walk' on foot, 'road' by car; for trips that are not a daily commute, 'intercity-rail'
 * (KTX/SRT/ITX), 'intercity-bus' (express bus), 'flight' (제주) or 'ferry' (울릉도).
 */
export type CommuteVia =
  | 'rail'
  | 'bus'
  | 'walk'
  | 'road'
  | 'intercity-rail'
  | 'intercity-bus'
  | 'flight'
  | 'ferry';

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
  /** Minutes from boarding to alighting: riding, stops and transfers, not the first wait. */
  readonly minutes?: number;
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

/**
 * Estimates a one-way commute from `from` to `to` with the offline model, door to door:
 * - transit in the capital area: the quickest of walking, a bus (`DEFAULT_COMMUTE_MODEL`'s
 *   bus-dominated speed) and the rail network — walk or take a feeder bus to one of the nearest
 *   stations, wait half a headway, ride with the operator's run times (or each line's speed) and
 *   dwell, transfer with the station's walk and a wait, walk to the door (`DEFAULT_RAIL_MODEL`);
 *   `route` then names the stations, lines and transfers;
 * - transit elsewhere: the straight-line bus model (`straightLineCommute`); below 700 m, or whenever
 *   walking is quicker, it walks;
 * - driving and walking: road and walking speeds over the straight-line distance × a detour factor;
 * - trips that are not a daily commute (`daily: false`, see `isDailyCommute`): by KTX/SRT or express
 *   bus between mainland cities, by plane to 제주 and by ferry to 울릉도, whatever the mode (only a
 *   mainland drive or walk keeps its mode).
 * Returns null — never throws — when a point is missing or invalid. For many destinations from one
 * origin, {@link commuteFrom} does the origin's work once.
 *
 * @example
 * // 강남역 → 판교역, transit at rush hour
 * estimateCommute({ lat: 37.4979, lng: 127.0276 }, { lat: 37.3947, lng: 127.1112 })
 * // → { minutes: ≈ 22, km: ≈ 13.6, mode: 'transit', via: 'rail',
 * //     route: { from: '강남', to: '판교', lines: ['신분당선'], transfers: 0, … }, … }
 */
export function estimateCommute(
  from: LatLng | null | undefined,
  to: LatLng | null | undefined,
  options: CommuteOptions = {},
): CommuteEstimate | null {
  return commuteFrom(from, options)(to);
}
