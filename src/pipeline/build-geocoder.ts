// The geo stage's geocoder from the config: Kakao (with the offline gazetteer behind it for what Kakao
// cannot place or once its quota is spent) when a key is set, else the gazetteer alone.
import { join } from 'node:path';
import { fileCache } from '../geo/cache/file-cache.js';
import { cachedGeocoder } from '../geo/cached-geocoder.js';
import { fallbackGeocoder } from '../geo/fallback-geocoder.js';
import { gazetteerGeocoder } from '../geo/gazetteer.js';
import { kakaoGeocoder } from '../geo/kakao/kakao-geocoder.js';
import type { CountingGeocoder } from '../geo/types.js';
import { MissingOptionError } from '../model/errors/missing-option-error.js';
import type { ResolvedPipelineConfig } from './config.js';
import { SECRET_ENV, type Secrets } from './secrets.js';

/** The geocoder and what to flush when the run ends. */
export interface RunGeocoder {
  geocoder: CountingGeocoder | null;
  flush(): Promise<void>;
}

/**
 * Returns the run's geocoder, or null for `geocoder: 'none'`.
 *
 * @throws {MissingOptionError} for `geocoder: 'kakao'` without KAKAO_REST_API_KEY.
 */
export function buildGeocoder(
  config: ResolvedPipelineConfig,
  secrets: Secrets,
  signal?: AbortSignal,
): RunGeocoder {
  const { geo } = config;
  if (geo.geocoder === 'none') return { geocoder: null, flush: async () => {} };
  const useKakao = geo.geocoder === 'kakao' || (geo.geocoder === 'auto' && secrets.kakaoApiKey !== undefined);
  // The gazetteer is an in-memory table: caching it would only cost.
  if (!useKakao) return { geocoder: gazetteerGeocoder(), flush: async () => {} };
  if (!secrets.kakaoApiKey)
    throw new MissingOptionError({
      source: 'pipeline',
      option: SECRET_ENV.kakao,
      hint: `set ${SECRET_ENV.kakao} or use geo.geocoder 'gazetteer'`,
    });
  const kakao = kakaoGeocoder({
    apiKey: secrets.kakaoApiKey,
    ...(geo.kakaoBaseUrl ? { baseUrl: geo.kakaoBaseUrl } : {}),
    ...(signal ? { signal } : {}),
  });
  if (!geo.cache) return { geocoder: fallbackGeocoder([kakao, gazetteerGeocoder()]), flush: async () => {} };
  // Only Kakao's answers are cached: a gazetteer stand-in must not outlive a spent quota.
  const cache = fileCache({ dir: join(config.workDir, 'geocode-cache') });
  const geocoder = fallbackGeocoder([cachedGeocoder(kakao, cache), gazetteerGeocoder()]);
  return { geocoder, flush: () => cache.flush() };
}
