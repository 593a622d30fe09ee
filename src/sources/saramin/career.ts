// Saramin Open API `experience-level{code,min,max,name}` (https://oapi.saramin.co.kr/guide/job-search):
// code 0 경력무관, 1 신입, 2 경력, 3 신입/경력; `min`/`max` are years, 0 meaning "not stated". The site's
// codes are decoded here, once; the normalizer reads the result like any site's structured career.
import type { RawCareer } from '../../model/raw-posting.js';
import { readDecodedText, readNumber } from '../_read-values.js';

/** `min`, `max` and `newcomer` of a {@link RawCareer}, decoded from a level's code. */
type CareerRange = Required<Pick<RawCareer, 'min' | 'max' | 'newcomer'>>;

/**
 * Returns the career of an `experience-level`: the name as text plus min/max/newcomer from the code.
 * 0 is anyone (0, open, newcomers); 1 newcomers only (0~0); 2 experienced, at least 1 year, `max` 0
 * meaning no upper bound; 3 newcomers or experienced, 0 up to `max` (Saramin sends min 5, max 15 with
 * the name '신입/경력'). An unknown code or an unreadable or negative year count keeps only the name,
 * for the normalizer to read as text.
 *
 * @example saraminCareer({ code: 2, min: 3, max: 5, name: '경력 3~5년' }) // { text: '경력 3~5년', min: 3, max: 5, newcomer: false }
 * @example saraminCareer({ code: 0, min: 0, max: 0, name: '경력무관' }) // { text: '경력무관', min: 0, max: null, newcomer: true }
 * @example saraminCareer({ code: 2, min: 0, max: 0, name: '경력' }) // { text: '경력', min: 1, max: null, newcomer: false }
 */
export function saraminCareer(level: Record<string, unknown> | null | undefined): RawCareer | undefined {
  if (level == null) return undefined;
  const text = readDecodedText(level.name);
  const range = decodeLevel(level.code, years(level.min), years(level.max));
  if (range !== undefined) return text === undefined ? range : { text, ...range };
  return text === undefined ? undefined : { text };
}

function decodeLevel(code: unknown, min: number, max: number): CareerRange | undefined {
  if (Number.isNaN(min) || Number.isNaN(max)) return undefined;
  const upper = max > 0 ? max : null;
  switch (readNumber(code)) {
    case 0:
      return { min: 0, max: null, newcomer: true };
    case 1:
      return { min: 0, max: 0, newcomer: true };
    case 2:
      return { min: Math.max(min, 1), max: upper, newcomer: false };
    case 3:
      return { min: 0, max: upper, newcomer: true };
    default:
      return undefined;
  }
}

// Absent or blank is "not stated" (0); anything else that is not a count of years is NaN (unreadable).
function years(value: unknown): number {
  if (value === undefined || value === null || value === '') return 0;
  const n = readNumber(value);
  return n === undefined || n < 0 ? Number.NaN : n;
}
