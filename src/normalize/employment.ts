// Employment type (고용형태) from Korean labels, site enums and schema.org values. Forms: Wanted's
// `regular|intern|contract|freelance|parttime`, Saramin's job-type lists ('정규직,계약직 (정규직 전환가능)'),
// JobKorea's JSON-LD (PERMANENT, CONTRACT, INTERN, …) and '인턴 (…정규직 전환 가능)'.
import type { Employment, EmploymentType } from '../model/posting.js';
import { cleanText } from './clean-text.js';

const MAX_INPUT = 300;

// '정규직 전환 가능', '정규직 전환형', '전환형 인턴', '(정규직 전환가능)', 'conversion'. Read before the
// parentheses go, because that is where sites put it.
const CONVERSION = /전환|convertible|conversion|convert to/;
// '인턴 (근무기간 2개월, 정규직 전환 가능)' → '인턴': a parenthetical never names the main type
// (JobKorea puts '정규직' inside it).
const PARENTHETICAL = /\([^()]*\)|\[[^[\]]*\]/g;
// '정규직 전환형 인턴' without parentheses: the '정규직' there is the target, not the type.
const CONVERSION_TARGET = /정규직\s*전환\S*/g;
// '정규직,계약직,인턴', '아르바이트/파트타임', '정규직 | 수습기간 3개월', '정규직 또는 계약직'
const SEPARATORS = /[,|/·;]|\s(?:또는|및|혹은|or|and)\s/;

/** Keyword rules per segment, first match wins; intern before fulltime ('정규직 전환형 인턴'). */
const TYPE_RULES: ReadonlyArray<readonly [RegExp, EmploymentType]> = [
  [/인턴|intern|trainee|실습/, 'intern'],
  [/파견|dispatch|도급|outsourc/, 'dispatch'],
  [/프리랜서|프리랜스|free\s?lance|위촉|외주|contractor/, 'freelance'],
  [/계약|기간제|촉탁|contract|temporary|\btemp\b/, 'contract'],
  [/아르바이트|알바|파트\s?타임|part[\s_-]?time|시간제|per[\s_]diem/, 'parttime'],
  [/정규|regular|permanent|full[\s_-]?time|상용직/, 'fulltime'],
  [/병역\s?특례|전문연구요원|산업기능요원|교육생|연수생|위탁|volunteer|\bother\b|기타/, 'other'],
];

const TYPE_LABELS: Readonly<Record<EmploymentType, string>> = {
  fulltime: '정규직',
  contract: '계약직',
  intern: '인턴',
  dispatch: '파견직',
  freelance: '프리랜서',
  parttime: '아르바이트',
  other: '기타',
};

/**
 * Returns the employment types a label names (deduplicated, first-seen order), whether the post may
 * become permanent (`conversion`), and one canonical Korean label; `null` when no type is named.
 * Parentheticals are read for conversion, then removed before classifying ('인턴 (정규직 전환 가능)' is
 * an internship); conversion is only kept for a non-permanent type. 병역특례 and 교육생 are `other`;
 * 위촉직 is `freelance` (commission-based, no employment contract).
 *
 * @example normalizeEmploymentType('계약직 (정규직 전환가능)') // { types: ['contract'], conversion: true, label: '계약직 (정규직 전환 가능)' }
 * @example normalizeEmploymentType('정규직 | 수습기간 3개월') // { types: ['fulltime'], conversion: false, label: '정규직' }
 */
export function normalizeEmploymentType(text: string): Employment | null {
  if (typeof text !== 'string') return null;
  const t = cleanText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text).toLowerCase();
  if (t === '') return null;
  const mentionsConversion = CONVERSION.test(t);
  const main = t.replace(PARENTHETICAL, ' ').replace(CONVERSION_TARGET, ' ');
  const types: EmploymentType[] = [];
  for (const segment of main.split(SEPARATORS)) {
    if (segment === undefined || segment.trim() === '') continue;
    for (const [rule, type] of TYPE_RULES) {
      if (rule.test(segment)) {
        if (!types.includes(type)) types.push(type);
        break;
      }
    }
  }
  if (types.length === 0) {
    // The type only inside parentheses ('(계약직)'): read the whole text once more. '(정규직 전환형)'
    // alone stays null — it names a target, not a type.
    for (const [rule, type] of TYPE_RULES) {
      if (rule.test(t.replace(CONVERSION_TARGET, ' '))) {
        types.push(type);
        break;
      }
    }
    if (types.length === 0) return null;
  }
  const conversion = mentionsConversion && types.some((type) => type !== 'fulltime');
  return { types, conversion, label: employmentLabel(types, conversion) };
}

/**
 * Returns the canonical Korean label of employment types: the type names joined by ', ', plus
 * ' (정규직 전환 가능)' when `conversion` is set.
 *
 * @example employmentLabel(['intern'], true) // '인턴 (정규직 전환 가능)'
 */
export function employmentLabel(types: readonly EmploymentType[], conversion: boolean): string {
  const names = types.map((type) => TYPE_LABELS[type]).join(', ');
  return conversion ? `${names} (정규직 전환 가능)` : names;
}
