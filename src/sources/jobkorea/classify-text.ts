// Search-card spans carry no labels; their meaning is read from the wording (values seen on cards:
// '신입·경력', '경력5년↑', '대졸↑', 'D-19', '~09/13', '3,600~4,800만원', '정규직 외').

/** What a free card text is about. */
export type JobKoreaTextKind = 'deadline' | 'education' | 'career' | 'salary' | 'employment' | 'other';

// 'D-19', '~09/13', '~10/11(일)', '오늘마감', '내일마감', '18시마감', '상시채용', '채용시'
const DEADLINE =
  /^(?:D-\d+|D-day|~\s*\d{1,2}[./]\d{1,2}|오늘\s*마감|내일\s*마감|\d{1,2}시\s*마감|상시|채용\s*시)/i;
// '대졸↑', '고졸↑', '학력무관', '대학(2,3년)', '석사', '박사'
const EDUCATION = /졸|학력|대학|석사|박사/;
// '신입', '경력', '신입·경력', '경력3~5년', '경력무관'
const CAREER = /신입|경력/;
// '3,600~4,800만원', '월급 2,400,000원', '회사내규에 따름', '면접후 결정'
const SALARY = /만원|\d원|연봉|월급|시급|내규|면접\s*후/;
// '정규직', '계약직', '인턴', '정규직 외', '파견직', '프리랜서', '연수생/교육생'
const EMPLOYMENT = /^(?:정규직|계약직|인턴|파견직|프리랜서|아르바이트|위촉직|연수생|교육생|병역특례)/;

/**
 * Returns what a search-card text is about, by its wording.
 *
 * @example classifyJobKoreaText('~09/13') // 'deadline'
 * @example classifyJobKoreaText('신입·경력') // 'career'
 */
export function classifyJobKoreaText(text: string): JobKoreaTextKind {
  if (DEADLINE.test(text)) return 'deadline';
  if (EDUCATION.test(text)) return 'education';
  if (CAREER.test(text)) return 'career';
  if (EMPLOYMENT.test(text)) return 'employment';
  if (SALARY.test(text)) return 'salary';
  return 'other';
}
