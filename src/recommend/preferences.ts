// Wanted families, regions, employment types and pay: each met, missed or unknown for a posting, then
// read as a hard filter or a soft preference. Pure.
import type { Salary } from '../model/posting.js';
import { inRegions } from './region-filter.js';
import type { ResolvedProfile } from './resolve-profile.js';
import type { HardFilters, RecommendablePosting } from './types.js';

/** Whether a posting meets a preference: true, false, or null when the posting does not say. */
type Met = boolean | null;

/** The preferences part, whether a hard one excludes the posting, and the Korean reasons of the misses. */
export interface PreferenceFit {
  score: number;
  excluded: boolean;
  reasons: string[];
}

/** Work hours a month by the Labour Standards Act's usual reckoning (209), for hourly pay. */
const HOURS_PER_MONTH = 209;

/**
 * Returns the yearly pay a salary tops out at, in won, or null when it does not say.
 *
 * @example yearlyPay({ min: 3_000_000, max: 4_000_000, period: 'month', negotiable: false, currency: 'KRW' }) // 48_000_000
 */
export function yearlyPay(salary: Salary | null | undefined): number | null {
  if (!salary) return null;
  const top = salary.max ?? salary.min;
  if (typeof top !== 'number' || !Number.isFinite(top) || top <= 0) return null;
  if (salary.period === 'month') return top * 12;
  if (salary.period === 'hour') return top * HOURS_PER_MONTH * 12;
  return top;
}

const NO_REASONS: string[] = [];

/**
 * Checks a posting against the profile's families, regions, employment types and pay floor. A hard
 * preference excludes a posting that misses it — and, for families, regions and employment, one that
 * does not say; unstated pay is never excluded. The part is the share of stated preferences met, an
 * unknown counting half; 1 when the profile states none.
 *
 * @example preferenceFit(profile, posting, { regions: true }) // { score: 1, excluded: false, reasons: [] }
 */
export function preferenceFit(
  profile: ResolvedProfile,
  posting: RecommendablePosting,
  hard: HardFilters,
): PreferenceFit {
  let stated = 0;
  let sum = 0;
  let reasons = NO_REASONS;
  const check = (met: Met, isHard: boolean | undefined, keepUnknown: boolean, miss: string): boolean => {
    stated++;
    if (met === true) sum += 1;
    else if (met === null) sum += 0.5;
    if (isHard && (met === false || (met === null && !keepUnknown))) return true;
    if (met === false) {
      if (reasons === NO_REASONS) reasons = [];
      reasons.push(miss);
    }
    return false;
  };
  if (profile.families.size > 0) {
    const positions = posting.positions ?? [];
    const met: Met = positions.length === 0 ? null : positions.some((f) => profile.families.has(f));
    if (check(met, hard.families, false, '희망 직군 아님')) return excludedFit;
  }
  if (profile.regions.length > 0) {
    const places = [posting.address, ...(posting.addresses ?? [])].filter((a) => a != null);
    const met: Met = places.length === 0 ? null : places.some((a) => inRegions(a, profile.regions));
    if (check(met, hard.regions, false, '희망 지역 아님')) return excludedFit;
  }
  if (profile.employment.size > 0) {
    const types = posting.employment?.types ?? [];
    const met: Met = types.length === 0 ? null : types.some((t) => profile.employment.has(t));
    if (check(met, hard.employment, false, '희망 고용형태 아님')) return excludedFit;
  }
  if (profile.salaryMin !== null) {
    const pay = yearlyPay(posting.salary);
    const met: Met = pay === null ? null : pay >= profile.salaryMin;
    if (check(met, hard.salary, true, '희망 연봉 미달')) return excludedFit;
  }
  return { score: stated === 0 ? 1 : sum / stated, excluded: false, reasons };
}

const excludedFit: PreferenceFit = Object.freeze({ score: 0, excluded: true, reasons: NO_REASONS });
