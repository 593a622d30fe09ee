// The chosen postings → Recommendation objects with their parts, commute, copies and Korean reasons.
import type { CommuteEstimate } from '../commute/index.js';
import { careerFit } from './career-fit.js';
import type { PostingIndex } from './posting-index.js';
import { preferenceFit } from './preferences.js';
import { commuteReason, stacksReason, textReason } from './reasons.js';
import type { ResolvedProfile } from './resolve-profile.js';
import { type StackQuery, stackMatches } from './stack-match.js';
import type { HardFilters, RecommendablePosting, Recommendation, RecommendationParts } from './types.js';

/** What {@link buildResults} needs from a finished query. */
export interface ResultsInput<P extends RecommendablePosting> {
  index: PostingIndex<P>;
  profile: ResolvedProfile;
  query: StackQuery;
  hard: HardFilters;
  /** Posting indexes, best first. */
  chosen: readonly number[];
  scored: ReadonlyMap<number, { score: number; stacks: number; text: number | undefined }>;
  commuteOf: (i: number) => CommuteEstimate | null;
  /** True when a copy of a job is still open (listed in `alsoOn`). */
  alive: (i: number) => boolean;
}

/**
 * Returns one {@link Recommendation} per chosen posting, in order, with reasons in Korean: the stack
 * match, the career fit, the commute, missed soft preferences and the text similarity.
 */
export function buildResults<P extends RecommendablePosting>(input: ResultsInput<P>): Recommendation<P>[] {
  const { index, profile, query } = input;
  return input.chosen.map((i) => {
    const posting = index.postings[i]!;
    const entry = input.scored.get(i)!;
    const career = careerFit(
      profile.years,
      profile.newcomer,
      posting.career ?? null,
      input.hard.career === true,
    );
    const prefs = preferenceFit(profile, posting, input.hard);
    const commute = input.commuteOf(i);
    const { exact, related } = stackMatches(index, query, i);
    const reasons = [stacksReason(exact, related)];
    if (career.reason) reasons.push(career.reason);
    if (profile.home !== null) reasons.push(commuteReason(commute, index.pointOf[i]! >= 0));
    reasons.push(...prefs.reasons);
    if (entry.text !== undefined) reasons.push(textReason(entry.text));
    const parts: RecommendationParts = {
      stacks: clamp01(entry.stacks),
      career: clamp01(career.score),
      commute: commute ? clamp01(1 - commute.intensity) : null,
      preferences: clamp01(prefs.score),
    };
    if (entry.text !== undefined) parts.text = clamp01(entry.text);
    const alsoOn: string[] = [];
    for (const j of index.members[index.group[i]!]!) {
      if (j !== i && input.alive(j)) alsoOn.push(index.postings[j]!.id);
    }
    return { posting, score: clamp01(entry.score), parts, commute, reasons, alsoOn };
  });
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
