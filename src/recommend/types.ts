// The public shapes of ohmystack/recommend: what a recommendation holds and the options that steer it.
import type { CommuteEstimate, CommuteEstimator, CommuteMode } from '../commute/index.js';
import type { Geocoder } from '../geo/types.js';
import type { Posting } from '../model/posting.js';
import type { StackRelations } from './stack-relations.js';
import type { TextEmbedder } from './text-embedder.js';

/**
 * The fields of a posting the recommender reads. A full {@link Posting} fits as is; a lighter object
 * (built from lake rows, without description sections) fits too.
 */
export type RecommendablePosting = Pick<
  Posting,
  | 'id'
  | 'title'
  | 'company'
  | 'companyId'
  | 'career'
  | 'stacks'
  | 'positions'
  | 'address'
  | 'geo'
  | 'deadline'
  | 'employment'
  | 'salary'
> &
  Partial<Pick<Posting, 'jobId' | 'url' | 'mentionedStacks' | 'addresses' | 'expired' | 'sections'>>;

/** The parts a score is made of, each in 0–1. */
export interface RecommendationParts {
  /**
   * How well the person's stacks and the posting's fit: rarity-weighted coverage of both sides, related
   * skills counting half; blended with `text` when an embedder compares the introduction.
   */
  stacks: number;
  /** Career fit: 1 inside the posting's range, lower the further outside; 0.75 when either side is unknown. */
  career: number;
  /** 1 − commute intensity; null when the commute is unknown (no home, or no point for the posting). */
  commute: number | null;
  /** Share of the soft preferences (families, regions, employment, salary) the posting meets. */
  preferences: number;
  /** Cosine similarity of the introduction and the posting's text (negative read as 0), with an embedder. */
  text?: number;
}

/** One recommended job. */
export interface Recommendation<P extends RecommendablePosting = Posting> {
  /** The best-scoring copy of the job. */
  posting: P;
  /** 0–1, higher is better. Postings with an exact or related stack match score ≥ 0.5, others < 0.5. */
  score: number;
  parts: RecommendationParts;
  /** The estimated commute from the person's home, or null when unknown. */
  commute: CommuteEstimate | null;
  /** Short reasons in Korean: 'Java·Spring 일치, JPA 유사', '경력 3년: 요건 2~5년', '대중교통 약 35분 (보통)'. */
  reasons: string[];
  /** Posting ids of the same job (same `jobId`) on other sites or listings. */
  alsoOn: string[];
}

/**
 * Recommendations, best first. Still an array (`Array.isArray` is true); `warnings` says what the
 * recommender did with input it could not fully use (stacks the dictionary does not know, …).
 */
export type Recommendations<P extends RecommendablePosting = Posting> = Recommendation<P>[] & {
  warnings: string[];
};

/**
 * Relative weights of the score's parts within a tier. `text` is the share of the stack part taken by
 * the introduction's similarity when an embedder is set. Set `commute: 0` to switch the commute term off.
 */
export interface RecommendWeights {
  /** @default 0.6 */
  stacks: number;
  /** @default 0.2 */
  career: number;
  /** @default 0.15 */
  commute: number;
  /** @default 0.05 */
  preferences: number;
  /** Share of the stack part given to the introduction's text similarity. @default 0.3 */
  text: number;
}

/**
 * Which preferences are hard filters. A hard preference excludes every posting that does not meet it
 * (for families, regions and employment also postings that do not say); a soft one only lowers the
 * `preferences` part and adds a reason. Excluded companies, expired and closed postings, a newcomer
 * facing a minimum above 0 years, a shortfall beyond {@link CAREER_SHORTFALL_LIMIT} years, and with
 * `maxMinutes` set a commute beyond it, unknown or not daily, are always hard.
 */
export interface HardFilters {
  /** @default false */
  families?: boolean;
  /** @default false */
  regions?: boolean;
  /** @default false */
  employment?: boolean;
  /** Exclude postings whose stated pay tops out below `salaryMin`; unstated pay is kept. @default false */
  salary?: boolean;
  /** Exclude every posting whose minimum years the person does not reach. @default false */
  career?: boolean;
}

/** Years of shortfall beyond which a posting is excluded: a 1-year developer never sees '경력 5년 이상'. */
export const CAREER_SHORTFALL_LIMIT = 3;

/** Options of {@link createRecommender}, also the defaults of each of its queries. */
export interface RecommenderOptions {
  /** How many jobs to return. @default 20 */
  limit?: number;
  /** The moment deadlines are read against (KST calendar day). @default new Date() */
  now?: Date;
  /**
   * Estimates commutes. The default offline model is cheap and estimates every candidate the ranking
   * may need; any other estimator (a router: network, quota) is asked only for a shortlist, the top
   * `shortlist` candidates by the other parts.
   * @default the offline model (`estimateCommute`)
   */
  commute?: CommuteEstimator;
  /** Rush-hour speeds for the commute. @default true */
  peak?: boolean;
  /** Places a string `home`. @default gazetteerGeocoder() */
  geocoder?: Geocoder;
  /** Compares the introduction with posting texts; nothing is compared without one. */
  embedder?: TextEmbedder;
  /** Ids of postings gone from their sites; they never appear. */
  closedIds?: Iterable<string>;
  /** @default {@link DEFAULT_WEIGHTS} */
  weights?: Partial<RecommendWeights>;
  /** @default all soft */
  hard?: HardFilters;
  /** Related stacks. @default learnStackRelations(postings) with the dictionary's parent relation */
  relations?: StackRelations;
  /**
   * How many candidates, at most, a router estimator or an embedder is asked about per profile.
   * @default 5 × limit
   */
  shortlist?: number;
  signal?: AbortSignal;
}

/** Options of one query; the index-level ones (`relations`) are fixed when the recommender is built. */
export type RecommendOptions = RecommenderOptions;

/** Re-exported for the profile's `commute.mode`. */
export type { CommuteMode };
