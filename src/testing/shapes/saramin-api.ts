import { kstEpochSeconds } from '../_shape-parts.js';
import type { SyntheticPosting } from '../generate-postings.js';
import { jobNameOf } from './_korean-codes.js';

// Saramin Open API `job-search` item (https://oapi.saramin.co.kr/guide/job-search): ids and timestamps are
// strings (unix seconds), names may hold HTML entities ('서울 &gt; 강남구'), every facet is a `{code, name}`
// pair.

// 시도 → Saramin `loc_cd` of the province (101000 서울, 102000 경기 and 108000 인천 are Saramin's own codes;
// the others follow the pattern but are unchecked).
const LOC_CODES: Readonly<Record<string, number>> = {
  서울: 101000,
  경기: 102000,
  광주: 103000,
  대구: 104000,
  대전: 105000,
  부산: 106000,
  인천: 108000,
  충북: 114000,
  제주: 116000,
};

function locationCode(posting: SyntheticPosting): string {
  let hash = 0;
  for (const char of posting.sigungu) hash = (hash * 31 + char.charCodeAt(0)) % 90;
  return String((LOC_CODES[posting.sido] ?? 101000) + 10 + hash);
}

// experience-level codes: 0 경력무관, 1 신입, 2 경력 (min/max), 3 신입/경력.
function experienceLevel(posting: SyntheticPosting) {
  if (posting.newcomer && posting.maxCareer === null) return { code: 0, min: 0, max: 0, name: '경력무관' };
  if (posting.newcomer && posting.maxCareer === 0) return { code: 1, min: 0, max: 0, name: '신입' };
  if (posting.newcomer) return { code: 3, min: 0, max: posting.maxCareer ?? 0, name: '신입/경력' };
  const max = posting.maxCareer ?? 0;
  const name = max === 0 ? `경력 ${posting.minCareer}년 이상` : `경력 ${posting.minCareer}~${max}년`;
  return { code: 2, min: posting.minCareer, max, name };
}

function educationLevel(education: string) {
  if (education === '학력무관') return { code: '0', name: '학력무관' };
  if (education.startsWith('초대졸')) return { code: '2', name: '대학졸업(2,3년)이상' };
  if (education.startsWith('석사')) return { code: '4', name: '석사졸업이상' };
  return { code: '3', name: '대학교졸업(4년)이상' };
}

function jobType(employmentType: string) {
  if (employmentType.startsWith('계약직 (')) return { code: '10', name: '계약직 (정규직 전환가능)' };
  if (employmentType.startsWith('계약')) return { code: '2', name: '계약직' };
  if (employmentType.startsWith('인턴')) return { code: '11', name: '인턴직 (정규직 전환가능)' };
  if (employmentType.startsWith('프리랜서')) return { code: '7', name: '프리랜서' };
  return { code: '1', name: '정규직' };
}

// salary codes: 0 회사내규에 따름, 99 면접후 결정; ranges get a code of their own.
function salary(text: string) {
  if (text.includes('내규')) return { code: '0', name: '회사내규에 따름' };
  if (text.includes('면접')) return { code: '99', name: '면접후 결정' };
  return { code: text.includes('~') ? '17' : '22', name: text };
}

function nameCode(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 37 + char.charCodeAt(0)) % 300;
  return 80 + hash;
}

/**
 * Returns the posting as an item of Saramin's `job-search` answer. `withDates` adds the
 * `posting-date`/`expiration-date` texts that the `fields` parameter asks for.
 */
export function saraminApiJob(posting: SyntheticPosting, options: { withDates?: boolean } = {}) {
  const jobNames = [jobNameOf(posting), ...posting.stacks];
  const posted = kstEpochSeconds(posting.postedAt, '09:00');
  // 상시 postings have no real deadline; the API still sends a timestamp, far ahead.
  const expires = kstEpochSeconds(posting.closesAt ?? '2099-12-31', '23:59') + 59;
  return {
    url: `https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=${posting.id}&utm_source=job-search-api&utm_medium=api&utm_campaign=saramin-job-search-api`,
    active: 1,
    company: {
      detail: {
        href: `https://www.saramin.co.kr/zf_user/company-info/view?csn=${posting.companyId}000`,
        name: posting.company,
      },
    },
    position: {
      title: posting.title,
      industry: { code: '301', name: '솔루션·SI·ERP·CRM' },
      location: { code: locationCode(posting), name: `${posting.sido} &gt; ${posting.sigungu}` },
      'job-type': jobType(posting.employmentType),
      'job-mid-code': { code: '2', name: 'IT개발·데이터' },
      'job-code': { code: jobNames.map(nameCode).join(','), name: jobNames.join(',') },
      'experience-level': experienceLevel(posting),
      'required-education-level': educationLevel(posting.education),
    },
    keyword: jobNames.join(','),
    salary: salary(posting.salary),
    id: String(posting.id),
    'posting-timestamp': String(posted),
    'modification-timestamp': String(posted),
    'opening-timestamp': String(posted),
    'expiration-timestamp': String(expires),
    'close-type': posting.closesAt === null ? { code: '3', name: '상시' } : { code: '1', name: '접수마감일' },
    ...(options.withDates
      ? {
          'posting-date': `${posting.postedAt}T09:00:00+0900`,
          'expiration-date': `${posting.closesAt ?? '2099-12-31'}T23:59:59+0900`,
        }
      : {}),
  };
}
