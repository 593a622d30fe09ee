// How well a person's years fit a posting's career range. Pure.
import type { Career } from '../model/posting.js';
import { CAREER_SHORTFALL_LIMIT } from './types.js';

/** The career part, whether the posting is out of the question, and the Korean reason. */
export interface CareerFit {
  score: number;
  excluded: boolean;
  reason: string | null;
}

/** The career part when the person's years or the posting's range are unknown: neither good nor bad. */
export const CAREER_NEUTRAL = 0.75;

/** {@link careerScore}'s answer for a posting the person cannot take. */
export const CAREER_EXCLUDED = -1;

/**
 * Returns the career part of a posting whose range is `min`–`max` years (`min` NaN when unknown, `max`
 * Infinity when open) for a person with `years` (0 for a newcomer, null when not given), or
 * {@link CAREER_EXCLUDED}:
 * - inside the range (or 경력무관): 1;
 * - a newcomer and a minimum above 0: excluded;
 * - short of the minimum by g years: 0.7 × (1 − g / (limit + 1)) — costs more the larger the gap — and
 *   excluded beyond {@link CAREER_SHORTFALL_LIMIT} years (or at any gap when `hardShortfall`);
 * - over the maximum by o years: max(0.4, 1 − 0.06·o), a soft penalty;
 * - unknown on either side: {@link CAREER_NEUTRAL}.
 *
 * @example careerScore(1, false, 3, 5) // 0.35 (2 years short)
 */
export function careerScore(
  years: number | null,
  newcomer: boolean,
  min: number,
  max: number,
  hardShortfall = false,
): number {
  if (!Number.isFinite(min)) return CAREER_NEUTRAL;
  const floor = Math.max(0, min);
  if (newcomer && floor > 0) return CAREER_EXCLUDED;
  if (years === null) return CAREER_NEUTRAL;
  if (years < floor) {
    const gap = floor - years;
    if (hardShortfall || gap > CAREER_SHORTFALL_LIMIT) return CAREER_EXCLUDED;
    return 0.7 * (1 - gap / (CAREER_SHORTFALL_LIMIT + 1));
  }
  if (years > max) return Math.max(0.4, 1 - 0.06 * (years - max));
  return 1;
}

/**
 * Returns {@link careerScore} for a posting's {@link Career} with its Korean reason.
 *
 * @example careerFit(3, false, { minYears: 2, maxYears: 5, newcomer: false, label: '경력 2~5년' }) // { score: 1, excluded: false, reason: '경력 3년: 요건 2~5년' }
 */
export function careerFit(
  years: number | null,
  newcomer: boolean,
  career: Career | null,
  hardShortfall = false,
): CareerFit {
  const min = career && Number.isFinite(career.minYears) ? Math.max(0, career.minYears) : Number.NaN;
  const max =
    career && typeof career.maxYears === 'number' && Number.isFinite(career.maxYears)
      ? career.maxYears
      : Number.POSITIVE_INFINITY;
  const score = careerScore(years, newcomer, min, max, hardShortfall);
  if (score === CAREER_EXCLUDED) return { score: 0, excluded: true, reason: null };
  if (Number.isNaN(min)) return { score, excluded: false, reason: years === null ? null : '경력 요건 미상' };
  const wanted = requirement(min, max);
  if (years === null) return { score, excluded: false, reason: `요건 ${wanted}` };
  if (newcomer) return { score, excluded: false, reason: '신입 가능' };
  const mine = `경력 ${formatYears(years)}년`;
  if (years < min)
    return { score, excluded: false, reason: `${mine}: 요건 ${wanted} (${formatYears(min - years)}년 부족)` };
  if (years > max) return { score, excluded: false, reason: `${mine}: 요건 ${wanted} (초과)` };
  return { score, excluded: false, reason: `${mine}: 요건 ${wanted}` };
}

function requirement(min: number, max: number): string {
  if (max === Number.POSITIVE_INFINITY) return min === 0 ? '경력무관' : `${formatYears(min)}년 이상`;
  if (min === 0) return max === 0 ? '신입' : `신입~${formatYears(max)}년`;
  return `${formatYears(min)}~${formatYears(max)}년`;
}

const formatYears = (y: number): string => String(Math.round(y * 10) / 10);
