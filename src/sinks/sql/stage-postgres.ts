// write() on PostgreSQL: one staging row per posting with its stack and job-family ids as arrays,
// streamed with COPY when pg-copy-streams is installed (multi-row INSERTs otherwise). A posting already
// published with the same content hash — most of every run after the first — is staged as a narrow
// "seen" row (id and hash only): the publish only moves its last-seen run, so its columns would be
// shipped for nothing. Since migration 2 `stg_postings` has no key on PostgreSQL — maintaining one
// cost more than the COPY itself — so a posting written again in the same run is deleted from staging
// before it is copied in again (see staged-runs.ts for when that is needed).
import type { PostingRow } from '../../model/rows.js';
import type { SqlSession } from './client.js';
import {
  POSTGRES_SEEN_COLUMNS,
  POSTGRES_STAGING_COLUMNS,
  POSTING_COLUMN_NAMES,
  STAGING_CLOSED_COLUMNS,
} from './columns.js';
import { dialectOf } from './dialect.js';
import type { TableNames } from './identifiers.js';
import { type LinkKind, lookupCache } from './link-values.js';
import { postingHash } from './posting-hash.js';
import { insertRows, postingValues, type SqlPostingInput, stageableInput } from './stage.js';
import type { LinkValues } from './staged-runs.js';
import { type StorableTally, storableTally } from './storable-row.js';

const postgres = dialectOf('postgres');

/** One batch, checked and hashed; staging rows are built only for what is written in full. */
export interface PostgresStagedBatch {
  runId: string;
  /** The batch's postings, the last row of an id winning. */
  rows: PostingRow[];
  /** Their ids, in the same order. */
  ids: string[];
  /** Their content hashes, in the same order. */
  hashes: string[];
  /** Rows of `stg_closed`. */
  closed: unknown[][];
}

/**
 * Checks, makes storable (storable-row.ts, changes counted in `tally`) and hashes one batch; within a
 * batch the last row of an id wins.
 */
export function stagePostgresRows(
  rows: readonly unknown[],
  runId: string,
  tally: StorableTally = storableTally(),
): PostgresStagedBatch {
  const postings = new Map<string, PostingRow>();
  const closed = new Map<string, unknown[]>();
  for (const input of rows as readonly SqlPostingInput[]) {
    const item = stageableInput(input, runId, tally);
    if (item && 'closedId' in item) closed.set(item.closedId, [runId, item.closedId]);
    else if (item) postings.set(item.row.id, item.row);
  }
  const kept = [...postings.values()];
  return {
    runId,
    rows: kept,
    ids: [...postings.keys()],
    hashes: kept.map(postingHash),
    closed: [...closed.values()],
  };
}

/**
 * Rows of `stg_postings` in {@link POSTGRES_STAGING_COLUMNS} order, built as they are sent; the link
 * values they hold are added to `values`.
 */
function* stagingRows(
  staged: PostgresStagedBatch,
  indexes: readonly number[],
  values: LinkValues,
): Generator<unknown[]> {
  const lookup = lookupCache();
  const ids = (kind: LinkKind, tags: readonly string[] | undefined) => {
    const out: string[] = [];
    for (const tag of tags ?? []) {
      const { id } = lookup(kind, tag);
      if (!out.includes(id)) {
        out.push(id);
        values[kind].add(id);
      }
    }
    return out;
  };
  for (const index of indexes) {
    const row = staged.rows[index]!;
    const columns = postingValues(row, staged.hashes[index]);
    const out: unknown[] = [staged.runId, row.id, row.company, row.branch];
    for (const column of POSTING_COLUMN_NAMES) out.push(columns[column]);
    out.push(ids('stack', row.stacks), ids('family', row.positions));
    yield out;
  }
}

/**
 * Writes a staged batch and returns the link values of the rows it staged in full. With `replace`,
 * staged rows of the same run and ids are deleted first, so a re-written posting is staged once, its
 * last version winning.
 */
export async function writeStagedPostgres(
  session: SqlSession,
  tables: TableNames,
  staged: PostgresStagedBatch,
  replace: boolean,
): Promise<LinkValues> {
  const q = tables.qualified;
  if (replace && staged.ids.length > 0) {
    // A bound array becomes a constant the planner hashes: one pass over staging, not one per id.
    await session.run(`DELETE FROM ${q.stg_postings} WHERE run_id = $1 AND id = ANY($2::text[])`, [
      staged.runId,
      staged.ids,
    ]);
  }
  const unchanged = await publishedUnchanged(session, tables, staged);
  const full: number[] = [];
  const seen: unknown[][] = [];
  for (let index = 0; index < staged.ids.length; index++) {
    const id = staged.ids[index]!;
    if (unchanged.has(id)) seen.push([staged.runId, id, staged.hashes[index], true]);
    else full.push(index);
  }
  const values: LinkValues = { stack: new Set(), family: new Set() };
  if (full.length > 0) {
    await copyRows(session, q.stg_postings, POSTGRES_STAGING_COLUMNS, stagingRows(staged, full, values));
  }
  if (seen.length > 0) await copyRows(session, q.stg_postings, POSTGRES_SEEN_COLUMNS, seen);
  await insertRows(
    session,
    postgres,
    q.stg_closed,
    STAGING_CLOSED_COLUMNS,
    ['run_id', 'posting_id'],
    staged.closed,
  );
  return values;
}

/** The ids of the batch whose published row has the same content hash. */
async function publishedUnchanged(
  session: SqlSession,
  tables: TableNames,
  staged: PostgresStagedBatch,
): Promise<Set<string>> {
  const unchanged = new Set<string>();
  if (staged.ids.length === 0) return unchanged;
  // `= ANY(array)` is an index scan, or at worst one pass with a hashed array: never a nested loop
  // over a mis-estimated join. The hashes are compared here (matching them in SQL as id+hash pairs
  // measured slower: a second 10k-element array to send, parse and plan).
  const { rows } = await session.run(
    `SELECT id, row_hash FROM ${tables.qualified.postings} WHERE id = ANY($1::text[])`,
    [staged.ids],
  );
  const published = new Map(rows.map((row) => [String(row.id), row.row_hash]));
  for (let index = 0; index < staged.ids.length; index++) {
    const id = staged.ids[index]!;
    if (published.get(id) === staged.hashes[index]) unchanged.add(id);
  }
  return unchanged;
}

async function copyRows(
  session: SqlSession,
  table: string,
  columns: readonly string[],
  rows: Iterable<unknown[]>,
) {
  if (session.copy) await session.copy(table, columns, rows);
  else await insertRows(session, postgres, table, columns, [], [...rows]);
}
