// commit() on PostgreSQL: the same one-transaction publish as publish.ts, written for bulk. Every step
// is one set-based statement over the run's staged rows; stack and job-family links come from the
// arrays staged in each row (unnest) instead of a link staging table; unchanged postings only get
// their last-seen run, a narrow row of posting_seen (their links and columns are left alone); staging
// is emptied by TRUNCATE when no other run is staged. Readers keep seeing the previous data until COMMIT.
import { classifyStagedPostgres, freshRows, PUBLISH_STATE } from './classify-staged-postgres.js';
import type { SqlSession } from './client.js';
import { POSTING_COLUMN_NAMES, PUBLISHED_POSTING_COLUMNS, REPUBLISHED_POSTING_COLUMNS } from './columns.js';
import { dialectOf } from './dialect.js';
import type { TableNames } from './identifiers.js';
import { insertPostgresLookups } from './postgres-lookups.js';
import { clearPostgresStaging, lockPostgresStaging } from './postgres-staging.js';
import { type PublishedRun, type PublishScope, publishScope } from './publish-scope.js';
import { publishSeen } from './publish-seen.js';
import {
  alreadyPublished,
  type PublishCounts,
  publishedBefore,
  recordPublishedRun,
} from './record-published-run.js';
import type { StagedByThisSink } from './staged-runs.js';

const postgres = dialectOf('postgres');

/**
 * Returns what publishing the staged rows of `run.runId` on PostgreSQL changed; call inside a
 * transaction. `written` is what the calling sink staged for the run (staged-runs.ts): when staging
 * holds just that, the lookups to add come from its short list of link values instead of unnesting
 * every staged array. A run published before changes nothing and says `published: false`.
 *
 * @example
 * const counts = await client.session((s) => publishPostgresRun(s, tables, run, staged.written(runId)));
 * counts.tables.posting_stacks; // { inserted: 512, updated: 0 }
 */
export async function publishPostgresRun(
  session: SqlSession,
  tables: TableNames,
  run: PublishedRun,
  written?: StagedByThisSink,
): Promise<PublishCounts> {
  const scope = publishScope(session, postgres, tables, run.runId);

  // Idempotence: a run already recorded is never applied twice; its leftovers (a re-write) are dropped.
  const before = await publishedBefore(scope.exec, tables, run.runId);
  if (before !== null) {
    await lockPostgresStaging(session, tables);
    await clearPostgresStaging(session, tables, run.runId);
    return alreadyPublished(before);
  }

  // Staging is locked for the whole publish: its end may TRUNCATE it, and two publishes would contend
  // on the same posting rows anyway. Writers of other runs wait, never lose rows.
  await lockPostgresStaging(session, tables);
  await tunePlanner(scope);
  const classes = await classifyStagedPostgres(scope);
  const known = written && written.postings === classes.staged + classes.missing ? written.values : undefined;
  const lookups = await insertPostgresLookups(scope, known);
  const links = await replaceLinks(scope);
  await markSeen(scope);
  const seenChanged = await publishSeen(scope, postgres, run.dt);
  await upsertPostings(scope);
  const closed = await closePostings(scope, run.committedAt);
  // The publish may have changed most of these tables; autovacuum analyzes them only later, and until
  // then the next run's lookups and joins would be planned for tables the planner takes for empty.
  if (classes.inserted > 0) {
    const q = scope.q;
    await scope.exec(`ANALYZE ${q.postings}, ${q.posting_stacks}, ${q.posting_families}, ${q.posting_seen}`);
  }
  const { staged: postings, inserted, warnings } = classes;
  const updated = classes.updated + seenChanged;
  const tally = { postings, inserted, updated, closed, ...lookups, ...links };
  const counts = await recordPublishedRun(scope.exec, tables, run, tally, warnings);
  await clearPostgresStaging(session, tables, run.runId);
  return counts;
}

/** Gives the planner what it needs for the publish's joins over freshly staged rows. */
async function tunePlanner({ exec, q }: PublishScope): Promise<void> {
  // Autovacuum has not seen freshly staged rows: without statistics the planner takes staging for empty
  // and picks nested loops that turn a 100k-row publish into minutes. A 3,000-row sample is enough to
  // get row counts right and costs a fraction of the default 30,000.
  await exec('SET LOCAL default_statistics_target = 10');
  // Links are inserted in key order (≈10% faster into their primary key); let that sort, and the
  // hash joins over 100k staged rows, stay in memory.
  await exec(`SET LOCAL work_mem = '64MB'`);
  await exec(`ANALYZE ${q.stg_postings}`);
}

/** Returns how many stack and job-family links were inserted, after deleting the changed postings' links. */
async function replaceLinks({ exec, q, runId }: PublishScope) {
  const links = [
    [q.posting_stacks, 'stack_id', 'stack_ids'],
    [q.posting_families, 'family_id', 'family_ids'],
  ] as const;
  const counts: number[] = [];
  for (const [table, column, array] of links) {
    await exec(
      `DELETE FROM ${table} l USING ${PUBLISH_STATE} r WHERE r.state = 'changed' AND l.posting_id = r.id`,
    );
    // Link tables carry no foreign keys since migration 2: every value comes from this run's staged
    // rows and lookups inserted above, so per-row checks (most of the insert's cost) proved nothing.
    const result = await exec(
      `INSERT INTO ${table} (posting_id, ${column}) SELECT s.id, v.value ${freshRows(q, `CROSS JOIN LATERAL unnest(s.${array}) AS v(value)`)} ORDER BY 1, 2`,
      [runId],
    );
    counts.push(result.affected);
  }
  return { postingStacks: counts[0] ?? 0, postingFamilies: counts[1] ?? 0 };
}

/**
 * Moves every posting the run wrote to its last-seen run: one narrow row each (migration 3), so the
 * unchanged majority leaves the wide postings rows alone. A closed posting seen again unchanged reopens.
 * Postings the run saw listed but did not write move in publishSeen.
 */
async function markSeen({ exec, q, runId }: PublishScope): Promise<void> {
  const state = PUBLISH_STATE;
  await exec(
    `UPDATE ${q.posting_seen} l SET last_seen_run = ? FROM ${state} r WHERE r.state IN ('same', 'changed') AND l.posting_id = r.id`,
    [runId],
  );
  // New postings get their row here; their postings row is inserted next.
  await exec(
    `INSERT INTO ${q.posting_seen} (posting_id, last_seen_run) SELECT r.id, ? FROM ${state} r WHERE r.state = 'new' ORDER BY 1`,
    [runId],
  );
  await exec(
    `UPDATE ${q.postings} p SET run_id = ?, closed_at = NULL FROM ${state} r WHERE r.state = 'same' AND r.was_closed AND p.id = r.id`,
    [runId],
  );
}

/** Inserts new postings and overwrites changed ones; first_seen_run is never overwritten. */
async function upsertPostings({ exec, q, runId }: PublishScope): Promise<void> {
  const shared = POSTING_COLUMN_NAMES;
  const columns = PUBLISHED_POSTING_COLUMNS;
  const update = REPUBLISHED_POSTING_COLUMNS;
  await exec(
    `INSERT INTO ${q.postings} (${columns.join(', ')}) SELECT s.id, c.id, b.id, ${shared.map((c) => `s.${c}`).join(', ')}, ?, NULL, ? ${freshRows(
      q,
      `JOIN ${q.companies} c ON c.name = s.company LEFT JOIN ${q.branches} b ON b.company_ref = c.id AND b.name = s.branch`,
    )}${postgres.upsert(['id'], update)}`,
    [runId, runId, runId],
  );
}

/**
 * Returns how many postings the run closed. Closed postings are marked, never deleted; one already
 * closed keeps its first closed_at.
 */
async function closePostings({ exec, q, runId }: PublishScope, committedAt: string): Promise<number> {
  // Most runs close nothing; skipping the statement then keeps the planner from guessing over an
  // unanalyzed, empty stg_closed.
  const toClose = await exec(`SELECT 1 FROM ${q.stg_closed} WHERE run_id = ? LIMIT 1`, [runId]);
  if (toClose.rows.length === 0) return 0;
  const closed = await exec(
    `UPDATE ${q.postings} p SET closed_at = ? FROM ${q.stg_closed} c WHERE c.run_id = ? AND p.id = c.posting_id AND p.closed_at IS NULL`,
    [committedAt, runId],
  );
  return closed.affected;
}
