// Complete lake rows for sink and catalog tests: every PostingRow/FeatureRow column filled, so Parquet
// (which requires non-nullable columns) accepts them.
import type { FeatureRow, PostingRow } from '../../src/model/rows.js';

const SIDO = ['서울특별시', '경기도', '부산광역시'] as const;
const STACKS = ['java', 'spring-boot', 'react', 'typescript', 'python'] as const;
const FAMILIES = ['backend', 'frontend', 'data'] as const;

/** Returns posting row `i` of run `runId`; stacks and region rotate with `i`. */
export function postingRow(i: number, runId: string, overrides: Partial<PostingRow> = {}): PostingRow {
  return {
    id: `jumpit:${i}`,
    source: 'jumpit',
    source_id: String(i),
    url: `https://jumpit.saramin.co.kr/position/${i}`,
    title: `백엔드 개발자 ${i}`,
    company: `회사${i % 7}`,
    company_id: String(i % 7),
    branch: null,
    career_min: i % 4,
    career_max: i % 3 === 0 ? null : (i % 4) + 3,
    career_newcomer: i % 4 === 0,
    career_label: '경력 3~5년',
    stacks: [STACKS[i % STACKS.length]!, STACKS[(i + 2) % STACKS.length]!],
    positions: [FAMILIES[i % FAMILIES.length]!],
    sido: i % 5 === 0 ? null : SIDO[i % SIDO.length]!,
    sigungu: null,
    address: null,
    lat: 37.5 + i / 1000,
    lng: 127 + i / 1000,
    geo_precision: 'sigungu',
    geo_provider: 'gazetteer',
    region_code: null,
    location_kind: 'office',
    deadline_kind: 'date',
    deadline_date: '2026-12-31',
    employment_types: ['full_time'],
    employment_conversion: null,
    salary_min: null,
    salary_max: null,
    salary_period: null,
    salary_negotiable: true,
    education: null,
    military_researcher: false,
    military_industrial: i % 2 === 0,
    expired: false,
    posted_at: '2026-11-20T09:00:00+09:00',
    updated_at: null,
    fetched_at: '2026-11-29T09:00:00+09:00',
    run_id: runId,
    ...overrides,
  };
}

/** Returns the feature rows (one per stack and per job family) of posting rows. */
export function featureRows(postings: readonly PostingRow[]): FeatureRow[] {
  return postings.flatMap((p) =>
    [
      ...p.stacks.map((value) => ({ kind: 'stack' as const, value, category: 'backend' })),
      ...p.positions.map((value) => ({ kind: 'position' as const, value, category: 'position' })),
    ].map((f) => ({
      row_id: `${p.id}|${f.kind}|${f.value}`,
      posting_id: p.id,
      source: p.source,
      kind: f.kind,
      value: f.value,
      category: f.category,
      company: p.company,
      sido: p.sido,
      sigungu: p.sigungu,
      career_min: p.career_min,
      career_max: p.career_max,
      taxonomy_version: '2026.11',
      run_id: p.run_id,
    })),
  );
}

/** Returns a raw posting envelope (nested, as sources yield it). */
export function rawPosting(i: number): Record<string, unknown> {
  return {
    source: 'jumpit',
    sourceId: String(i),
    url: `https://jumpit.saramin.co.kr/position/${i}`,
    fetchedAt: '2026-11-29T09:00:00+09:00',
    title: `백엔드 개발자 ${i}`,
    company: '(주)카카오',
    stackTags: ['Java', 'Spring Boot'],
    career: { text: '경력 3~5년' },
    payload: { id: i },
  };
}
