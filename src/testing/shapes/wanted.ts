import { WANTED_SKILL_TAGS } from '../../sources/wanted/skill-tags.js';
import type { SyntheticPosting } from '../generate-postings.js';

// Wanted's navigation list shape (research/korean-job-sites.md §1.3): ids only for categories and
// skills, the address as 시도 + 구, career as annual_from/annual_to (100 = no upper bound).

// Job family (by Jumpit's category name) → the Wanted dev sub-job id (research §1.5).
const CATEGORY_IDS: Readonly<Record<string, number>> = {
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
    category_tag: { parent_id: 518, id: CATEGORY_IDS[posting.category] ?? 10110 },
    skill_tags: posting.stacks.map(wantedSkillId),
    attraction_tags: [10399, 10433],
    annual_from: posting.minCareer,
    annual_to: posting.maxCareer ?? 100,
    is_newbie: posting.newcomer,
    employment_type: posting.employmentType.startsWith('인턴')
      ? 'intern'
      : posting.employmentType.startsWith('계약')
        ? 'contract'
        : 'regular',
    additional_apply_type: posting.benefits.includes('산업기능요원') ? ['alternative_military'] : null,
    reward_total: '100만원',
    is_bookmark: false,
    is_outlink: false,
  };
}
