// Public surface of ohmystack/recommend: a person's profile → ranked postings with reasons in Korean.

export { ProfileError } from '../model/errors/profile-error.js';
export { Profile } from './profile.js';
export { recommend, recommendMany } from './recommend.js';
export type { Recommender } from './recommender.js';
export { createRecommender } from './recommender.js';
export type { RegionFilter } from './region-filter.js';
export type { ResolvedProfile, ResolveProfileOptions } from './resolve-profile.js';
export { resolveProfile } from './resolve-profile.js';
export type {
  LearnStackRelationsOptions,
  RelatedStack,
  StackRelationKind,
  StackRelations,
} from './stack-relations.js';
export { learnStackRelations } from './stack-relations.js';
export type { TextEmbedder } from './text-embedder.js';
export { postingText } from './text-embedder.js';
export type {
  HardFilters,
  RecommendablePosting,
  Recommendation,
  RecommendationParts,
  Recommendations,
  RecommenderOptions,
  RecommendOptions,
  RecommendWeights,
} from './types.js';
export { DEFAULT_WEIGHTS } from './weights.js';
