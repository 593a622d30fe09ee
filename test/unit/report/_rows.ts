// Hand-made rows for the report's unit tests: only the columns the report reads, defaults that make a
// plain posting in 서울 강남구, overridable per test.
import type { ReportFeatureInput, ReportPostingInput } from '../../../src/report/types.js';

/** Returns a posting row; `run` is a run id such as '20261123T0900'. */
export function posting(
  id: string,
  run: string,
  overrides: Partial<ReportPostingInput> = {},
): ReportPostingInput {
  return {
    id,
    source: 'jumpit',
    company: '카카오',
    sido: '서울특별시',
    sigungu: '강남구',
    lat: 37.5,
    lng: 127.04,
    run_id: run,
    ...overrides,
  };
}

/** Returns a stack feature row of a posting. */
export function stack(
  postingId: string,
  value: string,
  run: string,
  overrides: Partial<ReportFeatureInput> = {},
): ReportFeatureInput {
  return {
    posting_id: postingId,
    kind: 'stack',
    value,
    company: '카카오',
    sido: '서울특별시',
    run_id: run,
    ...overrides,
  };
}

/** Returns a job-family feature row of a posting. */
export function family(
  postingId: string,
  value: string,
  run: string,
  overrides: Partial<ReportFeatureInput> = {},
): ReportFeatureInput {
  return { ...stack(postingId, value, run, overrides), kind: 'position', ...overrides };
}
