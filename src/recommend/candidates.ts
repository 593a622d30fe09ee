// The synchronous half of a query: which postings may be recommended at all, and their parts that do
// not depend on the commute or an embedder. Pure.
import { CAREER_EXCLUDED, careerScore } from './career-fit.js';
import type { PostingIndex } from './posting-index.js';
import { preferenceFit } from './preferences.js';
import type { ResolvedProfile } from './resolve-profile.js';
import { type StackQuery, stackScore } from './stack-match.js';
import type { HardFilters, RecommendablePosting } from './types.js';

/** Candidates as parallel arrays: posting index and the parts known before the commute. */
export interface Candidates {
  idx: number[];
  stacks: number[];
  career: number[];
  preferences: number[];
  matched: boolean[];
}

/** What admits a posting: the profile, the day, closed postings, reachable points. */
export interface AdmitContext<P extends RecommendablePosting> {
  index: PostingIndex<P>;
  profile: ResolvedProfile;
  query: StackQuery;
  hard: HardFilters;
  /** KST 'YYYY-MM-DD' of `now`. */
  today: string;
  closed: (i: number) => boolean;
  /** Per distinct point: 1 when within reach of the commute limit; null without a limit. */
  reachable: Uint8Array | null;
  /** Normalized, lowercased company names of postings, memoized. */
  companyKey: (name: string) => string;
}

/** True when posting `i` is expired on `today` by its flag or its deadline date. */
export function isExpiredAt<P extends RecommendablePosting>(
  index: PostingIndex<P>,
  i: number,
  today: string,
): boolean {
  if (index.expired[i]) return true;
  const date = index.deadline[i];
  return date !== null && date !== undefined && date < today;
}

/**
 * Admits posting `i` into `out` when no hard rule excludes it: expired, closed, an excluded company,
 * a career the person cannot take, a hard preference missed, or out of reach of the commute limit.
 */
export function admit<P extends RecommendablePosting>(
  ctx: AdmitContext<P>,
  i: number,
  hits: Float64Array,
  out: Candidates,
): void {
  const { index, profile } = ctx;
  if (isExpiredAt(index, i, ctx.today) || ctx.closed(i)) return;
  const posting = index.postings[i]!;
  if (profile.excludeCompanies.size > 0) {
    const id = posting.companyId;
    if (
      (typeof id === 'string' && profile.excludeCompanies.has(id.toLowerCase())) ||
      (typeof posting.company === 'string' && profile.excludeCompanies.has(ctx.companyKey(posting.company)))
    ) {
      return;
    }
  }
  if (ctx.reachable !== null) {
    const point = index.pointOf[i]!;
    if (point < 0 || ctx.reachable[point] !== 1) return;
  }
  const career = careerScore(
    profile.years,
    profile.newcomer,
    index.careerMin[i]!,
    index.careerMax[i]!,
    ctx.hard.career === true,
  );
  if (career === CAREER_EXCLUDED) return;
  const prefs = preferenceFit(profile, posting, ctx.hard);
  if (prefs.excluded) return;
  const stacks = stackScore(index, ctx.query, i, hits);
  out.idx.push(i);
  out.stacks.push(stacks);
  out.career.push(career);
  out.preferences.push(prefs.score);
  out.matched.push(stacks > 0);
}

/** Returns empty candidate arrays. */
export function noCandidates(): Candidates {
  return { idx: [], stacks: [], career: [], preferences: [], matched: [] };
}
