// The production database's open postings read back as Postings, for recommending from a service's
// own tables. A posting that left its site keeps its row with `closed_at` set; those are left out. The
// rows go through fromPostingRow, like the lake's, so both read alike.
import { fromPostingRow, type PostingRowInput } from '../../features/posting-from-row.js';
import type { Posting } from '../../model/posting.js';
import type { SqlSink } from './index.js';

/** Options of {@link readDatabasePostings}. */
export interface ReadDatabasePostingsOptions {
  /** Also postings that left their sites (`closed_at` set). @default false */
  includeClosed?: boolean;
}

/**
 * Returns the open postings of the production database (`closed_at` null), in id order, each read back
 * as `fromPostingRow` reads a lake row. The database keeps no order of a posting's stacks and job
 * families, so they come sorted. Expired postings are kept: whether a deadline has passed depends on
 * the day asked (see `Posting.expired` and `recommend`'s `now`).
 *
 * @example
 * const db = sqlSink({ dialect: 'sqlite', connection: 'demo/ohmystack.db' });
 * const postings = await readDatabasePostings(db);
 * await db.dispose();
 * @throws {SinkWriteError} when the database cannot be read
 */
export async function readDatabasePostings(
  sink: Pick<SqlSink, 'query' | 'tables'>,
  options: ReadDatabasePostingsOptions = {},
): Promise<Posting[]> {
  const t = sink.tables;
  const open = options.includeClosed ? '' : 'WHERE p.closed_at IS NULL';
  const rows = await sink.query(
    `SELECT p.*, c.name AS company_name, b.name AS branch_name FROM ${t.postings} p JOIN ${t.companies} c ON c.id = p.company_ref LEFT JOIN ${t.branches} b ON b.id = p.branch_ref ${open} ORDER BY p.id`,
  );
  const stacks = await linksOf(sink, t.posting_stacks, 'stack_id', open);
  const families = await linksOf(sink, t.posting_families, 'family_id', open);
  return rows.map((row) => {
    const id = String(row.id);
    return fromPostingRow(postingRowOf(row, stacks.get(id) ?? [], families.get(id) ?? []));
  });
}

async function linksOf(
  sink: Pick<SqlSink, 'query' | 'tables'>,
  table: string,
  column: string,
  open: string,
): Promise<Map<string, string[]>> {
  const rows = await sink.query(
    `SELECT l.posting_id, l.${column} AS value FROM ${table} l JOIN ${sink.tables.postings} p ON p.id = l.posting_id ${open} ORDER BY l.posting_id, l.${column}`,
  );
  const out = new Map<string, string[]>();
  for (const row of rows) {
    const id = String(row.posting_id);
    const list = out.get(id);
    if (list) list.push(String(row.value));
    else out.set(id, [String(row.value)]);
  }
  return out;
}

function postingRowOf(row: Record<string, unknown>, stacks: string[], positions: string[]): PostingRowInput {
  const types = text(row.employment_types);
  return {
    id: String(row.id),
    source: String(row.source),
    source_id: String(row.source_id),
    url: String(row.url),
    title: String(row.title),
    company: String(row.company_name),
    company_id: text(row.company_source_id),
    branch: text(row.branch_name),
    career_min: number(row.career_min),
    career_max: number(row.career_max),
    career_newcomer: bool(row.career_newcomer),
    career_label: text(row.career_label),
    stacks,
    positions,
    sido: text(row.sido),
    sigungu: text(row.sigungu),
    address: text(row.address),
    lat: number(row.lat),
    lng: number(row.lng),
    geo_precision: text(row.geo_precision),
    geo_provider: text(row.geo_provider),
    region_code: text(row.region_code),
    location_kind: text(row.location_kind) ?? 'unknown',
    deadline_kind: text(row.deadline_kind),
    deadline_date: text(row.deadline_date),
    expired: bool(row.expired),
    // Stored joined with ',' (an empty string for none).
    employment_types: types ? types.split(',') : [],
    employment_conversion: bool(row.employment_conversion),
    salary_min: number(row.salary_min),
    salary_max: number(row.salary_max),
    salary_period: text(row.salary_period),
    salary_negotiable: bool(row.salary_negotiable),
    education: text(row.education),
    military_researcher: bool(row.military_researcher) ?? false,
    military_industrial: bool(row.military_industrial) ?? false,
    posted_at: text(row.posted_at),
    updated_at: text(row.updated_at),
    fetched_at: String(row.fetched_at),
    run_id: String(row.run_id),
    job_id: text(row.job_id),
  };
}

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

// MySQL and SQLite hand booleans back as 0/1, PostgreSQL as booleans.
const bool = (value: unknown): boolean | null =>
  value === null || value === undefined ? null : value === true || Number(value) === 1;

// pg returns DOUBLE PRECISION as a number, but a NUMERIC or BIGINT as a string.
const number = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};
