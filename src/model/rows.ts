// Flat rows for tables: what the lake (CSV, Parquet), the warehouse and the feature data hold. A
// Posting is nested; these are its columns. snake_case, because SQL engines and Athena read them.
import { z } from 'zod';

/** One posting as one flat row (lists as arrays; Parquet and DuckDB keep them as lists). */
export const PostingRow = z.object({
  id: z.string(),
  source: z.string(),
  source_id: z.string(),
  url: z.string(),
  title: z.string(),
  company: z.string(),
  company_id: z.string().nullable(),
  branch: z.string().nullable(),
  career_min: z.number().nullable(),
  career_max: z.number().nullable(),
  career_newcomer: z.boolean().nullable(),
  career_label: z.string().nullable(),
  stacks: z.array(z.string()),
  positions: z.array(z.string()),
  sido: z.string().nullable(),
  sigungu: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  geo_precision: z.string().nullable(),
  geo_provider: z.string().nullable(),
  region_code: z.string().nullable(),
  location_kind: z.string(),
  deadline_kind: z.string().nullable(),
  deadline_date: z.string().nullable(),
  /** The deadline had passed on the writing run's KST day; null in rows written before the column. */
  expired: z.boolean().nullable(),
  employment_types: z.array(z.string()),
  employment_conversion: z.boolean().nullable(),
  salary_min: z.number().nullable(),
  salary_max: z.number().nullable(),
  salary_period: z.string().nullable(),
  salary_negotiable: z.boolean().nullable(),
  education: z.string().nullable(),
  military_researcher: z.boolean(),
  military_industrial: z.boolean(),
  posted_at: z.string().nullable(),
  updated_at: z.string().nullable(),
  fetched_at: z.string(),
  run_id: z.string(),
  /** Shared by the copies of one job on several sites; null or absent in rows written before linking. */
  job_id: z.string().nullish(),
});
export type PostingRow = z.infer<typeof PostingRow>;

/** One posting × one value (a stack or a job family): the feature data the original fed its models. */
export const FeatureRow = z.object({
  /** Deterministic: the same posting, kind and value always give the same id. */
  row_id: z.string(),
  posting_id: z.string(),
  source: z.string(),
  kind: z.enum(['stack', 'position']),
  /** Lowercase canonical value ('spring-boot', 'backend'). */
  value: z.string(),
  /** The value's category (stack kind, or 'position'). */
  category: z.string().nullable(),
  company: z.string(),
  sido: z.string().nullable(),
  sigungu: z.string().nullable(),
  career_min: z.number().nullable(),
  career_max: z.number().nullable(),
  taxonomy_version: z.string(),
  run_id: z.string(),
  /** The posting's job (see PostingRow.job_id): count distinct jobs, not postings, for demand. */
  job_id: z.string().nullish(),
});
export type FeatureRow = z.infer<typeof FeatureRow>;
