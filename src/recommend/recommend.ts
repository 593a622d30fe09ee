// The one-call API: rank a posting set for one profile, or for many over one index.
import type { Posting } from '../model/posting.js';
import type { Profile } from './profile.js';
import { createRecommender } from './recommender.js';
import type { RecommendablePosting, Recommendations, RecommendOptions } from './types.js';

/**
 * Ranks `postings` for one person and says why, in Korean: stack fit first (exact matches weighted by
 * rarity, related skills learned from the postings counting less), then career fit, the commute from
 * `home` and soft preferences. Expired and closed postings, excluded companies, careers the person
 * cannot take and, with `commute.maxMinutes`, postings beyond it, of unknown or non-daily commute never
 * appear; one entry per job (`jobId`), its other copies in `alsoOn`. The result is an array, best first,
 * with `warnings` (stacks the dictionary does not know, matched as written).
 *
 * Builds an index over `postings` on every call; for many profiles use {@link recommendMany} or
 * `createRecommender`.
 *
 * @throws ProfileError naming the field when the profile cannot be used
 * @example
 * const top = await recommend(
 *   { stacks: 'java, spring', years: 3, home: '서울 마포구 월드컵북로 396', commute: { mode: 'transit', maxMinutes: 60 } },
 *   postings,
 * );
 * top[0]?.reasons // ['Java·Spring Framework 일치, JPA 유사', '경력 3년: 요건 2~5년', '대중교통 약 35분 (보통)']
 */
export async function recommend<P extends RecommendablePosting = Posting>(
  profile: Profile,
  postings: readonly P[],
  options: RecommendOptions = {},
): Promise<Recommendations<P>> {
  return createRecommender(postings, options).recommend(profile);
}

/**
 * Ranks `postings` for each profile over one index built once; answer `k` is what
 * `recommend(profiles[k], postings, options)` returns. A profile that cannot be used throws its
 * ProfileError (use `createRecommender` to handle profiles one by one).
 *
 * @throws ProfileError naming the field of the first profile that cannot be used
 * @example
 * const answers = await recommendMany([{ stacks: 'react' }, { intro: '파이썬 데이터 엔지니어입니다' }], postings, { limit: 10 });
 */
export async function recommendMany<P extends RecommendablePosting = Posting>(
  profiles: readonly Profile[],
  postings: readonly P[],
  options: RecommendOptions = {},
): Promise<Recommendations<P>[]> {
  const recommender = createRecommender(postings, options);
  const out: Recommendations<P>[] = [];
  for (const profile of profiles) out.push(await recommender.recommend(profile));
  return out;
}
