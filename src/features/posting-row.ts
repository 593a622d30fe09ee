// A Posting is nested (career, address, geo, salary objects); lakes, warehouses and SQL tables want one
// flat row of scalars and lists. This is the only place that decides how the two line up.
import type { Posting } from '../model/posting.js';
import type { PostingRow } from '../model/rows.js';

/**
 * Returns a posting as one flat {@link PostingRow} (snake_case columns, lists as arrays, null where the
 * posting has no value): `sido`/`sigungu`/`address` from the parsed address (`address` is its geocoder
 * query), `lat`/`lng`/`geo_precision`/`geo_provider`/`region_code` from the geo point, `run_id` from
 * the run that wrote it, and `job_id` (null until the posting is linked, see `linkJobs`).
 * `PostingRow.parse` accepts every output.
 *
 * @example
 * toPostingRow(posting, '20261129T0900')
 * // { id: 'wanted:12345', company: '카카오', career_label: '경력 3~5년', sido: '경기도',
 * //   sigungu: '성남시 분당구', address: '경기도 성남시 분당구 판교역로 166', lat: 37.3947, …,
 * //   run_id: '20261129T0900' }
 */
export function toPostingRow(posting: Posting, runId: string): PostingRow {
  return {
    id: posting.id,
    source: posting.source,
    source_id: posting.sourceId,
    url: posting.url,
    title: posting.title,
    company: posting.company,
    company_id: posting.companyId ?? null,
    branch: posting.branch ?? null,
    career_min: posting.career?.minYears ?? null,
    career_max: posting.career?.maxYears ?? null,
    career_newcomer: posting.career?.newcomer ?? null,
    career_label: posting.career?.label ?? null,
    stacks: [...posting.stacks],
    positions: [...posting.positions],
    sido: posting.address?.sido ?? null,
    sigungu: posting.address?.sigungu ?? null,
    address: posting.address?.query ?? null,
    lat: posting.geo?.lat ?? null,
    lng: posting.geo?.lng ?? null,
    geo_precision: posting.geo?.precision ?? null,
    geo_provider: posting.geo?.provider ?? null,
    region_code: posting.geo?.code ?? null,
    location_kind: posting.locationKind,
    deadline_kind: posting.deadline?.kind ?? null,
    deadline_date: posting.deadline?.date ?? null,
    expired: posting.expired === true,
    employment_types: [...(posting.employment?.types ?? [])],
    employment_conversion: posting.employment?.conversion ?? null,
    salary_min: posting.salary?.min ?? null,
    salary_max: posting.salary?.max ?? null,
    salary_period: posting.salary?.period ?? null,
    salary_negotiable: posting.salary?.negotiable ?? null,
    education: posting.education?.level ?? null,
    military_researcher: posting.military?.researcher ?? false,
    military_industrial: posting.military?.industrial ?? false,
    posted_at: posting.postedAt ?? null,
    updated_at: posting.updatedAt ?? null,
    fetched_at: posting.fetchedAt,
    run_id: runId,
    job_id: posting.jobId ?? null,
  };
}
