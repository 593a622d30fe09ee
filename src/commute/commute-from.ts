// One origin, many destinations, synchronously: what a pure scorer needs when it weighs the commute
// of every posting for one person and must not await per posting. Everything that depends only on
// the origin (its region, its rail tree) is done once per origin.

import { haversineKm, isLatLng, type LatLng } from '../geo/distance.js';
import { isCapitalArea } from './capital-area.js';
import { isDailyDistance, landmassOf } from './daily-commute.js';
import type { CommuteEstimate, CommuteOptions } from './estimate-commute.js';
import { farTrip } from './intercity.js';
import { type CommuteModel, DEFAULT_COMMUTE_MODEL } from './model.js';
import { DEFAULT_RAIL_MODEL } from './rail/rail-model.js';
import { type RailTrip, railTripsFrom } from './rail/rail-trips.js';
import {
  busMinutes,
  driveMinutes,
  offlineEstimate,
  straightTransitMinutes,
  walkMinutes,
} from './straight-line.js';

/** The rail trips from `home` under `model`, the trip's ends walking or taking a feeder bus. */
function railTrips(home: LatLng, model: CommuteModel): ((to: LatLng) => RailTrip | null) | null {
  const rail = DEFAULT_RAIL_MODEL;
  const busSecondsPerKm = (model.transitDetour / model.transitKmhOther) * 3600;
  const walkSecondsPerKm = (model.walkDetour / model.walkKmh) * 3600;
  const access = (km: number) => Math.min(km * walkSecondsPerKm, rail.feederSeconds + km * busSecondsPerKm);
  return railTripsFrom(home, access, `${walkSecondsPerKm}|${busSecondsPerKm}`, rail);
}

/**
 * Returns a function estimating the commute from `home` to any destination with the offline model,
 * answering each pair as {@link estimateCommute} does. In the capital area transit routes over the
 * rail network: one shortest-path tree for `home`, then a lookup per destination; calling the returned
 * function over 100,000 postings takes milliseconds. It never throws: an invalid `home` or destination
 * gives null.
 *
 * @example
 * const fromHome = commuteFrom({ lat: 37.5496, lng: 126.9139 }); // 합정역
 * fromHome({ lat: 37.4979, lng: 127.0276 }); // 강남역: { minutes: ≈ 40, via: 'rail', route: { from: '합정', to: '강남', lines: ['2호선'], … } }
 */
export function commuteFrom(
  home: LatLng | null | undefined,
  options: CommuteOptions = {},
): (to: LatLng | null | undefined) => CommuteEstimate | null {
  if (!isLatLng(home)) return () => null;
  const model: CommuteModel = { ...DEFAULT_COMMUTE_MODEL, ...options.model };
  const mode = options.mode ?? 'transit';
  const peak = options.peak ?? true;
  const fixedRegion = options.region;
  const homeCapital = isCapitalArea(home);
  const homeLand = landmassOf(home);
  let trips: ((to: LatLng) => RailTrip | null) | null | undefined;

  return (to) => {
    if (!isLatLng(to)) return null;
    const km = haversineKm(home, to);
    const toLand = landmassOf(to);
    const bothCapital = homeCapital && isCapitalArea(to);
    const region = fixedRegion ?? (bothCapital ? 'capital' : 'other');
    const daily = isDailyDistance(km, toLand === homeLand, bothCapital);

    // Across the sea nobody walks or drives; between metropolitan areas transit means a train or an
    // express bus. Either way the trip is estimated as people make it.
    if (!daily && (mode === 'transit' || toLand !== homeLand)) {
      const far = farTrip(home, homeLand, to, toLand);
      return offlineEstimate(far.minutes, km, mode, region, daily, far.via, model);
    }
    if (mode === 'walking')
      return offlineEstimate(walkMinutes(km, model), km, mode, region, daily, 'walk', model);
    if (mode === 'driving')
      return offlineEstimate(driveMinutes(km, model, region, peak), km, mode, region, daily, 'road', model);

    // Nobody boards for a trip that is quicker on foot, and routing APIs refuse pairs under 700 m.
    const walk = walkMinutes(km, model);
    if (km < model.walkOnlyBelowKm) return offlineEstimate(walk, km, 'walking', region, daily, 'walk', model);
    const road = region === 'capital' ? busMinutes(km, model) : straightTransitMinutes(km, model, region);
    let trip: RailTrip | null = null;
    if (region === 'capital') {
      if (trips === undefined) trips = railTrips(home, model);
      trip = trips?.(to) ?? null;
    }
    const rail = trip ? trip.seconds / 60 : Number.POSITIVE_INFINITY;
    if (walk <= road && walk <= rail)
      return offlineEstimate(walk, km, 'walking', region, daily, 'walk', model);
    if (road <= rail) return offlineEstimate(road, km, 'transit', region, daily, 'bus', model);
    return offlineEstimate(rail, km, 'transit', region, daily, 'rail', model, trip!.leg);
  };
}
