// The Hive column types of each lake dataset, as Athena tables declare them. They follow the flat rows of
// src/model/rows.ts column for column; Athena matches Parquet and JSON columns by (lower-cased) name, so a
// column a file lacks reads as NULL instead of failing the query.
import type { Dataset } from '../types.js';

/** One table column: its name and Hive type ('string', 'bigint', 'array<string>'). */
export interface AthenaColumn {
  name: string;
  type: string;
}

const s = 'string';
const n = 'double';
const b = 'boolean';
const list = 'array<string>';

const cols = (spec: Record<string, string>): AthenaColumn[] =>
  Object.entries(spec).map(([name, type]) => ({ name, type }));

/** The columns of each dataset; `dt` and `hr` are partition keys and never listed here. */
export const ATHENA_COLUMNS: Readonly<Record<Dataset, readonly AthenaColumn[]>> = {
  // RawPosting's scalar and list fields; nested objects (career, salary, sections, payload) stay in the
  // files — the JSON SerDe and Parquet reader skip undeclared fields.
  raw: cols({
    source: s,
    sourceid: s,
    url: s,
    fetchedat: s,
    title: s,
    company: s,
    companyid: s,
    categories: list,
    stacktags: list,
    locations: list,
    deadline: s,
    employmenttype: s,
    education: s,
    postedat: s,
    updatedat: s,
  }),
  postings: cols({
    id: s,
    source: s,
    source_id: s,
    url: s,
    title: s,
    company: s,
    company_id: s,
    branch: s,
    career_min: n,
    career_max: n,
    career_newcomer: b,
    career_label: s,
    stacks: list,
    positions: list,
    sido: s,
    sigungu: s,
    address: s,
    lat: n,
    lng: n,
    geo_precision: s,
    geo_provider: s,
    region_code: s,
    location_kind: s,
    deadline_kind: s,
    deadline_date: s,
    expired: b,
    employment_types: list,
    employment_conversion: b,
    salary_min: n,
    salary_max: n,
    salary_period: s,
    salary_negotiable: b,
    education: s,
    military_researcher: b,
    military_industrial: b,
    posted_at: s,
    updated_at: s,
    fetched_at: s,
    run_id: s,
    job_id: s,
  }),
  features: cols({
    row_id: s,
    posting_id: s,
    source: s,
    kind: s,
    value: s,
    category: s,
    company: s,
    sido: s,
    sigungu: s,
    career_min: n,
    career_max: n,
    taxonomy_version: s,
    run_id: s,
    job_id: s,
  }),
};
