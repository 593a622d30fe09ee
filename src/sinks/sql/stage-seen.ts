// markSeen(): the postings a run saw listed but did not write — incremental collection skipped them as
// unchanged — staged as ids in `stg_seen`, so the commit moves their last-seen run in the same
// transaction as everything else the run publishes (publish-seen.ts). Most postings of every run after
// the first are such ids, so they travel in bulk: one array-bound statement on PostgreSQL, chunked
// multi-row INSERTs elsewhere; never a statement per id.
import type { SqlSession } from './client.js';
import { STAGING_SEEN_COLUMNS } from './columns.js';
import type { Dialect } from './dialect.js';
import type { TableNames } from './identifiers.js';
import { insertRows } from './stage.js';
import { storableId, storableTally } from './storable-row.js';

/**
 * Returns `ids` as the database stores them (storable-row.ts), duplicates and ids too long to store
 * dropped. Such an id was reported when its posting was first written, so nothing is counted again.
 *
 * @example storedSeenIds(['jumpit:1', 'jumpit:1', 'wanted:7']) // ['jumpit:1', 'wanted:7']
 */
export function storedSeenIds(ids: readonly string[]): string[] {
  const scratch = storableTally();
  const stored = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') continue;
    const kept = storableId(id, scratch);
    if (kept !== undefined) stored.add(kept);
  }
  return [...stored];
}

/**
 * Stages `ids` (already {@link storedSeenIds}) as seen by `runId`; staging them twice keeps one row each.
 *
 * @example
 * await writeStagedSeen(session, dialectOf('sqlite'), tables, '20261129T1200', ['jumpit:1']);
 */
export async function writeStagedSeen(
  session: SqlSession,
  dialect: Dialect,
  tables: TableNames,
  runId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const table = tables.qualified.stg_seen;
  if (dialect.name === 'postgres') {
    // One bound array, whatever the count: no per-statement parameter budget to chunk for.
    await session.run(
      `INSERT INTO ${table} (run_id, posting_id) SELECT $1, unnest($2::text[]) ON CONFLICT (run_id, posting_id) DO NOTHING`,
      [runId, ids],
    );
    return;
  }
  const rows = ids.map((id) => [runId, id]);
  await insertRows(session, dialect, table, STAGING_SEEN_COLUMNS, ['run_id', 'posting_id'], rows);
}
