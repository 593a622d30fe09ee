// The posting columns the staging table and the published table share, with their abstract types.
// One list, so staging, the upsert and the schema can never drift apart.
import type { ColumnType } from './dialect.js';

/** Posting columns copied verbatim from staging into `postings`. */
export const POSTING_COLUMNS = [
  ['source', 'key'],
  ['source_id', 'key'],
  ['url', 'text'],
  ['title', 'text'],
  ['company_source_id', 'key'],
  ['career_min', 'real'],
  ['career_max', 'real'],
  ['career_newcomer', 'bool'],
  ['career_label', 'key'],
  ['sido', 'key'],
  ['sigungu', 'key'],
  ['address', 'text'],
  ['lat', 'real'],
  ['lng', 'real'],
  ['geo_precision', 'key'],
  ['geo_provider', 'key'],
  ['region_code', 'key'],
  ['location_kind', 'key'],
  ['deadline_kind', 'key'],
  ['deadline_date', 'key'],
  ['expired', 'bool'],
  ['employment_types', 'key'],
  ['employment_conversion', 'bool'],
  ['salary_min', 'real'],
  ['salary_max', 'real'],
  ['salary_period', 'key'],
  ['salary_negotiable', 'bool'],
  ['education', 'key'],
  ['military_researcher', 'bool'],
  ['military_industrial', 'bool'],
  ['posted_at', 'key'],
  ['updated_at', 'key'],
  ['fetched_at', 'key'],
  ['row_hash', 'key'],
  ['job_id', 'key'],
] as const satisfies readonly (readonly [string, ColumnType])[];

/** A shared posting column name. */
export type PostingColumn = (typeof POSTING_COLUMNS)[number][0];

/** Names of {@link POSTING_COLUMNS}. */
export const POSTING_COLUMN_NAMES: readonly PostingColumn[] = POSTING_COLUMNS.map(([name]) => name);

/**
 * Columns of the published `postings` table, in insert order: the key, the resolved refs, the shared
 * ones, the run marks. The last-seen run lives in `posting_seen` (migration 3).
 */
export const PUBLISHED_POSTING_COLUMNS: readonly string[] = [
  'id',
  'company_ref',
  'branch_ref',
  ...POSTING_COLUMN_NAMES,
  'first_seen_run',
  'closed_at',
  'run_id',
];

/** What publishing a posting again overwrites: everything but its key and `first_seen_run`. */
export const REPUBLISHED_POSTING_COLUMNS: readonly string[] = [
  'company_ref',
  'branch_ref',
  ...POSTING_COLUMN_NAMES,
  'closed_at',
  'run_id',
];

/** Columns of `stg_postings`, in insert order: the run, the key, the names to resolve, then the shared ones. */
export const STAGING_POSTING_COLUMNS: readonly string[] = [
  'run_id',
  'id',
  'company',
  'branch',
  ...POSTING_COLUMN_NAMES,
];

/** Columns of `stg_links`: one posting × one stack or job family. */
export const STAGING_LINK_COLUMNS = ['run_id', 'posting_id', 'kind', 'value', 'label', 'category'] as const;

/** Columns of `stg_closed`: one posting this run reports closed. */
export const STAGING_CLOSED_COLUMNS = ['run_id', 'posting_id'] as const;

/** Columns of `stg_seen`: one posting this run saw listed and left unwritten (unchanged since published). */
export const STAGING_SEEN_COLUMNS = ['run_id', 'posting_id'] as const;

/**
 * Columns of `stg_postings` on PostgreSQL: the posting's stack and job-family ids travel in the row as
 * arrays (migration 2), so a run stages one row per posting instead of one more per link.
 */
export const POSTGRES_STAGING_COLUMNS: readonly string[] = [
  ...STAGING_POSTING_COLUMNS,
  'stack_ids',
  'family_ids',
];

/** Columns of a narrow "seen" row of `stg_postings` on PostgreSQL: a posting published unchanged. */
export const POSTGRES_SEEN_COLUMNS: readonly string[] = ['run_id', 'id', 'row_hash', 'seen_only'];
