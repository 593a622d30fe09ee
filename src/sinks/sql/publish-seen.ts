// The publish step for the postings a run saw listed but did not write (stage-seen.ts): each published
// one gets the run as its last-seen run, and one marked closed is open again — its site lists it.
// Both are set-based statements driven by the run's staged ids, inside the publish's transaction, so
// a reader sees the run's last-seen marks move together with everything else it published.
import type { Dialect } from './dialect.js';
import type { PublishScope } from './publish-scope.js';

/**
 * Returns how many closed postings the staged ids reopened, after moving the last-seen run of every
 * published posting among them; ids never published are ignored. Call inside the publish's
 * transaction, after the run's own postings were upserted.
 *
 * @example
 * const reopened = await publishSeen(scope, dialectOf('mysql'));
 */
export async function publishSeen({ exec, q, runId }: PublishScope, dialect: Dialect): Promise<number> {
  // A first run, or a sink fed without incremental collection, stages none: the statements are skipped.
  const any = await exec(`SELECT 1 AS found FROM ${q.stg_seen} WHERE run_id = ? LIMIT 1`, [runId]);
  if (any.rows.length === 0) return 0;
  if (dialect.name === 'postgres') {
    // Without statistics the planner takes freshly staged ids for an empty table (publish-postgres.ts).
    await exec(`ANALYZE ${q.stg_seen}`);
    await exec(
      `UPDATE ${q.posting_seen} l SET last_seen_run = ? FROM ${q.stg_seen} s WHERE s.run_id = ? AND l.posting_id = s.posting_id`,
      [runId, runId],
    );
    const reopened = await exec(
      `UPDATE ${q.postings} p SET run_id = ?, closed_at = NULL FROM ${q.stg_seen} s WHERE s.run_id = ? AND p.id = s.posting_id AND p.closed_at IS NOT NULL`,
      [runId, runId],
    );
    return reopened.affected;
  }
  // An upsert driven by the staged ids (a primary-key probe each), never a scan of posting_seen.
  await exec(
    `INSERT INTO ${q.posting_seen} (posting_id, last_seen_run) SELECT s.posting_id, ? FROM ${q.stg_seen} s JOIN ${q.postings} p ON p.id = s.posting_id WHERE s.run_id = ?${dialect.upsert(['posting_id'], ['last_seen_run'])}`,
    [runId, runId],
  );
  const reopened = await exec(
    `UPDATE ${q.postings} SET run_id = ?, closed_at = NULL WHERE closed_at IS NOT NULL AND id IN (SELECT posting_id FROM ${q.stg_seen} WHERE run_id = ?)`,
    [runId, runId],
  );
  return reopened.affected;
}
