// Whether two postings of one company, on two sites, are copies of one job. Each field a site leaves
// out is no evidence either way; each field both give must agree, because one company often has two
// openings of the same role at once (two backend teams, two offices, a junior and a senior post).
import type { JobCandidate } from './job-candidate.js';
import { titleKeySimilarity } from './job-title-key.js';

/** Titles at least this alike are one role ('백엔드개발' against a typo of it). */
export const SAME_TITLE = 0.9;
/** Copies go up within this many days of each other. */
const POSTING_WINDOW_DAYS = 14;
/** At least this share of the shorter stack list appears in the other. */
const STACK_OVERLAP = 0.5;

/**
 * Returns how sure it is that `a` and `b` are one job (higher is surer, about 1 to 4), or null when
 * they are not: another site is required, titles must be near-identical, and the place (시도 and
 * 시군구), the career asked, the stacks and the posting day must not disagree.
 *
 * @example sameJob(jumpitCopy, wantedCopy) // 3.6
 */
export function sameJob(a: JobCandidate, b: JobCandidate): number | null {
  if (a.source === b.source) return null;
  const title = titleKeySimilarity(a.titleKey, b.titleKey, SAME_TITLE);
  if (title < SAME_TITLE) return null;
  // The 시도 and 시군구 decide the place. Branch names do not: each is one run's split of a company's
  // geocoded points, and one building listed with a floor on one site and without on another can
  // fall into two branches of one district.
  if (differ(a.sido, b.sido) || differ(a.sigungu, b.sigungu)) return null;
  if (a.careerMin !== null && b.careerMin !== null && Math.abs(a.careerMin - b.careerMin) > 1) return null;
  let score = title;
  if (a.stacks.length > 0 && b.stacks.length > 0) {
    const shared = sharedCount(a.stacks, b.stacks);
    if (shared / Math.min(a.stacks.length, b.stacks.length) < STACK_OVERLAP) return null;
    score += shared / (a.stacks.length + b.stacks.length - shared);
  }
  if (a.postedDay !== null && b.postedDay !== null) {
    const days = Math.abs(a.postedDay - b.postedDay);
    if (days > POSTING_WINDOW_DAYS) return null;
    score += 1 - days / POSTING_WINDOW_DAYS;
  }
  if (a.sigungu !== null && a.sigungu === b.sigungu) score += 0.5;
  if (a.branch !== null && a.branch === b.branch) score += 0.25;
  return score;
}

function differ(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

// Both lists are sorted and free of repeats.
function sharedCount(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return shared;
}
