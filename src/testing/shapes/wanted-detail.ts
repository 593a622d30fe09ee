import { coordinatesOf, fullAddress, fullSido } from '../_shape-parts.js';
import type { SyntheticPosting } from '../generate-postings.js';
import {
  WANTED_CATEGORY_TITLES,
  wantedCareerAndEmployment,
  wantedCategoryId,
  wantedCompanyHead,
  wantedSkillId,
  wantedV4JobHead,
} from './wanted.js';

// Wanted's two detail shapes: v4 `{job, application, like_users}` with `position` on
// the job, `skill_tags[{id,title}]` and lat/lng under `address.geo_location`; chaos v1 `{application,
// job}` with `position` moved into `detail`, `skill_tags[{tag_type_id,text}]` and `category_tag{}`.

function hireRounds(posting: SyntheticPosting): string {
  return posting.newcomer
    ? '서류 전형 ＞ 코딩 테스트 ＞ 면접 ＞ 최종 합격'
    : '서류 전형 ＞ 실무 면접 ＞ 임원 면접 ＞ 최종 합격';
}

/** Returns the posting's texts as both detail shapes write them under `detail`. */
function detailTexts(posting: SyntheticPosting) {
  return {
    intro: posting.intro,
    main_tasks: posting.mainTasks,
    requirements: posting.requirements,
    preferred_points: posting.preferred,
    benefits: posting.benefits.map((benefit) => `• ${benefit}`).join('\n'),
    hire_rounds: hireRounds(posting),
  };
}

/** Returns the `job` of Wanted's `/api/v4/jobs/{id}` detail. */
export function wantedV4Job(posting: SyntheticPosting) {
  const point = coordinatesOf(posting);
  const categoryId = wantedCategoryId(posting.category);
  return {
    ...wantedV4JobHead(posting),
    company: {
      ...wantedCompanyHead(posting),
      application_response_stats: { avg_rate: 0.8, level: 'high' },
    },
    address: {
      country: '한국',
      location: posting.sido,
      full_location: fullAddress(posting, { full: true }),
      country_code: 'KR',
      geo_location: {
        n_location: { lat: point.lat, lng: point.lng, address: fullAddress(posting, { full: true }) },
        location: { lat: point.lat, lng: point.lng },
        location_type: 'ROOFTOP',
      },
    },
    detail: detailTexts(posting),
    skill_tags: posting.stacks.map((title) => ({ id: wantedSkillId(title), title, kind_title: 'SKILL' })),
    company_tags: [
      { id: 10_400 + (posting.companyId % 7), title: '인원 성장률 높음', kind_title: 'COMPANY_MANAGEMENT' },
    ],
    category_tags: [{ parent_id: 518, id: categoryId }],
    company_images: [
      { id: posting.companyId, url: `https://cdn.example.test/wanted/company/${posting.companyId}.jpg` },
    ],
    short_link: `https://wanted.example.test/wd/${posting.id}`,
    ...wantedCareerAndEmployment(posting),
    reward: { formatted_total: '100만원' },
    is_company_follow: false,
  };
}

/** Returns the body of `/api/v4/jobs/{id}`: `{ job, application: null, like_users: [] }` (logged out). */
export function wantedV4Detail(posting: SyntheticPosting) {
  return { job: wantedV4Job(posting), application: null, like_users: [] };
}

/** Returns the `job` of Wanted's `/api/chaos/jobs/v1/{id}/details`. */
export function wantedChaosJob(posting: SyntheticPosting) {
  const categoryId = wantedCategoryId(posting.category);
  const point = coordinatesOf(posting);
  return {
    id: posting.id,
    status: 'active',
    // chaos v1 writes 'YYYY-MM-DDT00:00:00' (v4 a bare date).
    due_time: posting.closesAt === null ? null : `${posting.closesAt}T00:00:00`,
    detail: {
      id: posting.id,
      position: posting.title,
      ...detailTexts(posting),
    },
    company: {
      ...wantedCompanyHead(posting),
      company_tags: [{ tag_type_id: 10_400 + (posting.companyId % 7), title: '인원 성장률 높음' }],
    },
    address: {
      country: '한국',
      location: fullSido(posting.sido),
      full_location: fullAddress(posting, { full: true }),
      geo_location: { location: { lat: point.lat, lng: point.lng } },
    },
    skill_tags: posting.stacks.map((text) => ({ tag_type_id: wantedSkillId(text), text })),
    attraction_tags: [{ tag_type_id: 10_399, title: '연봉업계평균이상' }],
    category_tag: {
      parent_tag: { id: 518, text: '개발' },
      child_tags: [{ id: categoryId, text: WANTED_CATEGORY_TITLES[categoryId] ?? '소프트웨어 엔지니어' }],
    },
    ...wantedCareerAndEmployment(posting),
    additional_apply_type: posting.benefits.includes('산업기능요원') ? ['alternative_military'] : null,
    out_link: null,
  };
}

/** Returns the body of `/api/chaos/jobs/v1/{id}/details`: `{ application: null, job }`. */
export function wantedChaosDetail(posting: SyntheticPosting) {
  return { application: null, job: wantedChaosJob(posting) };
}

/** The chaos endpoints' 404 body for a closed or unknown job. */
export const WANTED_NOT_FOUND_BODY = { error_code: 11_001, message: 'job not found exception', data: null };
