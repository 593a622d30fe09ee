// GET /api/trends: distinct jobs (copies of one job on several sites count once) per stack, region or
// job family, over a date range of the lake's KST partition days — per day for a month or less, per
// week (from Monday) beyond. With one run the answer is the current distribution: one period.
import { jobFamilyInfo } from '../normalize/position.js';
import { stackInfo } from '../normalize/stacks/index.js';
import { badValue } from './_api-error.js';
import { dateParam, readParams } from './_query-params.js';

/** What a trend is counted by. */
export const TREND_BYS = ['stack', 'region', 'family'] as const;
export type TrendBy = (typeof TREND_BYS)[number];

/** The query of one trend. */
export interface TrendQuery {
  by: TrendBy;
  /** First KST day, inclusive ('YYYY-MM-DD'); default the lake's first. */
  from?: string;
  /** Last KST day, inclusive; default the lake's last. */
  to?: string;
}

/** One key's count over the whole range. */
export interface TrendTotal {
  key: string;
  /** What people read: the stack's or family's name, the 시도. */
  name: string;
  jobs: number;
}

/** The answer of GET /api/trends. */
export interface TrendAnswer {
  by: TrendBy;
  /** The days actually covered (null when the range holds no data). */
  from: string | null;
  to: string | null;
  granularity: 'day' | 'week';
  /** Period starts, oldest first. */
  periods: string[];
  /** The most counted keys (at most 8), jobs per period. */
  series: (TrendTotal & { perPeriod: number[] })[];
  /** Every key over the whole range (at most 30), most jobs first. */
  totals: TrendTotal[];
}

/** Keys drawn as lines, and keys listed in totals. */
const SERIES_KEYS = 8;
const TOTAL_KEYS = 30;
/** Spans up to this many days are counted per day; longer ones per week. */
const DAILY_SPAN_DAYS = 31;
const JOB_OF_FEATURE = 'coalesce(job_id, posting_id)';
const JOB_OF_POSTING = 'coalesce(job_id, id)';
/** The key of postings without a place, and of postings without a job family. */
const NO_PLACE = '(위치 미상)';
const NO_FAMILY = 'unclassified';

/**
 * Returns the trend a query string asks for.
 *
 * @example parseTrendQuery(new URLSearchParams('by=stack&from=2026-11-01')) // { by: 'stack', from: '2026-11-01' }
 * @throws {ApiError} 400 naming the parameter
 */
export function parseTrendQuery(params: URLSearchParams): TrendQuery {
  const p = readParams(params, ['by', 'from', 'to']);
  const by = p.get('by') ?? 'stack';
  if (!(TREND_BYS as readonly string[]).includes(by))
    throw badValue('by', `must be one of ${TREND_BYS.join(', ')}`);
  const from = dateParam('from', p.get('from'));
  const to = dateParam('to', p.get('to'));
  if (from !== undefined && to !== undefined && from > to) throw badValue('from', 'must not be after "to"');
  return { by: by as TrendBy, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Runs SQL with bound values. */
type Run = <Row>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/**
 * Returns the trend over the lake's views `postings` and `features`.
 *
 * @example await trendAnswer(lake.query, { by: 'family' }) // { by: 'family', periods: ['2026-11-29'], totals: [{ key: 'backend', name: '서버/백엔드', jobs: 412 }, …], … }
 */
export async function trendAnswer(run: Run, query: TrendQuery): Promise<TrendAnswer> {
  const from = query.from ?? '0000-01-01';
  const to = query.to ?? '9999-12-31';
  const span = await run<{ first: string | null; last: string | null }>(
    'SELECT min(dt) AS first, max(dt) AS last FROM postings WHERE dt BETWEEN $1 AND $2',
    [from, to],
  );
  const first = span[0]?.first ?? null;
  const last = span[0]?.last ?? null;
  const granularity = first && last && daysBetween(first, last) >= DAILY_SPAN_DAYS ? 'week' : 'day';
  const period =
    granularity === 'day' ? 'dt' : "CAST(CAST(date_trunc('week', CAST(dt AS DATE)) AS DATE) AS VARCHAR)";
  const source = sourceSql(query.by);
  const perPeriod = await run<{ period: string; key: string; jobs: number }>(
    `SELECT ${period} AS period, key, count(DISTINCT job) AS jobs FROM (${source}) WHERE dt BETWEEN $1 AND $2 GROUP BY 1, 2`,
    [from, to],
  );
  const totals = await run<{ key: string; jobs: number }>(
    `SELECT key, count(DISTINCT job) AS jobs FROM (${source}) WHERE dt BETWEEN $1 AND $2 GROUP BY 1 ORDER BY jobs DESC, key LIMIT ${TOTAL_KEYS}`,
    [from, to],
  );
  const periods = [...new Set(perPeriod.map((row) => row.period))].sort();
  const at = new Map(periods.map((p, i) => [p, i]));
  const named = totals.map((row) => ({ key: row.key, name: nameOf(query.by, row.key), jobs: row.jobs }));
  const series = named.slice(0, SERIES_KEYS).map((total) => ({ ...total, perPeriod: periods.map(() => 0) }));
  const byKey = new Map(series.map((s) => [s.key, s]));
  for (const row of perPeriod) {
    const line = byKey.get(row.key);
    if (line) line.perPeriod[at.get(row.period)!] = row.jobs;
  }
  return { by: query.by, from: first, to: last, granularity, periods, series, totals: named };
}

// Each source yields (dt, key, job). Postings without a stack have no stack row and are not a stack's
// demand; postings without a family are counted under their own key, so none is left out unseen.
function sourceSql(by: TrendBy): string {
  switch (by) {
    case 'stack':
      return `SELECT dt, value AS key, ${JOB_OF_FEATURE} AS job FROM features WHERE kind = 'stack'`;
    case 'region':
      return `SELECT dt, coalesce(sido, '${NO_PLACE}') AS key, ${JOB_OF_POSTING} AS job FROM postings`;
    case 'family':
      return `SELECT dt, value AS key, ${JOB_OF_FEATURE} AS job FROM features WHERE kind = 'position'
UNION ALL SELECT dt, '${NO_FAMILY}' AS key, ${JOB_OF_POSTING} AS job FROM postings WHERE len(positions) = 0`;
  }
}

function nameOf(by: TrendBy, key: string): string {
  if (by === 'stack') return stackInfo(key)?.name ?? key;
  if (by === 'family') return key === NO_FAMILY ? '미분류' : (jobFamilyInfo(key)?.nameKo ?? key);
  return key;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}
