// write(): a batch of posting rows becomes rows of the run-scoped staging tables. Nothing here is
// visible to readers of `postings`; publish.ts moves a whole run at once.
import { createHash } from 'node:crypto';
import { ValidationError } from '../../model/errors/validation-error.js';
import type { PostingRow } from '../../model/rows.js';
import { jobFamilyInfo } from '../../normalize/position.js';
import { stackInfo } from '../../normalize/stacks/stack-info.js';
import type { SqlSession } from './client.js';
import {
  POSTING_COLUMN_NAMES,
  STAGING_CLOSED_COLUMNS,
  STAGING_LINK_COLUMNS,
  STAGING_POSTING_COLUMNS,
} from './columns.js';
import { type Dialect, rowsPerInsert } from './dialect.js';
import type { TableNames } from './identifiers.js';

/**
 * A row of the 'postings' dataset as the SQL sink takes it: a {@link PostingRow}, or `{ id, closed: true }`
 * to report a posting gone from its site (its `closed_at` is set at commit; the row is kept).
 */
export type SqlPostingInput = PostingRow | { id: string; closed: true };

/** The staging rows of one batch. */
export interface StagedBatch {
  postings: unknown[][];
  links: unknown[][];
  closed: unknown[][];
}

const HASHED: readonly (keyof PostingRow)[] = [
  'url',
  'title',
  'company',
  'company_id',
  'branch',
  'career_min',
  'career_max',
  'career_newcomer',
  'career_label',
  'stacks',
  'positions',
  'sido',
  'sigungu',
  'address',
  'lat',
  'lng',
  'geo_precision',
  'geo_provider',
  'region_code',
  'location_kind',
  'deadline_kind',
  'deadline_date',
  'employment_types',
  'employment_conversion',
  'salary_min',
  'salary_max',
  'salary_period',
  'salary_negotiable',
  'education',
  'military_researcher',
  'military_industrial',
  'posted_at',
  'updated_at',
];

// The content hash tells "changed" from "seen again": fetched_at and run_id change every run and are left out.
function rowHash(row: PostingRow): string {
  const hash = createHash('sha1');
  for (const key of HASHED) hash.update(JSON.stringify(row[key] ?? null)).update('\u0001');
  return hash.digest('hex');
}

function postingValues(row: PostingRow): Record<(typeof POSTING_COLUMN_NAMES)[number], unknown> {
  return {
    source: row.source,
    source_id: row.source_id,
    url: row.url,
    title: row.title,
    company_source_id: row.company_id,
    career_min: row.career_min,
    career_max: row.career_max,
    career_newcomer: row.career_newcomer,
    career_label: row.career_label,
    sido: row.sido,
    sigungu: row.sigungu,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    geo_precision: row.geo_precision,
    geo_provider: row.geo_provider,
    region_code: row.region_code,
    location_kind: row.location_kind,
    deadline_kind: row.deadline_kind,
    deadline_date: row.deadline_date,
    employment_types: row.employment_types?.join(',') ?? null,
    employment_conversion: row.employment_conversion,
    salary_min: row.salary_min,
    salary_max: row.salary_max,
    salary_period: row.salary_period,
    salary_negotiable: row.salary_negotiable,
    education: row.education,
    military_researcher: row.military_researcher,
    military_industrial: row.military_industrial,
    posted_at: row.posted_at,
    updated_at: row.updated_at,
    fetched_at: row.fetched_at,
    row_hash: rowHash(row),
  };
}

/** Turns one batch into staging rows; within a batch the last row of an id wins. */
export function stageRows(rows: readonly unknown[], runId: string): StagedBatch {
  const postings = new Map<string, unknown[]>();
  const links = new Map<string, unknown[]>();
  const closed = new Map<string, unknown[]>();
  for (const input of rows as readonly SqlPostingInput[]) {
    if ('closed' in input && input.closed === true) {
      closed.set(input.id, [runId, input.id]);
      continue;
    }
    const row = input as PostingRow;
    // An id or company missing would make the publish join drop the row silently; refuse it up front.
    for (const field of ['id', 'company'] as const) {
      if (typeof row[field] !== 'string' || row[field] === '') {
        throw new ValidationError(
          'posting row',
          [{ path: [field], message: 'a non-empty string is required' }],
          { runId, input },
        );
      }
    }
    const values = postingValues(row);
    postings.set(row.id, [
      runId,
      row.id,
      row.company,
      row.branch,
      ...POSTING_COLUMN_NAMES.map((c) => values[c]),
    ]);
    for (const tag of row.stacks ?? []) {
      const info = stackInfo(tag);
      const id = info?.id ?? tag;
      links.set(`${row.id}\u0000s\u0000${id}`, [
        runId,
        row.id,
        'stack',
        id,
        info?.name ?? tag,
        info?.category ?? null,
      ]);
    }
    for (const family of row.positions ?? []) {
      const info = jobFamilyInfo(family);
      links.set(`${row.id}\u0000f\u0000${family}`, [
        runId,
        row.id,
        'family',
        family,
        info?.nameKo ?? family,
        info?.nameEn ?? null,
      ]);
    }
  }
  return { postings: [...postings.values()], links: [...links.values()], closed: [...closed.values()] };
}

/** Multi-row upserts into one staging table, chunked to the dialect's parameter budget. */
export async function insertRows(
  session: SqlSession,
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  key: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  if (session.copy && rows.length > 0 && key.length === 0) {
    await session.copy(table, columns, rows);
    return;
  }
  if (session.copy && rows.length > 0) {
    // COPY cannot upsert, so it fills a per-connection temp table that one INSERT … SELECT merges into
    // staging (a retried write of the same rows stays harmless). ON COMMIT DELETE ROWS empties it.
    const temp = `ohmystack_copy_${table.replace('.', '_')}`.slice(0, 63);
    await session.run(`CREATE TEMP TABLE IF NOT EXISTS ${temp} (LIKE ${table}) ON COMMIT DELETE ROWS`);
    await session.copy(temp, columns, rows);
    const list = columns.join(', ');
    await session.run(
      `INSERT INTO ${table} (${list}) SELECT ${list} FROM ${temp}${dialect.upsert(
        key,
        columns.filter((c) => !key.includes(c)),
      )}`,
    );
    return;
  }
  const perInsert = rowsPerInsert(dialect, columns.length);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const update = columns.filter((column) => !key.includes(column));
  for (let start = 0; start < rows.length; start += perInsert) {
    const chunk = rows.slice(start, start + perInsert);
    const tail = key.length > 0 ? dialect.upsert(key, update) : '';
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}${tail}`;
    const params: unknown[] = [];
    for (const row of chunk) for (const value of row) params.push(dialect.bind(value));
    await session.run(dialect.sql(sql), params);
  }
}

/** Writes a staged batch into the staging tables (re-writing the same rows is harmless). */
export async function writeStaged(
  session: SqlSession,
  dialect: Dialect,
  tables: TableNames,
  staged: StagedBatch,
): Promise<void> {
  const q = tables.qualified;
  await insertRows(
    session,
    dialect,
    q.stg_postings,
    STAGING_POSTING_COLUMNS,
    ['run_id', 'id'],
    staged.postings,
  );
  await insertRows(
    session,
    dialect,
    q.stg_links,
    STAGING_LINK_COLUMNS,
    // Links are append-only (no key, no upsert: the bulk of the rows); publish reads them DISTINCT.
    [],
    staged.links,
  );
  await insertRows(
    session,
    dialect,
    q.stg_closed,
    STAGING_CLOSED_COLUMNS,
    ['run_id', 'posting_id'],
    staged.closed,
  );
}
