// The weights of the score's parts and the tiers that make stack fit dominate. Pure.
import type { RecommendWeights } from './types.js';

/** Default weights of the score's parts; see {@link RecommendWeights}. */
export const DEFAULT_WEIGHTS: Readonly<RecommendWeights> = Object.freeze({
  stacks: 0.6,
  career: 0.2,
  commute: 0.15,
  preferences: 0.05,
  text: 0.3,
});

/** Scores of postings with an exact or related stack match start here; the others stay below NO_MATCH_CEILING. */
export const MATCH_FLOOR = 0.5;
/** The highest score a posting without any stack match can reach. */
export const NO_MATCH_CEILING = 0.45;

/**
 * Returns the weights with defaults filled in; a negative or non-finite weight reads as its default,
 * and `text` is clamped to 0–1 (it is a share of the stack part).
 *
 * @example resolveWeights({ commute: 0 }).commute // 0
 */
export function resolveWeights(weights: Partial<RecommendWeights> = {}): RecommendWeights {
  const pick = (key: keyof RecommendWeights): number => {
    const w = weights[key];
    return typeof w === 'number' && Number.isFinite(w) && w >= 0 ? w : DEFAULT_WEIGHTS[key];
  };
  return {
    stacks: pick('stacks'),
    career: pick('career'),
    commute: pick('commute'),
    preferences: pick('preferences'),
    text: Math.min(1, pick('text')),
  };
}

/**
 * Combines parts into a score in 0–1: the weighted mean m of the parts (an unknown commute counts as
 * 0.5; a part with weight 0 drops out, and the commute drops out unless `commuteActive`), then
 * MATCH_FLOOR + (1 − MATCH_FLOOR)·m for a posting with a stack match and NO_MATCH_CEILING·m for one
 * without — so no posting without a match ever outranks one with it. Positional arguments: it runs once
 * per candidate.
 *
 * @example combineScore(true, 1, 1, 1, 1, DEFAULT_WEIGHTS, true) // 1
 */
export function combineScore(
  matched: boolean,
  stacks: number,
  career: number,
  commute: number | null,
  preferences: number,
  w: RecommendWeights,
  commuteActive: boolean,
): number {
  const wc = commuteActive ? w.commute : 0;
  const total = w.stacks + w.career + wc + w.preferences;
  const m =
    total > 0
      ? (w.stacks * stacks + w.career * career + wc * (commute ?? 0.5) + w.preferences * preferences) / total
      : 0;
  const clamped = Math.min(1, Math.max(0, Number.isFinite(m) ? m : 0));
  return matched ? MATCH_FLOOR + (1 - MATCH_FLOOR) * clamped : NO_MATCH_CEILING * clamped;
}
