// The publish step for the postings a run saw listed but did not write (stage-seen.ts): each published
// one gets the run as its last-seen run, one marked closed is open again — its site lists it — and one
// whose stored deadline date is before the run's KST day becomes expired, as it would have had the run
// written it. All are set-based statements driven by the run's staged ids, inside the publish's
// transaction, so a reader sees the run's marks move together with everything else it published.
import type { Dialect } from './dialect.js';
import type { PublishScope } from './publish-scope.js';

/**
 * Returns how many marks of published postings among the staged ids changed: closed ones reopened,
 * and open or closed ones newly expired (their deadline date is before `day`, the run's KST day
 * 'YYYY-MM-DD'), after moving the last-seen run of every one of them; ids never published are ignored. Call inside the publish's
 * transaction, after the run's own postings were upserted.
 *
 * @example
 * const updated = await publishSeen(scope, dialectOf('mysql'), '2026-12-06');
 */
export async function publishSeen(scope: PublishScope, dialect: Dialect, day: string): Promise<number> {
  const { exec, q, runId } = scope;
  // A first run, or a sink fed without incremental collection, stages none: the statements are skipped.
  const any = await exec(`SELECT 1 AS found FROM ${q.stg_seen} WHERE run_id = ? LIMIT 1`, [runId]);
  if (any.rows.length === 0) return 0;
  const reopened = await moveSeen(scope, dialect);
  return reopened + (await expireSeen(scope, dialect, day));
}

/** Moves the staged postings' last-seen run and returns how many closed ones it reopened. */
async function moveSeen({ exec, q, runId }: PublishScope, dialect: Dialect): Promise<number> {
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

/**
 * Marks expired the staged postings whose stored deadline date is before `day` and that are not
 * marked yet (rows stored before the column hold NULL); returns how many. Booleans are written as
 * literals: every engine reads TRUE and FALSE, while SQLite's driver refuses bound JS booleans.
 */
async function expireSeen({ exec, q, runId }: PublishScope, dialect: Dialect, day: string): Promise<number> {
  if (dialect.name === 'postgres') {
    const expired = await exec(
      `UPDATE ${q.postings} p SET expired = TRUE, run_id = ? FROM ${q.stg_seen} s WHERE s.run_id = ? AND p.id = s.posting_id AND p.deadline_kind = 'date' AND p.deadline_date < ? AND p.expired IS NOT TRUE`,
      [runId, runId, day],
    );
    return expired.affected;
  }
  const expired = await exec(
    `UPDATE ${q.postings} SET expired = TRUE, run_id = ? WHERE deadline_kind = 'date' AND deadline_date < ? AND (expired IS NULL OR expired = FALSE) AND id IN (SELECT posting_id FROM ${q.stg_seen} WHERE run_id = ?)`,
    [runId, day, runId],
  );
  return expired.affected;
}
