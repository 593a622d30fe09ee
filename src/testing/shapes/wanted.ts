import { WANTED_SKILL_TAGS } from '../../sources/wanted/skill-tags.js';
import type { SyntheticPosting } from '../generate-postings.js';

// Wanted's navigation list shape (`/api/chaos/navigation/v1/results`): ids only for categories and skills,
// the address as 시도 + 구, career as annual_from/annual_to (100 = no upper bound).

/** Job family (by Jumpit's category name) → the Wanted dev sub-job id under group 518. */
export const WANTED_CATEGORY_IDS: Readonly<Record<string, number>> = {
  '서버/백엔드 개발자': 872,
  '프론트엔드 개발자': 669,
  '웹 풀스택 개발자': 873,
  '안드로이드 개발자': 677,
  'iOS 개발자': 678,
  'devops/시스템 엔지니어': 674,
  '인공지능/머신러닝': 1634,
  '빅데이터 엔지니어': 1025,
  '게임 클라이언트 개발자': 10112,
  'HW/임베디드': 658,
  'SW/솔루션': 10110,
  '개발 PM': 877,
  블록체인: 1027,
  'QA 엔지니어': 676,
  '정보보안 담당자': 671,
  기술지원: 1026,
  DBA: 10231,
};

/**
 * Returns the Wanted sub-job id of a posting's family (10110 소프트웨어 엔지니어 for an unknown one).
 *
 * @example wantedCategoryId('프론트엔드 개발자') // 669
 */
export function wantedCategoryId(category: string): number {
  return WANTED_CATEGORY_IDS[category] ?? 10110;
}

const SKILL_IDS = new Map(
  Object.entries(WANTED_SKILL_TAGS).map(([id, name]) => [name.toLowerCase(), Number(id)]),
);

/** Returns a stable Wanted skill id for a stack name: the documented one, else one derived from the name. */
export function wantedSkillId(name: string): number {
  const known = SKILL_IDS.get(name.toLowerCase());
  if (known !== undefined) return known;
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return 20_000 + (hash % 10_000);
}

/** Returns the posting as an item of Wanted's `/api/chaos/navigation/v1/results` list. */
export function wantedNavigationItem(posting: SyntheticPosting) {
  return {
    id: posting.id,
    company: {
      id: posting.companyId,
      name: posting.company,
      application_response_stats: { avg_rate: 0.8, level: 'high' },
    },
    address: { country: '한국', location: posting.sido, district: posting.sigungu },
    position: posting.title,
    category_tag: { parent_id: 518, id: wantedCategoryId(posting.category) },
    skill_tags: posting.stacks.map(wantedSkillId),
    attraction_tags: [10399, 10433],
    ...wantedCareerAndEmployment(posting),
    additional_apply_type: posting.benefits.includes('산업기능요원') ? ['alternative_military'] : null,
    reward_total: '100만원',
    is_bookmark: false,
    is_outlink: false,
  };
}

/**
 * Returns Wanted's `employment_type` of a posting: regular, intern, contract or freelance.
 *
 * @example wantedEmploymentType({ employmentType: '인턴 (정규직 전환 가능)' } as SyntheticPosting) // 'intern'
 */
export function wantedEmploymentType(posting: SyntheticPosting): string {
  const text = posting.employmentType;
  if (text.startsWith('인턴')) return 'intern';
  if (text.startsWith('계약')) return 'contract';
  if (text.startsWith('프리랜서')) return 'freelance';
  return 'regular';
}

/**
 * Returns the career and employment fields every Wanted job shape carries: years from and to (100 = no
 * upper bound), whether newcomers may apply, and the employment type.
 *
 * @example wantedCareerAndEmployment(posting) // { annual_from: 3, annual_to: 100, is_newbie: false, employment_type: 'regular' }
 */
export function wantedCareerAndEmployment(posting: SyntheticPosting) {
  return {
    annual_from: posting.minCareer,
    annual_to: posting.maxCareer ?? 100,
    is_newbie: posting.newcomer,
    employment_type: wantedEmploymentType(posting),
  };
}

/**
 * Returns the first fields of a v4 job, in the list and the detail alike: id, title, status and the
 * deadline, a date or null (상시).
 *
 * @example wantedV4JobHead(posting) // { id: 101, position: '백엔드 개발자', status: 'active', due_time: '2026-12-31' }
 */
export function wantedV4JobHead(posting: SyntheticPosting) {
  return { id: posting.id, position: posting.title, status: 'active', due_time: posting.closesAt };
}

/**
 * Returns the company fields the v4 shapes and chaos v1 share: id, name and industry.
 *
 * @example wantedCompanyHead(posting) // { id: 12, name: '한울데이터', industry_name: 'IT, 컨텐츠' }
 */
export function wantedCompanyHead(posting: SyntheticPosting) {
  return { id: posting.companyId, name: posting.company, industry_name: 'IT, 컨텐츠' };
}

// Location keys of the v4 list (location_key 'seoul', district_key 'seoul.seocho-gu').
const LOCATION_KEYS: Readonly<Record<string, string>> = {
  서울: 'seoul',
  경기: 'gyeonggi',
  인천: 'incheon',
  대전: 'daejeon',
  부산: 'busan',
  대구: 'daegu',
  광주: 'gwangju',
  충북: 'chungbuk',
  제주: 'jeju',
};

/** Returns the posting as an item of Wanted's `/api/v4/jobs` list. */
export function wantedV4ListItem(posting: SyntheticPosting) {
  const locationKey = LOCATION_KEYS[posting.sido] ?? 'seoul';
  return {
    ...wantedV4JobHead(posting),
    company: {
      ...wantedCompanyHead(posting),
      application_response_stats: {
        avg_rate: 0.8,
        level: 'high',
        delayed_count: posting.id % 4,
        avg_day: 1 + (posting.id % 6),
        remained_count: posting.id % 3,
        type: 'response_rate',
      },
    },
    address: {
      country: '한국',
      location: posting.sido,
      district: posting.sigungu,
      full_location: `${posting.sigungu} ${posting.road} ${posting.buildingNo}`,
      location_key: locationKey,
      district_key: `${locationKey}.${posting.companyId % 100}`,
    },
    category_tags: [{ parent_id: 518, id: wantedCategoryId(posting.category) }],
    skill_tags: posting.stacks.map(wantedSkillId),
    ...wantedCareerAndEmployment(posting),
    is_like: false,
    like_count: posting.id % 90,
    hidden: false,
    logo_img: {
      origin: `https://cdn.example.test/wanted/logo/${posting.companyId}.png`,
      thumb: `https://cdn.example.test/wanted/logo/${posting.companyId}.thumb.png`,
    },
    title_img: {
      origin: `https://cdn.example.test/wanted/title/${posting.id}.jpg`,
      thumb: `https://cdn.example.test/wanted/title/${posting.id}.thumb.jpg`,
    },
    reward: { formatted_total: '100만원', formatted_recommender: '50만원', formatted_recommendee: '50만원' },
    compare_country: false,
    matching_score: null,
    score: null,
  };
}

/**
 * Returns the body of `static.wanted.co.kr/tags?tags=skill`: `{ skill: [{ id, title }] }`. The key is
 * inferred from `?tags=category`, which public crawlers read as `{ category: [...] }`;
 * no saved skill response was found, so the items carry only the documented `id` and `title`.
 *
 * @example wantedSkillDictionary(['AWS']).skill.find((tag) => tag.id === 1698) // { id: 1698, title: 'AWS' }
 */
export function wantedSkillDictionary(stackNames: Iterable<string>) {
  const byId = new Map<number, string>(Object.entries(WANTED_SKILL_TAGS).map(([id, t]) => [Number(id), t]));
  for (const name of stackNames) {
    const id = wantedSkillId(name);
    if (!byId.has(id)) byId.set(id, name);
  }
  return {
    skill: [...byId].sort(([a], [b]) => a - b).map(([id, title]) => ({ id, title })),
  };
}

// Names of the dev sub-jobs for the category dictionary.
export const WANTED_CATEGORY_TITLES: Readonly<Record<number, string>> = {
  872: '서버 개발자',
  669: '프론트엔드 개발자',
  873: '웹 개발자',
  677: '안드로이드 개발자',
  678: 'iOS 개발자',
  674: 'DevOps / 시스템 관리자',
  1634: '머신러닝 엔지니어',
  1025: '빅데이터 엔지니어',
  10112: 'VR 엔지니어',
  658: '임베디드 개발자',
  10110: '소프트웨어 엔지니어',
  877: '개발 매니저',
  1027: '블록체인 플랫폼 엔지니어',
  676: 'QA,테스트 엔지니어',
  671: '보안 엔지니어',
  1026: '기술지원',
  10231: 'DBA',
};

/**
 * Returns the body of `static.wanted.co.kr/tags?tags=category`: the 개발 group (518) with its sub-jobs.
 *
 * @example wantedCategoryDictionary().category[0]?.id // 518
 */
export function wantedCategoryDictionary() {
  return {
    category: [
      {
        id: 518,
        title: '개발',
        tags: Object.entries(WANTED_CATEGORY_TITLES).map(([id, title]) => ({ id: Number(id), title })),
      },
    ],
  };
}
