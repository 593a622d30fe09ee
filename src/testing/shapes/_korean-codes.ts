// Korean labels and codes the HTML and Saramin shapes share: job names per family, education labels,
// weekdays. Invented where no site publishes a table; Saramin's come from its Open API code tables
// (https://oapi.saramin.co.kr/guide/job-search).
import type { SyntheticPosting } from '../generate-postings.js';

/** Job family → the job name Korean boards show ('백엔드개발자'), for chips, keywords and 모집분야. */
export const JOB_NAMES: Readonly<Record<string, string>> = {
  '서버/백엔드 개발자': '백엔드개발자',
  '프론트엔드 개발자': '프론트엔드개발자',
  '웹 풀스택 개발자': '웹개발자',
  '안드로이드 개발자': '앱개발자',
  'iOS 개발자': '앱개발자',
  'devops/시스템 엔지니어': 'DevOps·시스템엔지니어',
  '인공지능/머신러닝': 'AI·ML엔지니어',
  '빅데이터 엔지니어': '데이터엔지니어',
  '게임 클라이언트 개발자': '게임개발자',
  'HW/임베디드': '임베디드개발자',
  'SW/솔루션': '소프트웨어개발자',
  '개발 PM': 'IT PM',
  블록체인: '블록체인개발자',
  'QA 엔지니어': 'QA엔지니어',
  '정보보안 담당자': '정보보안전문가',
  기술지원: '기술지원',
  DBA: 'DBA',
};

/** Returns the board job name of a posting's family. */
export function jobNameOf(posting: SyntheticPosting): string {
  return JOB_NAMES[posting.category] ?? '소프트웨어개발자';
}

/**
 * Returns the short education label of list cards ('대졸↑', '학력무관').
 *
 * @example shortEducation('대학교졸업(4년) 이상') // '대졸↑'
 */
export function shortEducation(education: string): string {
  if (education.startsWith('대학교졸업')) return '대졸↑';
  return education;
}

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'] as const;

/**
 * Returns the deadline as Saramin and JobKorea list cards write it, without a year: '~12/31(목)'.
 *
 * @example tildeDate('2026-12-31') // '~12/31(목)'
 */
export function tildeDate(day: string): string {
  const weekday = WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
  return `~${day.slice(5, 7)}/${day.slice(8, 10)}(${weekday})`;
}

/**
 * Returns whole days from `today` to `day` (both 'YYYY-MM-DD').
 *
 * @example daysBetween('2026-11-29', '2026-12-01') // 2
 */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
