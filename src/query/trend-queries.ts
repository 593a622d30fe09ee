// The canned trend queries, as SQL both DuckDB (queryLake) and Athena/Trino accept: only standard
// functions (date_trunc, CAST, count(DISTINCT …)), dates compared as 'YYYY-MM-DD' text and returned as
// VARCHAR so neither engine's DATE type leaks into results. `dt` is the lake's partition column.
// They count jobs, not postings: the copies of one job on several sites share a `job_id`, and a row
// written before jobs were linked (job_id null) counts as its own job.

/** Names of the tables/views the queries read; Athena passes qualified names ('jobs.postings'). */
export interface TrendTables {
  /**
   * @default 'postings'
   */
  postings?: string;
  /**
   * @default 'features'
   */
  features?: string;
}

/** One row of {@link stackDemandByWeekSql}: jobs naming a stack, per KST week (Monday). */
export interface StackDemandByWeekRow {
  week: string;
  stack: string;
  /** Distinct jobs (a job posted on three sites counts once). */
  postings: number;
}

/** One row of {@link stackDemandByRegionSql}: jobs naming a stack, per province (null: no address). */
export interface StackDemandByRegionRow {
  sido: string | null;
  stack: string;
  /** Distinct jobs (a job posted on three sites counts once). */
  postings: number;
}

/** One row of {@link demandByJobFamilySql}: jobs and hiring companies per job family. */
export interface DemandByJobFamilyRow {
  job_family: string;
  /** Distinct jobs (a job posted on three sites counts once). */
  postings: number;
  companies: number;
}

/**
 * One row of {@link newVsClosedSql}: per partition day, jobs first seen that day and jobs last seen
 * that day (every copy gone from every later day, so closed after it; the lake's last day closes
 * nothing).
 */
export interface NewVsClosedRow {
  dt: string;
  new_postings: number;
  closed_postings: number;
}

function names(tables: TrendTables = {}): Required<TrendTables> {
  return { postings: tables.postings ?? 'postings', features: tables.features ?? 'features' };
}

/** A row's job: its `job_id`, or the posting itself for a row written before jobs were linked. */
const JOB_OF_FEATURE = 'coalesce(job_id, posting_id)';

/**
 * Returns the SQL of stack demand per week: distinct jobs per (week, stack), newest weeks last.
 *
 * @example stackDemandByWeekSql({ features: 'jobs.features' }) // "SELECT … FROM jobs.features …"
 */
export function stackDemandByWeekSql(tables?: TrendTables): string {
  const { features } = names(tables);
  return `SELECT CAST(CAST(date_trunc('week', CAST(dt AS DATE)) AS DATE) AS VARCHAR) AS week,
  value AS stack,
  count(DISTINCT ${JOB_OF_FEATURE}) AS postings
FROM ${features}
WHERE kind = 'stack'
GROUP BY 1, 2
ORDER BY week, postings DESC, stack`;
}

/**
 * Returns the SQL of stack demand per province (sido, e.g. '서울특별시'): distinct jobs per (sido, stack).
 *
 * @example stackDemandByRegionSql() // "SELECT sido, value AS stack, … FROM features …"
 */
export function stackDemandByRegionSql(tables?: TrendTables): string {
  const { features } = names(tables);
  return `SELECT sido,
  value AS stack,
  count(DISTINCT ${JOB_OF_FEATURE}) AS postings
FROM ${features}
WHERE kind = 'stack'
GROUP BY sido, value
ORDER BY sido, postings DESC, stack`;
}

/**
 * Returns the SQL of demand per job family ('backend', 'frontend', …): distinct jobs and companies.
 *
 * @example demandByJobFamilySql() // "SELECT value AS job_family, … FROM features …"
 */
export function demandByJobFamilySql(tables?: TrendTables): string {
  const { features } = names(tables);
  return `SELECT value AS job_family,
  count(DISTINCT ${JOB_OF_FEATURE}) AS postings,
  count(DISTINCT company) AS companies
FROM ${features}
WHERE kind = 'position'
GROUP BY value
ORDER BY postings DESC, job_family`;
}

/**
 * Returns the SQL of new vs closed jobs per partition day, from when any copy of each job was first
 * seen and when the last copy was last seen in `postings`.
 *
 * @example newVsClosedSql({ postings: 'jobs.postings' }) // "WITH seen AS (…) SELECT dt, new_postings, …"
 */
export function newVsClosedSql(tables?: TrendTables): string {
  const { postings } = names(tables);
  return `WITH seen AS (
  SELECT coalesce(job_id, id) AS job, min(dt) AS first_dt, max(dt) AS last_dt FROM ${postings} GROUP BY 1
),
bounds AS (
  SELECT max(dt) AS max_dt FROM ${postings}
),
events AS (
  SELECT first_dt AS day, 'new' AS event FROM seen
  UNION ALL
  SELECT s.last_dt AS day, 'closed' AS event FROM seen s CROSS JOIN bounds b WHERE s.last_dt < b.max_dt
)
SELECT day AS dt,
  count(CASE WHEN event = 'new' THEN 1 END) AS new_postings,
  count(CASE WHEN event = 'closed' THEN 1 END) AS closed_postings
FROM events
GROUP BY day
ORDER BY day`;
}

/** Every canned trend query by name, for engines that run them generically (queryLake, Athena). */
export const TREND_QUERIES = {
  stackDemandByWeek: stackDemandByWeekSql,
  stackDemandByRegion: stackDemandByRegionSql,
  demandByJobFamily: demandByJobFamilySql,
  newVsClosed: newVsClosedSql,
} as const;

/** The canned trend queries as methods of one engine; `options` goes to the engine's runner as given. */
export interface TrendMethods<Options = never> {
  stackDemandByWeek(options?: Options): Promise<StackDemandByWeekRow[]>;
  stackDemandByRegion(options?: Options): Promise<StackDemandByRegionRow[]>;
  demandByJobFamily(options?: Options): Promise<DemandByJobFamilyRow[]>;
  newVsClosed(options?: Options): Promise<NewVsClosedRow[]>;
}

/**
 * Returns the canned trend queries as methods that run their SQL, over `tables`, through `run` — one
 * engine's SQL runner (DuckDB's, Athena's) — and type its rows.
 *
 * @default tables { postings: 'postings', features: 'features' }
 * @example
 * const trends = trendMethods((sql) => lake.query(sql));
 * await trends.stackDemandByWeek(); // [{ week: '2026-11-23', stack: 'java', postings: 412 }, …]
 */
export function trendMethods<Options = never>(
  run: (sql: string, options?: Options) => Promise<unknown[]>,
  tables?: TrendTables,
): TrendMethods<Options> {
  const method =
    <Row>(sql: (tables?: TrendTables) => string) =>
    async (options?: Options): Promise<Row[]> =>
      (await run(sql(tables), options)) as Row[];
  return {
    stackDemandByWeek: method<StackDemandByWeekRow>(stackDemandByWeekSql),
    stackDemandByRegion: method<StackDemandByRegionRow>(stackDemandByRegionSql),
    demandByJobFamily: method<DemandByJobFamilyRow>(demandByJobFamilySql),
    newVsClosed: method<NewVsClosedRow>(newVsClosedSql),
  };
}
