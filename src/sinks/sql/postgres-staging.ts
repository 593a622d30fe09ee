// Staging as a PostgreSQL publish holds it: locked for the whole publish, and emptied at its end by
// TRUNCATE when no other run is staged, which leaves no dead row per staged row for VACUUM to find.
import type { SqlSession } from './client.js';
import type { TableNames } from './identifiers.js';

/**
 * Locks the staging tables until the transaction ends. Writers of other runs wait, never lose rows:
 * the publish may TRUNCATE staging, and two publishes would contend on the same posting rows anyway.
 */
export async function lockPostgresStaging(session: SqlSession, tables: TableNames): Promise<void> {
  const q = tables.qualified;
  await session.run(
    `LOCK TABLE ${q.stg_postings}, ${q.stg_closed}, ${q.stg_links}, ${q.stg_seen} IN ACCESS EXCLUSIVE MODE`,
  );
}

/**
 * Empties the run's staging; call with staging locked. When no other run is staged, TRUNCATE does it
 * without writing a dead row per staged row.
 */
export async function clearPostgresStaging(
  session: SqlSession,
  tables: TableNames,
  runId: string,
): Promise<void> {
  const q = tables.qualified;
  const others = await session.run(
    `SELECT 1 FROM ${q.stg_postings} WHERE run_id <> $1 UNION ALL SELECT 1 FROM ${q.stg_closed} WHERE run_id <> $1 UNION ALL SELECT 1 FROM ${q.stg_links} WHERE run_id <> $1 UNION ALL SELECT 1 FROM ${q.stg_seen} WHERE run_id <> $1 LIMIT 1`,
    [runId],
  );
  if (others.rows.length === 0) {
    await session.run(`TRUNCATE ${q.stg_postings}, ${q.stg_closed}, ${q.stg_links}, ${q.stg_seen}`);
    return;
  }
  for (const table of [q.stg_links, q.stg_closed, q.stg_seen, q.stg_postings]) {
    await session.run(`DELETE FROM ${table} WHERE run_id = $1`, [runId]);
  }
}
