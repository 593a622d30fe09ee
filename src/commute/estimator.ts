// The seam between the offline model and a routing API: both answer `CommuteEstimator.estimate`.

import type { LatLng } from '../geo/distance.js';
import { commuteFrom } from './commute-from.js';
import type { CommuteEstimate, CommuteOptions } from './estimate-commute.js';
import { estimateCommute } from './estimate-commute.js';
import type { CommuteModel } from './model.js';

/**
 * Estimates commutes; null means "no route" (an invalid point, or a router's no-result answer).
 *
 * The routing APIs answer it too: `odsayCommute` (transit) and `kakaoMobilityCommute` (driving), whose
 * files document how each API's fields map onto a {@link CommuteEstimate}; `cachedCommute` puts any
 * estimator behind a cache.
 */
export interface CommuteEstimator {
  readonly name: string;
  estimate(from: LatLng, to: LatLng, options?: CommuteOptions): Promise<CommuteEstimate | null>;
  /**
   * Estimates the trips from one origin to many destinations, answer `i` for `tos[i]` (null where
   * `estimate` would answer null). Optional: an estimator without it is called pair by pair. The
   * offline model answers all of them from one shortest-path tree.
   */
  estimateMany?(
    from: LatLng,
    tos: readonly (LatLng | null | undefined)[],
    options?: CommuteOptions,
  ): Promise<(CommuteEstimate | null)[]>;
}

/**
 * The offline model of `estimateCommute` as a {@link CommuteEstimator}; `model` overrides
 * `DEFAULT_COMMUTE_MODEL`, and a call's own `options.model` overrides both.
 *
 * @example
 * const estimator = offlineCommute({ transitKmhCapital: 25 });
 * await estimator.estimate({ lat: 37.5665, lng: 126.978 }, { lat: 37.4011, lng: 127.1086 }); // 시청 → 판교
 * @default model DEFAULT_COMMUTE_MODEL
 */
export function offlineCommute(model?: Partial<CommuteModel>): CommuteEstimator {
  const withModel = (options: CommuteOptions): CommuteOptions => ({
    ...options,
    model: { ...model, ...options.model },
  });
  return {
    name: 'offline',
    estimate: async (from, to, options = {}) => estimateCommute(from, to, withModel(options)),
    estimateMany: async (from, tos, options = {}) => tos.map(commuteFrom(from, withModel(options))),
  };
}

/** @deprecated Use {@link offlineCommute}; this alias goes when the CHANGELOG says so. */
export const offlineCommuteEstimator = offlineCommute;
