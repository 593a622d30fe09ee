import type { SyntheticPosting } from '../generate-postings.js';

// Jumpit's list and detail shapes (`/api/positions`, `/api/position/{id}`): list techStacks are strings,
// detail techStacks are objects; detail dates use a space, list dates a 'T'.

/** Job family (by Jumpit's category name) → Jumpit's `jobCategory` id (the 2023 ids). */
export const JUMPIT_CATEGORY_IDS: Readonly<Record<string, number>> = {
  '서버/백엔드 개발자': 1,
  '프론트엔드 개발자': 2,
  '웹 풀스택 개발자': 3,
  '안드로이드 개발자': 4,
  '게임 클라이언트 개발자': 5,
  DBA: 7,
  '인공지능/머신러닝': 8,
  'devops/시스템 엔지니어': 9,
  '정보보안 담당자': 10,
  'QA 엔지니어': 11,
  '개발 PM': 12,
  'HW/임베디드': 13,
  'SW/솔루션': 15,
  'iOS 개발자': 16,
  '빅데이터 엔지니어': 19,
  기술지원: 21,
  블록체인: 22,
};

/**
 * Returns Jumpit's category id of a posting's family (15 SW/솔루션 for an unknown one).
 *
 * @example jumpitCategoryId('서버/백엔드 개발자') // 1
 */
export function jumpitCategoryId(category: string): number {
  return JUMPIT_CATEGORY_IDS[category] ?? 15;
}

/** Returns the posting as an item of Jumpit's `api/positions` list. */
export function jumpitListItem(posting: SyntheticPosting) {
  return {
    id: posting.id,
    jobCategory: posting.category,
    logo: `https://cdn.example.test/logo/${posting.companyId}.png`,
    imagePath: `https://cdn.example.test/cover/${posting.companyId}.jpg`,
    title: posting.title,
    companyName: posting.company,
    techStacks: posting.stacks,
    viewCount: posting.id % 500,
    newcomer: posting.newcomer,
    minCareer: posting.minCareer,
    maxCareer: posting.maxCareer ?? 20,
    locations: [`${posting.sido} ${posting.sigungu}`],
    alwaysOpen: posting.closesAt === null,
    closedAt: posting.closesAt === null ? null : `${posting.closesAt}T23:59:59`,
    serialNumber: String(2_000_000_000 + posting.companyId),
    celebration: 50,
    scraped: false,
    applied: false,
  };
}

/** Returns the posting as the `result` of Jumpit's `api/position/{id}` detail. */
export function jumpitDetailResult(posting: SyntheticPosting) {
  return {
    id: posting.id,
    title: posting.title,
    companyName: posting.company,
    logo: `https://cdn.example.test/logo/${posting.companyId}.png`,
    techStacks: posting.stacks.map((stack) => ({
      stack,
      imagePath: `https://cdn.example.test/stacks/${stack}.png`,
    })),
    serviceInfo: posting.intro,
    responsibility: posting.mainTasks.replaceAll('\n', '\r\n'),
    qualifications: posting.requirements,
    preferredRequirements: posting.preferred,
    welfares: posting.benefits.map((benefit) => `- ${benefit}`).join('\r\n'),
    recruitProcess: `근무조건\r\n- 고용형태 : ${posting.employmentType}\r\n- 급여 : ${posting.salary}`,
    newcomer: posting.newcomer,
    minCareer: posting.minCareer,
    maxCareer: posting.maxCareer ?? 20,
    publishedAt: `${posting.postedAt} 00:00:00`,
    closedAt: posting.closesAt === null ? null : `${posting.closesAt} 23:59:59`,
    location: `${posting.sido} ${posting.sigungu} ${posting.road} ${posting.buildingNo}, ${posting.floor}층`,
    tags: posting.benefits.map((name, index) => ({ id: `com_${index}`, name, emoticon: 'welfare' })),
    serialNumber: String(2_000_000_000 + posting.companyId),
    alwaysOpen: posting.closesAt === null,
    education: 8,
    educationName: posting.education,
    workingPlaces: [
      {
        address: `${posting.sido} ${posting.sigungu} ${posting.road} ${posting.buildingNo}, ${posting.floor}층`,
        domestic: true,
      },
    ],
    jobCategories: [{ id: jumpitCategoryId(posting.category), name: posting.category }],
    status: 0,
    positionStatus: 'CHECKED',
  };
}
