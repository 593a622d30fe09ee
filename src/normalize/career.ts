// Career (경력) requirements from free text and from the sites' structured fields. Every entry point
// ends in `makeCareer`, so one value always gets one label. Forms seen on the sites: '신입', '신입 이상',
// '신입·경력', '신입/경력', '신입-경력 5년', '경력무관', '경력 3~10년', '경력3~5년', '경력5년↑', '5년 이상',
// '5년~12년 차', '경력 7년 이상 15년 이하', '신입·경력1년↑'. Crawled career fields sometimes hold the
// education requirement instead ('학력무관'): that is no career at all.
import type { Career } from '../model/posting.js';
import { cleanText } from './clean-text.js';

/** Years at or above this are "no upper bound" (Wanted sends `annual_to: 100` for open ranges). */
const OPEN_UPPER = 100;
/** Longer career texts are cut: nothing readable sits after the first 200 characters. */
const MAX_INPUT = 200;

// '경력 7년 이상 15년 이하', '5년 이상 ~ 10년 미만', '3년↑ 7년↓': both bounds written out
const YEAR_BOUNDS =
  /(?<![\d.])(\d{1,2})\s*년\s*(?:이상|↑)\s*[~\-–—〜,]?\s*(\d{1,3})\s*년\s*(이하|미만|↓|까지)/;
// '경력 3~5년', '5년~12년 차', '3-5 years', '1 ~ 10년', '3~5년 미만'
const YEAR_RANGE =
  /(?<![\d.])(\d{1,2})\s*(?:년|years?|yrs?)?\s*[~\-–—〜]\s*(\d{1,3})\s*(?:년|years?|yrs?)\s*(미만)?/;
// '3년 이상', '경력5년↑', '10년 차', '3+ years', '3년 이하'
const YEAR_SINGLE = /(?<![\d.])(\d{1,2})\s*(\+)?\s*(?:년|years?|yrs?)\s*(이상|↑|\+|이하|미만|↓|까지)?/;
// '150년', '3 years' — a count of years, read or not (4 digits is a calendar year: '2026년')
const ANY_YEARS = /(?<!\d)\d{1,3}\s*(?:년|years?|yrs?)/;
// '신입', 'newcomer', 'entry level', '신입 채용'
const NEWCOMER = /신입|new\s?comer|entry|new\s?grad|graduate/;
// '경력', 'experienced'
const EXPERIENCED = /경력|experienced/;
// '경력 무관', '무관', '경력무관', 'any', 'irrelevant'
const ANY = /무관|상관\s*없|\bany\b|irrelevant|no experience/;
// '학력무관', '성별 무관', '나이 상관없음': another requirement waived, which says nothing about career
const OTHER_WAIVER = /(?:학력|학벌|전공|성별|나이|연령)\s*(?:무관|상관\s*없\S*)/g;
// '신입 이상', '신입~', 'newcomer+' — newcomers and everyone above them
const NEWCOMER_OR_ABOVE = /신입\s*(?:이상|↑|~\s*$|\+)/;
// Rallit job levels as English words in free text ('Junior', 'Senior')
const LEVEL_WORD = /\b(beginner|intern|junior|middle|senior|top)\b/;

/** Rallit `jobLevels` as years: [min, max (null = open), newcomer]. */
const RALLIT_LEVELS: ReadonlyMap<string, readonly [number, number | null, boolean]> = new Map([
  ['BEGINNER', [0, 0, true]],
  ['INTERN', [0, 0, true]],
  ['JUNIOR', [1, 3, false]],
  ['MIDDLE', [3, 7, false]],
  ['SENIOR', [7, null, false]],
  ['TOP', [10, null, false]],
  ['IRRELEVANT', [0, null, true]],
]);

/**
 * Returns the one canonical Korean label of a career range: '신입', '경력무관', '신입~경력 3년',
 * '경력 3~5년', '경력 5년 이상' or '경력 3년'.
 *
 * @example careerLabel(0, null, true) // '경력무관'
 */
export function careerLabel(minYears: number, maxYears: number | null, newcomer: boolean): string {
  if (newcomer) {
    if (maxYears === 0) return '신입';
    if (maxYears === null) return '경력무관';
    return `신입~경력 ${maxYears}년`;
  }
  if (maxYears === null) return `경력 ${minYears}년 이상`;
  if (maxYears === minYears) return `경력 ${minYears}년`;
  return `경력 ${minYears}~${maxYears}년`;
}

/**
 * The single constructor: enforces the invariants (newcomer ⇔ minYears 0, max ≥ min, open upper
 * bound as null) so equal meanings always compare equal.
 */
function makeCareer(min: number, max: number | null, newcomer: boolean): Career | null {
  if (!Number.isFinite(min) || min < 0 || min >= OPEN_UPPER) return null;
  let upper = max;
  if (upper !== null && (Number.isNaN(upper) || upper < 0)) return null;
  if (upper !== null && upper >= OPEN_UPPER) upper = null;
  let lower = min;
  if (upper !== null && upper < lower) [lower, upper] = [upper, lower];
  const isNewcomer = newcomer || lower === 0;
  const minYears = isNewcomer ? 0 : lower;
  return { minYears, maxYears: upper, newcomer: isNewcomer, label: careerLabel(minYears, upper, isNewcomer) };
}

/**
 * Returns the career range a free-text requirement states, or `null` when it cannot be read.
 * '신입 이상', '경력 무관' and '신입·경력' are one value (`{0, null, true}`); '신입' alone is `{0, 0, true}`;
 * '경력' alone is `{1, null, false}` (some experience, no bound stated); a bare '경력 3년' is exactly 3.
 * With 신입 in the text, a single number is the upper bound ('신입-경력 5년' → 0~5) unless it is a lower
 * one ('신입·경력1년↑' → anyone); '경력 3년 이하' is 0~3 (newcomers included) and 'N년 미만' stops a year
 * short ('경력 5년 이상 10년 미만' → 5~9). A waiver of something else ('학력무관') is not a career:
 * `null`. English Rallit level words ('Junior') use {@link careerFromLevels}.
 *
 * @example normalizeCareer('경력 3~5년') // { minYears: 3, maxYears: 5, newcomer: false, label: '경력 3~5년' }
 * @example normalizeCareer('신입·경력') // { minYears: 0, maxYears: null, newcomer: true, label: '경력무관' }
 * @example normalizeCareer('경력 5년 이상 10년 미만') // { minYears: 5, maxYears: 9, newcomer: false, label: '경력 5~9년' }
 */
export function normalizeCareer(text: string): Career | null {
  if (typeof text !== 'string') return null;
  const t = cleanText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text)
    .toLowerCase()
    .replace(OTHER_WAIVER, ' ');
  if (t.trim() === '') return null;
  const hasNew = NEWCOMER.test(t);
  const hasExp = EXPERIENCED.test(t);

  const bounds = YEAR_BOUNDS.exec(t);
  if (bounds) {
    const lo = Number(bounds[1]);
    const hi = upperBound(Number(bounds[2]), bounds[3]);
    if (hi < lo) return null;
    return makeCareer(hasNew ? 0 : lo, hi, hasNew || lo === 0);
  }
  const range = YEAR_RANGE.exec(t);
  if (range) {
    const lo = Number(range[1]);
    const hi = upperBound(Number(range[2]), range[3]);
    // '3~3년 미만' leaves no year; other reversed ranges are swapped by makeCareer.
    if (range[3] !== undefined && hi < lo) return null;
    return makeCareer(hasNew ? 0 : lo, hi, hasNew || lo === 0);
  }
  const single = YEAR_SINGLE.exec(t);
  if (single) {
    const n = Number(single[1]);
    const mod = single[2] ?? single[3];
    if (mod === '이하' || mod === '미만' || mod === '↓' || mod === '까지') {
      return makeCareer(0, Math.max(upperBound(n, mod), 0), true);
    }
    const atLeast = mod !== undefined;
    // '신입·경력1년↑' is newcomers or anyone with a year or more: everyone may apply.
    if (hasNew) return makeCareer(0, atLeast ? null : n, true);
    return makeCareer(n, atLeast ? null : n, false);
  }
  // A year count we could not read ('경력 150년') must not fall back to the word forms below.
  if (ANY_YEARS.test(t)) return null;
  if (ANY.test(t) || NEWCOMER_OR_ABOVE.test(t) || (hasNew && hasExp)) return makeCareer(0, null, true);
  if (hasNew) return makeCareer(0, 0, true);
  if (hasExp) return makeCareer(1, null, false);
  const level = LEVEL_WORD.exec(t);
  if (level?.[1]) return careerFromLevels([level[1]]);
  return null;
}

// '10년 미만' excludes the tenth year: whole years below 10 end at 9.
function upperBound(years: number, modifier: string | undefined): number {
  return modifier === '미만' ? years - 1 : years;
}

/**
 * Returns the career range of structured site fields, or `null` for negative or NaN values.
 * `min` null ⇒ 0; `max` null or ≥ 100 ⇒ no upper bound (Wanted `annual_to: 100`);
 * `newcomer` true or `min` 0 ⇒ newcomers may apply (and `minYears` becomes 0). A `max` of 0 with a
 * positive `min` is read as "not set" (open); other reversed ranges are swapped.
 *
 * @example normalizeCareerRange(3, 100) // { minYears: 3, maxYears: null, newcomer: false, label: '경력 3년 이상' }
 */
export function normalizeCareerRange(
  min: number | null | undefined,
  max: number | null | undefined,
  newcomer?: boolean | null,
): Career | null {
  const lo = min ?? 0;
  if (typeof lo !== 'number' || Number.isNaN(lo) || lo < 0) return null;
  let hi: number | null = max ?? null;
  if (hi !== null && (typeof hi !== 'number' || Number.isNaN(hi) || hi < 0)) return null;
  if (hi === 0 && lo > 0) hi = null;
  return makeCareer(lo, hi, newcomer === true);
}

/**
 * Returns the career range covered by Rallit `jobLevels` (BEGINNER/INTERN 0~0, JUNIOR 1~3, MIDDLE 3~7,
 * SENIOR 7+, TOP 10+, IRRELEVANT any), combined by min/max; `null` when no level is known.
 *
 * @example careerFromLevels(['JUNIOR', 'MIDDLE']) // { minYears: 1, maxYears: 7, newcomer: false, label: '경력 1~7년' }
 */
export function careerFromLevels(levels: readonly string[]): Career | null {
  let min = Number.POSITIVE_INFINITY;
  let max: number | null = -1;
  let newcomer = false;
  let found = false;
  for (const level of levels) {
    if (typeof level !== 'string') continue;
    const spec = RALLIT_LEVELS.get(level.trim().toUpperCase());
    if (!spec) continue;
    found = true;
    min = Math.min(min, spec[0]);
    max = max === null || spec[1] === null ? null : Math.max(max, spec[1]);
    newcomer ||= spec[2];
  }
  return found ? makeCareer(min, max, newcomer) : null;
}
