import { Random } from './_random.js';
import {
  BENEFITS,
  COMPANIES,
  EDUCATIONS,
  EMPLOYMENT_TYPES,
  FAMILIES,
  SALARIES,
  WORKPLACES,
} from './_vocabulary.js';

/** One posting of the synthetic job market, independent of any site's shape. */
export interface SyntheticPosting {
  /** 1-based, stable for a given seed. */
  id: number;
  companyId: number;
  company: string;
  title: string;
  category: string;
  stacks: string[];
  minCareer: number;
  maxCareer: number | null;
  newcomer: boolean;
  sido: string;
  sigungu: string;
  road: string;
  buildingNo: string;
  legalDong: string;
  building: string;
  floor: number;
  employmentType: string;
  education: string;
  salary: string;
  benefits: string[];
  /** KST dates 'YYYY-MM-DD'. */
  postedAt: string;
  closesAt: string | null;
  intro: string;
  mainTasks: string;
  requirements: string;
  preferred: string;
  /**
   * The job this posting is a copy of, when one job is posted on several sites: '{site}:{id}' of its
   * first posting, the same on every copy (see `crossPost`). Absent on a job posted once.
   */
  jobKey?: string;
}

/** Options of {@link generatePostings}. */
export interface GeneratePostingsOptions {
  /** How many postings. */
  count: number;
  /**
   * The seed; the same seed gives the same postings.
   * @default 2026
   */
  seed?: number;
  /**
   * The day postings are dated around, KST 'YYYY-MM-DD'.
   * @default '2026-11-29'
   */
  today?: string;
}

const DAY_MS = 86_400_000;

/**
 * Returns `count` deterministic postings of a realistic Korean IT job market: companies with several
 * workplaces, stacks that fit the job family, careers, deadlines and description text that names
 * technologies the way recruiters write them.
 *
 * @example generatePostings({ count: 4000, seed: 7 })[0].company // '(주)카카오' or another company
 */
export function generatePostings(options: GeneratePostingsOptions): SyntheticPosting[] {
  const random = new Random(options.seed ?? 2026);
  const today = Date.parse(`${options.today ?? '2026-11-29'}T00:00:00Z`);
  // Each company works from one to three places, so branches exist to be found.
  const sites = COMPANIES.map((_, index) => random.sample(WORKPLACES, 1 + (index % 3)));
  const postings: SyntheticPosting[] = [];
  for (let id = 1; id <= options.count; id++) {
    const companyIndex = random.int(0, COMPANIES.length - 1);
    const family = random.pick(FAMILIES);
    const [sido, sigungu, road, legalDong, building] = random.pick(sites[companyIndex]!);
    const stacks = random.sample(family.stacks, random.int(2, Math.min(6, family.stacks.length)));
    const newcomer = random.chance(0.3);
    const minCareer = newcomer ? 0 : random.int(1, 7);
    const maxCareer = random.chance(0.3) ? null : minCareer + random.int(0, 8);
    const title = `${random.pick(family.titles)}${random.chance(0.4) ? ` (${stacks[0]})` : ''}`;
    postings.push({
      id,
      companyId: 1000 + companyIndex,
      company: COMPANIES[companyIndex]!,
      title,
      category: family.category,
      stacks,
      minCareer,
      maxCareer,
      newcomer,
      sido,
      sigungu,
      road,
      buildingNo: `${random.int(1, 420)}${random.chance(0.15) ? `-${random.int(1, 30)}` : ''}`,
      legalDong,
      building,
      floor: random.int(1, 30),
      employmentType: random.pick(EMPLOYMENT_TYPES),
      education: random.pick(EDUCATIONS),
      salary: random.pick(SALARIES),
      benefits: random.sample(BENEFITS, random.int(1, 4)),
      postedAt: isoDay(today - random.int(0, 60) * DAY_MS),
      closesAt: random.chance(0.35) ? null : isoDay(today + random.int(1, 60) * DAY_MS),
      ...describe(random, title, stacks),
    });
  }
  return postings;
}

function describe(random: Random, title: string, stacks: readonly string[]) {
  const [first = '', second = '', third = ''] = stacks;
  return {
    intro: `저희는 ${title} 포지션을 채용합니다. 빠르게 성장하는 팀에서 ${first} 기반 서비스를 함께 만들어 갈 분을 찾습니다.`,
    mainTasks: [
      `• ${first}와 ${second}를 활용한 서비스 개발 및 운영`,
      `• 대용량 트래픽 처리를 위한 시스템 설계와 성능 개선`,
      `• 코드 리뷰와 테스트 자동화로 품질을 지킵니다`,
    ].join('\n'),
    requirements: [
      `• ${first} 실무 경험 ${random.int(1, 5)}년 이상`,
      `• ${second || first}을 이용한 개발 경험`,
      '• Git 기반 협업 경험',
    ].join('\n'),
    preferred: [
      `• ${third || second} 경험자 우대`,
      '• Docker, Kubernetes 환경 운영 경험',
      '• AWS 또는 GCP 사용 경험',
    ].join('\n'),
  };
}

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
