// Public surface of ohmystack/commute: how long and how hard the trip from a home to an office is.
// The offline model answers without keys or network; routing APIs plug in behind `CommuteEstimator`.

export type { CachedCommuteOptions } from './cached-commute.js';
export { cachedCommute } from './cached-commute.js';
export { isCapitalArea } from './capital-area.js';
export { commuteFrom } from './commute-from.js';
export { isDailyCommute } from './daily-commute.js';
export type {
  CommuteEstimate,
  CommuteMode,
  CommuteOptions,
  CommuteRegion,
  CommuteRoute,
  CommuteVia,
} from './estimate-commute.js';
export { estimateCommute } from './estimate-commute.js';
export type { CommuteEstimator } from './estimator.js';
export { offlineCommute, offlineCommuteEstimator } from './estimator.js';
export type { CommuteLabel } from './intensity.js';
export { commuteIntensity, commuteLabel } from './intensity.js';
export type { KakaoMobilityCommuteOptions } from './kakao-mobility/kakao-mobility-commute.js';
export { kakaoMobilityCommute } from './kakao-mobility/kakao-mobility-commute.js';
export type { CommuteModel, PeakSpeeds } from './model.js';
export { DEFAULT_COMMUTE_MODEL } from './model.js';
export type { OdsayCommuteOptions } from './odsay/odsay-commute.js';
export { odsayCommute } from './odsay/odsay-commute.js';
export type { RankedPosting } from './rank-by-commute.js';
export { rankByCommute } from './rank-by-commute.js';
export type {
  CommuteCallOptions,
  CommuteRouterOptions,
  CommuteStats,
  CountingCommuteEstimator,
} from './router-types.js';
export { straightLineCommute } from './straight-line.js';
