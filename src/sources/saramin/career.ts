// Saramin Open API `experience-level{code,min,max,name}` (https://oapi.saramin.co.kr/guide/job-search):
// 0 경력무관, 1 신입, 2 경력 (min/max years, e.g. 10/17 '경력 10~17년'), 3 신입/경력 (min/max present,
// e.g. 5/15, while newcomers apply).
import type { RawCareer } from '../../model/raw-posting.js';
import { readDecodedText, readNumber } from '../_read-values.js';

/**
 * Returns the career of an `experience-level`: the name as text plus min/max/newcomer from the code.
 * A max of 0 means no upper bound; with code 3 the minimum is 0 because newcomers may apply.
 *
 * @example saraminCareer({ code: 2, min: 3, max: 5, name: '경력 3~5년' }) // { text: '경력 3~5년', min: 3, max: 5, newcomer: false }
 * @example saraminCareer({ code: 0, min: 0, max: 0, name: '경력무관' }) // { text: '경력무관', min: 0, max: null, newcomer: true }
 */
export function saraminCareer(level: Record<string, unknown> | null | undefined): RawCareer | undefined {
  if (level == null) return undefined;
  const text = readDecodedText(level.name);
  const code = readNumber(level.code);
  const min = readNumber(level.min);
  const max = readNumber(level.max);
  const upper = max !== undefined && max > 0 ? max : null;
  const base: RawCareer = text === undefined ? {} : { text };
  switch (code) {
    case 0:
      return { ...base, min: 0, max: null, newcomer: true };
    case 1:
      return { ...base, min: 0, max: 0, newcomer: true };
    case 2:
      return { ...base, ...(min !== undefined && min > 0 ? { min } : {}), max: upper, newcomer: false };
    case 3:
      return { ...base, min: 0, max: upper, newcomer: true };
    default:
      return text === undefined ? undefined : base;
  }
}
