// write(): a batch of posting rows becomes rows of the run-scoped staging tables. Nothing here is
// visible to readers of `postings`; publish.ts moves a whole run at once.
import { ValidationError } from '../../model/errors/validation-error.js';
import type { PostingRow } from '../../model/rows.js';
import type { SqlSession } from './client.js';
import {
  POSTING_COLUMN_NAMES,
  STAGING_CLOSED_COLUMNS,
  STAGING_LINK_COLUMNS,
  STAGING_POSTING_COLUMNS,
} from './columns.js';
import { type Dialect, rowsPerInsert } from './dialect.js';
import type { TableNames } from './identifiers.js';
import { lookupCache } from './link-values.js';
import { postingHash } from './posting-hash.js';
import { type StorableTally, storableId, storableRow, storableTally } from './storable-row.js';

/**
 * A row of the 'postings' dataset as the SQL sink takes it: a {@link PostingRow}, or `{ id, closed: true }`
 * to report a posting gone from its site (its `closed_at` is set at commit; the row is kept).
 */
export type SqlPostingInput = PostingRow | { id: string; closed: true };

/** The staging rows of one batch. */
export interface StagedBatch {
  runId: string;
  /** The ids of `postings`, in the same order. */
  ids: string[];
  postings: unknown[][];
  links: unknown[][];
  closed: unknown[][];
}

/** The shared posting columns of a row, by column name (lists joined, the content hash added). */
export function postingValues(
  row: PostingRow,
  rowHash: string = postingHash(row),
): Record<(typeof POSTING_COLUMN_NAMES)[number], unknown> {
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
    expired: row.expired,
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
    row_hash: rowHash,
    job_id: row.job_id ?? null,
  };
}

/**
 * Throws unless the row has a non-empty id and company: without them the publish join would drop the
 * row silently, so it is refused up front.
 *
 * @throws {ValidationError}
 */
export function checkPostingRow(row: PostingRow, runId: string): void {
  for (const field of ['id', 'company'] as const) {
    if (typeof row[field] !== 'string' || row[field] === '') {
      throw new ValidationError({
        what: 'posting row',
        issues: [{ path: [field], message: 'a non-empty string is required' }],
        runId,
        input: row,
      });
    }
  }
}

/** One input of a batch, checked and made storable: a posting to stage, or the id of one to close. */
export type StageableInput = { row: PostingRow } | { closedId: string };

/**
 * Checks one input (throws {@link ValidationError} without an id or company) and makes it storable
 * (storable-row.ts, changes counted in `tally`); `undefined` when its id cannot be stored.
 */
export function stageableInput(
  input: SqlPostingInput,
  runId: string,
  tally: StorableTally,
): StageableInput | undefined {
  if ('closed' in input && input.closed === true) {
    const closedId = storableId(input.id, tally);
    return closedId === undefined ? undefined : { closedId };
  }
  checkPostingRow(input as PostingRow, runId);
  const row = storableRow(input as PostingRow, tally);
  return row && { row };
}

/**
 * Turns one batch into staging rows, made storable first (storable-row.ts, changes counted in `tally`);
 * within a batch the last row of an id wins.
 */
export function stageRows(
  rows: readonly unknown[],
  runId: string,
  tally: StorableTally = storableTally(),
): StagedBatch {
  const postings = new Map<string, unknown[]>();
  // Per posting, its links by kind and value: a later row of the same id replaces them all.
  const links = new Map<string, Map<string, unknown[]>>();
  const closed = new Map<string, unknown[]>();
  const lookup = lookupCache();
  for (const input of rows as readonly SqlPostingInput[]) {
    const item = stageableInput(input, runId, tally);
    if (!item) continue;
    if ('closedId' in item) {
      closed.set(item.closedId, [runId, item.closedId]);
      continue;
    }
    const { row } = item;
    const values = postingValues(row);
    postings.set(row.id, [
      runId,
      row.id,
      row.company,
      row.branch,
      ...POSTING_COLUMN_NAMES.map((c) => values[c]),
    ]);
    const own = new Map<string, unknown[]>();
    for (const tag of row.stacks ?? []) {
      const { id, label, category } = lookup('stack', tag);
      own.set(`s\u0000${id}`, [runId, row.id, 'stack', id, label, category]);
    }
    for (const family of row.positions ?? []) {
      const { id, label, category } = lookup('family', family);
      own.set(`f\u0000${id}`, [runId, row.id, 'family', id, label, category]);
    }
    links.set(row.id, own);
  }
  return {
    runId,
    ids: [...postings.keys()],
    postings: [...postings.values()],
    links: [...links.values()].flatMap((own) => [...own.values()]),
    closed: [...closed.values()],
  };
}

// MySQL takes a statement as one packet (max_allowed_packet: 16 MiB by default on MariaDB), and 1,000
// rows of long texts can outgrow it; a statement stays under this many bytes of values.
const STATEMENT_BYTES = 4 * 1024 * 1024;

// An upper bound of a row's values on the wire: UTF-8 needs at most 3 bytes per UTF-16 unit.
function rowBytes(row: readonly unknown[]): number {
  let bytes = 0;
  for (const value of row) bytes += typeof value === 'string' ? value.length * 3 + 8 : 24;
  return bytes;
}

/**
 * Multi-row upserts into one staging table, chunked to the dialect's parameter budget and to
 * {@link STATEMENT_BYTES} of values.
 */
export async function insertRows(
  session: SqlSession,
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  key: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  const perInsert = rowsPerInsert(dialect, columns.length);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const update = columns.filter((column) => !key.includes(column));
  for (let start = 0, end = 0; start < rows.length; start = end) {
    let bytes = 0;
    while (end < rows.length && end - start < perInsert) {
      bytes += rowBytes(rows[end]!);
      if (end > start && bytes > STATEMENT_BYTES) break;
      end++;
    }
    const chunk = rows.slice(start, end);
    const tail = key.length > 0 ? dialect.upsert(key, update) : '';
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}${tail}`;
    const params: unknown[] = [];
    for (const row of chunk) for (const value of row) params.push(dialect.bind(value));
    await session.run(dialect.sql(sql), params);
  }
}

/**
 * Writes a staged batch into the staging tables. Posting rows are upserted; with `replace` (some of
 * the batch's postings were staged for the run before, see staged-runs.ts) their staged links, which
 * have no key, are deleted first so a re-written posting keeps only its last links.
 */
export async function writeStaged(
  session: SqlSession,
  dialect: Dialect,
  tables: TableNames,
  staged: StagedBatch,
  replace = false,
): Promise<void> {
  const q = tables.qualified;
  const perDelete = Math.max(1, dialect.maxParams - 1);
  for (let start = 0; replace && start < staged.ids.length; start += perDelete) {
    const ids = staged.ids.slice(start, start + perDelete);
    await session.run(
      dialect.sql(
        `DELETE FROM ${q.stg_links} WHERE run_id = ? AND posting_id IN (${ids.map(() => '?').join(', ')})`,
      ),
      [staged.runId, ...ids],
    );
  }
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
