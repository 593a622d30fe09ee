import { careerText, coordinatesOf, fullAddress, roadAddress } from '../_shape-parts.js';
import type { SyntheticPosting } from '../generate-postings.js';
import { jobPostingJsonLd } from './json-ld.js';

// Programmers career API: list `{jobPositions[], filterParams, page (string), totalPages, totalEntries}`,
// detail `{jobPosition{… latitude, longitude …}, settings{google{jobPosition}}}`. The field list comes from a
// Go struct that decoded real responses; values whose format was not observed (careerRange, period, status)
// are written in the forms the parsing code expects.

/**
 * Job family → Programmers `job_category_ids[]`, with the site's own ids: 1 서버/백엔드, 4 프론트엔드,
 * 25 웹 풀스택, 2 안드로이드, 3 iOS, 5 머신러닝, 12 데이터 엔지니어링, 59 데브옵스, 26 임베디드
 * 소프트웨어, 16 게임 클라이언트, 22 인터넷 보안, 10 QA, 125 개발PM, 6 블록체인, 17 응용 프로그램,
 * 92 DBA. The site has no technical-support category: such postings are filed under 9 시스템/네트워크.
 */
export const PROGRAMMERS_CATEGORY_IDS: Readonly<Record<string, number>> = {
  '서버/백엔드 개발자': 1,
  '프론트엔드 개발자': 4,
  '웹 풀스택 개발자': 25,
  '안드로이드 개발자': 2,
  'iOS 개발자': 3,
  '인공지능/머신러닝': 5,
  '빅데이터 엔지니어': 12,
  'devops/시스템 엔지니어': 59,
  'HW/임베디드': 26,
  '게임 클라이언트 개발자': 16,
  '정보보안 담당자': 22,
  'QA 엔지니어': 10,
  '개발 PM': 125,
  블록체인: 6,
  'SW/솔루션': 17,
  기술지원: 9,
  DBA: 92,
};

/**
 * Returns the Programmers category id of a posting's family (17 응용 프로그램 for an unknown one).
 *
 * @example programmersCategoryId('서버/백엔드 개발자') // 1
 */
export function programmersCategoryId(category: string): number {
  return PROGRAMMERS_CATEGORY_IDS[category] ?? 17;
}

// Salary in 만원 from the vocabulary's texts ('3,600~4,800만원', '연봉 5,000만원 이상'); null when negotiable.
function salaryRange(text: string): { min: number | null; max: number | null } {
  const numbers = [...text.matchAll(/(\d[\d,]*)\s*만원|(\d[\d,]*)~/g)].map((m) =>
    Number((m[1] ?? m[2] ?? '').replaceAll(',', '')),
  );
  if (text.includes('~') && numbers.length >= 2) return { min: numbers[0] ?? null, max: numbers[1] ?? null };
  if (numbers.length === 1) return { min: numbers[0] ?? null, max: null };
  return { min: null, max: null };
}

// 'N...M' ranges, '신입 채용' and '경력 무관': the values public clients of the API parse.
function careerRange(posting: SyntheticPosting): string {
  if (posting.newcomer && posting.maxCareer === null) return '경력 무관';
  if (posting.newcomer && posting.maxCareer === 0) return '신입 채용';
  return `${posting.minCareer}...${posting.maxCareer ?? ''}`;
}

function jobType(posting: SyntheticPosting): string {
  if (posting.employmentType.startsWith('인턴')) return 'intern';
  if (posting.employmentType.startsWith('계약')) return 'contract';
  if (posting.employmentType.startsWith('프리랜서')) return 'freelancer';
  return 'fulltime';
}

function skillTagId(name: string): number {
  let hash = 7;
  for (const char of name) hash = (Math.imul(hash, 131) + char.charCodeAt(0)) >>> 0;
  return 1 + (hash % 9000);
}

/** Returns the posting as an item of Programmers' `api/job_positions` list. */
export function programmersListItem(posting: SyntheticPosting) {
  const salary = salaryRange(posting.salary);
  const startAt = `${posting.postedAt}T09:00:00.000+09:00`;
  return {
    id: posting.id,
    title: posting.title,
    url: `/job_positions/${posting.id}`,
    address: roadAddress(posting, { full: true }),
    career: careerText(posting),
    careerRange: careerRange(posting),
    careerOption: posting.newcomer,
    companyId: posting.companyId,
    jobType: jobType(posting),
    minSalary: salary.min,
    maxSalary: salary.max,
    signingBonus: null,
    status: 'open',
    startAt,
    createdAt: startAt,
    updatedAt: startAt,
    period: posting.closesAt === null ? '상시 채용' : `${posting.postedAt} ~ ${posting.closesAt}`,
    jobCategoryIds: [programmersCategoryId(posting.category)],
    technicalTags: posting.stacks.map((name, index) => ({
      id: skillTagId(name),
      name,
      taggings_count: 100 + (skillTagId(name) % 900),
      category: 'skill',
      approved: true,
      display_order: index,
    })),
    teamTechnicalTags: [],
    isSynced: false,
    company: {
      id: posting.companyId,
      name: posting.company,
      address: roadAddress(posting, { full: true }),
      serviceName: posting.company.replace(/\(주\)|㈜|주식회사|\s/g, ''),
      homeUrl: `https://company.example.test/${posting.companyId}`,
      funding: null,
      revenue: null,
      employeesCount: 30 + (posting.companyId % 40) * 25,
      logoUrl: `https://cdn.example.test/logo/${posting.companyId}.png`,
    },
  };
}

/** Returns the body of Programmers' `api/job_positions/{id}` detail. */
export function programmersDetail(posting: SyntheticPosting, options: { url: string }) {
  const point = coordinatesOf(posting);
  const item = programmersListItem(posting);
  return {
    jobPosition: {
      ...item,
      address: fullAddress(posting, { full: true }),
      latitude: point.lat,
      longitude: point.lng,
      countryCode: 'KR',
      endAt: posting.closesAt === null ? null : `${posting.closesAt}T23:59:59.000+09:00`,
      minCareer: posting.minCareer,
      minCareerRequired: !posting.newcomer,
      description: `${posting.intro}\n\n## 주요 업무\n${posting.mainTasks}`,
      requirement: posting.requirements,
      preferredExperience: posting.preferred,
      additionalInformation: [
        `- 고용형태: ${posting.employmentType}`,
        `- 급여: ${posting.salary}`,
        `- 학력: ${posting.education}`,
        ...posting.benefits.map((benefit) => `- ${benefit}`),
      ].join('\n'),
      teamEnvironment: {
        developerCount: 5 + (posting.companyId % 60),
        os: 'macOS',
        versionControl: 'Git',
        collaborationTool: 'Slack, Jira',
        reviewTool: 'GitHub',
        reviewMethod: 'Pull Request',
      },
      isAppliable: true,
      resumeRequired: true,
    },
    settings: {
      google: { jobPosition: jobPostingJsonLd(posting, { url: options.url }) },
      tagManager: { id: 'GTM-REPLICA' },
    },
  };
}
