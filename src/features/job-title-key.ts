// One job posted on several sites is titled in each site's manner: Saramin puts the company and the
// career in brackets and ends with '채용', Jumpit flags '[병역특례]', Wanted writes the bare role. The
// key keeps what tells two openings apart ('(결제)', 'Java', '시니어') and drops only those decorations.
import { normalizeCompanyName } from '../normalize/company.js';

// Words that make a bracketed part a decoration rather than part of the role.
const DECORATION_WORDS = [
  '병역',
  '특례',
  '전문연구',
  '산업기능',
  '경력',
  '신입',
  '인턴',
  '정규직',
  '계약직',
  '채용',
  '모집',
  '급구',
  '마감',
  '상시',
  '수시',
  '무관',
  '우대',
  '학력',
  '대졸',
  '고졸',
  '연봉',
  '스톡옵션',
  '재택',
  '원격',
  '본사',
  '서울',
  '경기',
  '판교',
  '부산',
  '대전',
  '대구',
  '광주',
  '인천',
  '세종',
  '울산',
];
const DECORATION = new RegExp(`${DECORATION_WORDS.join('|')}|\\d+\\s*년|d-\\d+`);
const BRACKETED = /\[[^\]]*\]|【[^】]*】|<[^>]*>|\([^)]*\)|\{[^}]*\}/g;
// Career and hiring words outside brackets: '경력 3년 이상', '3~5년', '5년차', '신입/경력', '채용합니다'.
const LOOSE_DECORATIONS = [
  /경력\s*\d+\s*(?:[~-]\s*\d+\s*)?년\s*(?:이상|이하|미만|↑)?/g,
  /\d+\s*[~-]\s*\d+\s*년(?:차)?/g,
  /\d+\s*년\s*(?:차|이상|이하|미만|↑)/g,
  /신입\s*[/·,및]\s*경력|경력\s*[/·,및]\s*신입/g,
  /(?:채용|모집|구인)(?:합니다|중|공고)?/g,
  /경력직|신입직|경력자|신입사원|정규직|계약직/g,
  /(?:^|\s)(?:경력|신입)(?=\s|$)/g,
];
// One word for the role nouns sites translate or vary ('Backend Engineer' on one, '백엔드 개발자' on another).
const SYNONYMS: [RegExp, string][] = [
  [/back[\s-]?end|server|백\s*엔드|서버/g, '백엔드'],
  [/front[\s-]?end|프런트\s*엔드|프론트\s*엔드|프론트/g, '프론트엔드'],
  [/full[\s-]?stack|풀\s*스택/g, '풀스택'],
  [/engineer|developer|엔지니어|개발자|개발/g, '개발'],
  [/\bdevops\b|데브옵스/g, 'devops'],
  [/android|안드로이드/g, 'android'],
  [/\bios\b/g, 'ios'],
];
const NOT_KEY = /[^\p{L}\p{N}+#]/gu;

/**
 * Returns the part of a job title that names the role, compact and lowercase: brackets that hold site
 * decorations ('[병역특례]', '(경력 3년 이상)', '[카카오]') and loose ones ('채용', '경력직', '3~5년') are
 * dropped, the company's own name too, role nouns are unified ('Backend Engineer' and '백엔드 개발자'
 * give one key), and spaces and punctuation go. Anything else stays, so '(결제)' and '(정산)' differ.
 *
 * @example jobTitleKey('[카카오] 백엔드 개발자 채용 (경력 3년 이상)', '카카오') // '백엔드개발'
 * @example jobTitleKey('[병역특례] Backend Engineer (결제)', '카카오') // '백엔드개발결제'
 */
export function jobTitleKey(title: string, company: string): string {
  let text = title.normalize('NFKC').toLowerCase();
  const companyName = normalizeCompanyName(company).toLowerCase();
  text = text.replace(BRACKETED, (part) => {
    const inside = part.slice(1, -1).trim();
    const isCompany = companyName !== '' && normalizeCompanyName(inside).toLowerCase() === companyName;
    return isCompany || inside === '' || DECORATION.test(inside) ? ' ' : ` ${inside} `;
  });
  if (companyName.length >= 2) text = text.split(companyName).join(' ');
  for (const pattern of LOOSE_DECORATIONS) text = text.replace(pattern, ' ');
  for (const [pattern, word] of SYNONYMS) text = text.replace(pattern, ` ${word} `);
  const key = text.replace(NOT_KEY, '');
  // A title made only of decorations still names something: keep its own letters rather than ''.
  return key === '' ? title.normalize('NFKC').toLowerCase().replace(NOT_KEY, '') : key;
}

/**
 * Returns how alike two title keys are, 0 to 1: the Dice coefficient of their character pairs (1 when
 * equal); 0 straight away when their lengths alone keep it below `minimum`. Near-identical keys (a typo, one extra letter) score above 0.9; '백엔드개발결제' against
 * '백엔드개발정산' scores about 0.67.
 *
 * @example titleKeySimilarity('백엔드개발', '백앤드개발') // 0.5
 */
export function titleKeySimilarity(a: string, b: string, minimum = 0): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  // Dice can be no higher than this for keys of these lengths; most pairs stop here.
  if ((2 * Math.min(a.length, b.length) - 2) / (a.length + b.length - 2) < minimum) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const pair = a.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const pair = b.slice(i, i + 2);
    const left = pairs.get(pair) ?? 0;
    if (left > 0) {
      shared += 1;
      pairs.set(pair, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
