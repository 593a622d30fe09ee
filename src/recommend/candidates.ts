// The synchronous half of a query: which postings may be recommended at all, and their parts that do
// not depend on the commute or an embedder. Pure.
import { CAREER_EXCLUDED, careerScore } from './career-fit.js';
import type { PostingIndex } from './posting-index.js';
import { preferenceFit } from './preferences.js';
import type { ResolvedProfile } from './resolve-profile.js';
import { type StackQuery, stackScore } from './stack-match.js';
import type { HardFilters, RecommendablePosting } from './types.js';

/** Candidates as parallel typed arrays: posting index and the parts known before the commute. */
export interface Candidates {
  count: number;
  idx: Int32Array;
  stacks: Float64Array;
  career: Float64Array;
  preferences: Float64Array;
  /** 1 when the posting shares an exact or related stack with the person. */
  matched: Uint8Array;
}

/** What admits a posting: the profile, postings out of the question, reachable points. */
export interface AdmitContext<P extends RecommendablePosting> {
  index: PostingIndex<P>;
  profile: ResolvedProfile;
  query: StackQuery;
  hard: HardFilters;
  /** Per posting: 1 when expired on the query's day or closed. */
  dead: Uint8Array;
  /** Per distinct point: 1 when within reach of the commute limit; null without a limit. */
  reachable: Uint8Array | null;
  /** Normalized, lowercased company names of postings, memoized. */
  companyKey: (name: string) => string;
  /** Scratch space, one slot per person stack. */
  hits: Float64Array;
  /** Read once per query from the profile and `hard`: the hot loop touches no nested object. */
  years: number | null;
  newcomer: boolean;
  hardCareer: boolean;
  withPreferences: boolean;
  withExclusions: boolean;
}

/** True when posting `i` is expired on KST day `today` by its flag or its deadline date. */
export function isExpiredAt<P extends RecommendablePosting>(
  index: PostingIndex<P>,
  i: number,
  today: string,
): boolean {
  if (index.expired[i]) return true;
  const date = index.deadline[i];
  return date !== null && date !== undefined && date < today;
}

/** Returns room for `capacity` candidates. */
export function candidates(capacity: number): Candidates {
  return {
    count: 0,
    idx: new Int32Array(capacity),
    stacks: new Float64Array(capacity),
    career: new Float64Array(capacity),
    preferences: new Float64Array(capacity),
    matched: new Uint8Array(capacity),
  };
}

/**
 * Admits posting `i` into `out` when no hard rule excludes it: expired or closed, an excluded company,
 * a career the person cannot take, a hard preference missed, or out of reach of the commute limit.
 */
export function admit<P extends RecommendablePosting>(
  ctx: AdmitContext<P>,
  i: number,
  out: Candidates,
): void {
  const { index } = ctx;
  if (ctx.dead[i] === 1) return;
  if (ctx.reachable !== null) {
    const point = index.pointOf[i]!;
    if (point < 0 || ctx.reachable[point] !== 1) return;
  }
  const career = careerScore(
    ctx.years,
    ctx.newcomer,
    index.careerMin[i]!,
    index.careerMax[i]!,
    ctx.hardCareer,
  );
  if (career === CAREER_EXCLUDED) return;
  if (ctx.withExclusions && isExcludedCompany(ctx, index.postings[i]!)) return;
  let preferences = 1;
  if (ctx.withPreferences) {
    const fit = preferenceFit(ctx.profile, index.postings[i]!, ctx.hard);
    if (fit.excluded) return;
    preferences = fit.score;
  }
  const stacks = stackScore(index, ctx.query, i, ctx.hits);
  const k = out.count++;
  out.idx[k] = i;
  out.stacks[k] = stacks;
  out.career[k] = career;
  out.preferences[k] = preferences;
  out.matched[k] = stacks > 0 ? 1 : 0;
}

function isExcludedCompany<P extends RecommendablePosting>(ctx: AdmitContext<P>, posting: P): boolean {
  const id = posting.companyId;
  return (
    (typeof id === 'string' && ctx.profile.excludeCompanies.has(id.toLowerCase())) ||
    (typeof posting.company === 'string' && ctx.profile.excludeCompanies.has(ctx.companyKey(posting.company)))
  );
}

/** True when the profile states a family, region, employment type or pay floor. */
export const hasPreferences = (p: ResolvedProfile): boolean =>
  p.families.size > 0 || p.regions.length > 0 || p.employment.size > 0 || p.salaryMin !== null;
