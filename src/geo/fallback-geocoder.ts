// Geocoders tried in order ([kakao, gazetteer]): the first point wins. A provider out of quota is set
// aside for the rest of the run instead of being asked (and failing) once per remaining address.
import { MissingOptionError } from '../model/errors/missing-option-error.js';
import { isOhmystackError, isRetryable } from '../model/errors/ohmystack-error.js';
import { kstWallClock } from '../model/kst.js';
import { emptyStats, mergeStats, statsOf } from './_geocoder-stats.js';
import type { CountingGeocoder, Geocoder, GeocoderStats } from './types.js';

/** Options of `fallbackGeocoder`. */
export interface FallbackGeocoderOptions {
  /**
   * The chain's name (its `Geocoder.name`, hence its cache-key prefix).
   * @default 'fallback(<member names, comma-separated>)'
   */
  name?: string;
  /**
   * The clock, in epoch milliseconds, for the time in the quota warning.
   * @default Date.now
   */
  now?: () => number;
}

interface Exhaustion {
  at: number;
  /** Addresses a later member placed since this one ran out. */
  placedSince: number;
}

/** '14:02' in Korean time: quota resets at midnight KST, so that is the clock users reason in. */
function kstTime(ms: number): string {
  return kstWallClock(ms).slice(11, 16);
}

/**
 * Returns a geocoder that asks `geocoders` in order and answers the first point. A null falls through
 * to the next; a quota error (`code: 'quota_exceeded'`) sets that member aside for the rest of the
 * chain's life (`stats().quotaExhausted`, plus a warning with the time and how many addresses the
 * fallback placed since); another retryable error falls through for that address and counts as a
 * failure. Null when no member places the address. Stats add up every member's.
 *
 * @default name 'fallback(<members>)'
 * @example
 * const geo = fallbackGeocoder([kakaoGeocoder({ apiKey }), gazetteerGeocoder()]);
 * await geo.geocode('서울특별시 강남구 테헤란로 152'); // kakao's point, or the gazetteer's once kakao is out
 * @throws MissingOptionError for an empty list; a member's non-retryable error (auth, abort) as is.
 */
export function fallbackGeocoder(
  geocoders: readonly Geocoder[],
  options: FallbackGeocoderOptions = {},
): CountingGeocoder {
  if (!Array.isArray(geocoders) || geocoders.length === 0) {
    throw new MissingOptionError({
      source: 'fallbackGeocoder',
      option: 'geocoders',
      hint: 'pass at least one geocoder',
    });
  }
  const members = [...geocoders];
  const now = options.now ?? Date.now;
  const name = options.name ?? `fallback(${members.map((g) => g.name).join(',')})`;
  const exhausted = new Map<number, Exhaustion>();
  let failures = 0;

  return {
    name,
    async geocode(address, geocodeOptions) {
      for (let index = 0; index < members.length; index++) {
        if (exhausted.has(index)) continue;
        const member = members[index]!;
        try {
          const point = await member.geocode(address, geocodeOptions);
          if (point === null) continue;
          for (const [other, state] of exhausted) if (other < index) state.placedSince++;
          return point;
        } catch (error) {
          if (geocodeOptions?.signal?.aborted) throw error;
          if (isOhmystackError(error) && error.code === 'quota_exceeded') {
            exhausted.set(index, { at: now(), placedSince: 0 });
            continue;
          }
          if (!isRetryable(error)) throw error;
          failures++;
        }
      }
      return null;
    },
    stats(): GeocoderStats {
      const own = emptyStats();
      own.failures = failures;
      own.quotaExhausted = exhausted.size > 0;
      for (const [index, state] of exhausted) {
        const member = members[index]!;
        own.warnings.push(
          `${member.name} quota exhausted at ${kstTime(state.at)} KST; ` +
            `${state.placedSince.toLocaleString('en-US')} addresses placed by the fallback since`,
        );
      }
      return mergeStats([...members.map(statsOf), own]);
    },
  };
}
