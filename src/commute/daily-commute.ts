// Is a trip between two points something people make twice a day? A commute model that answers any
// pair with minutes would tell a Seoul resident that an office in Jeju is a long bus ride away; this
// rule decides when an estimate must say "not a daily commute" instead. Pure.
import { haversineKm, isLatLng, type LatLng } from '../geo/distance.js';
import { isCapitalArea } from './capital-area.js';

/** The land a point stands on, as far as daily travel is concerned. */
export type Landmass = 'mainland' | 'jeju' | 'ulleung';

/**
 * Returns the landmass of a point: 제주도 (with 추자도 and 마라도) and 울릉도 (with 독도) are reached by
 * plane or ferry only; every other island of note is bridged to the mainland or lies within the
 * capital area's near islands.
 *
 * @example landmassOf({ lat: 33.4996, lng: 126.5312 }) // 'jeju' (제주시청)
 */
export function landmassOf(p: LatLng): Landmass {
  // 제주 lies south of 34.1°N between 126.0°E and 127.0°E; the mainland's southern tip (땅끝) is 34.29°N.
  if (p.lat < 34.1 && p.lng > 126.0 && p.lng < 127.0) return 'jeju';
  // 울릉도 is at 130.9°E, 독도 at 131.9°E; the mainland's easternmost point (호미곶) is 129.59°E.
  if (p.lng > 130.5) return 'ulleung';
  return 'mainland';
}

/**
 * Straight-line distances (km) beyond which a trip stops being a daily commute. Inside 서울·인천·경기
 * a dense rail network makes long commutes routine (일산 → 판교 is 33 km, 인천 → 강남 30 km, 동탄 →
 * 삼성 by GTX-A 33 km), so the bound is wider there than between other places, where a 40 km trip
 * (부산 → 창원, 대구 → 구미) is about the limit people make daily.
 */
export const DAILY_COMMUTE_MAX_KM = Object.freeze({ capital: 70, other: 40 });

/**
 * True when a trip between `from` and `to` can be a daily commute: both on the same landmass and
 * within {@link DAILY_COMMUTE_MAX_KM} (the capital bound when both ends lie in 서울·인천·경기). False for
 * invalid points.
 *
 * @example isDailyCommute({ lat: 37.5547, lng: 126.9707 }, { lat: 37.3947, lng: 127.1112 }) // true (서울역 → 판교)
 * @example isDailyCommute({ lat: 37.5547, lng: 126.9707 }, { lat: 33.4996, lng: 126.5312 }) // false (서울 → 제주)
 */
export function isDailyCommute(from: LatLng, to: LatLng): boolean {
  if (!isLatLng(from) || !isLatLng(to)) return false;
  return isDailyDistance(
    haversineKm(from, to),
    landmassOf(from) === landmassOf(to),
    isCapitalArea(from) && isCapitalArea(to),
  );
}

/**
 * The rule of {@link isDailyCommute} on facts already known: the straight-line `km`, whether both
 * ends share a landmass and whether both lie in the capital area. For one-to-many callers that know
 * the origin's side once.
 *
 * @example isDailyDistance(33, true, true) // true
 */
export function isDailyDistance(km: number, sameLandmass: boolean, bothCapital: boolean): boolean {
  return sameLandmass && km <= (bothCapital ? DAILY_COMMUTE_MAX_KM.capital : DAILY_COMMUTE_MAX_KM.other);
}
