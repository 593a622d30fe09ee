// commit() on PostgreSQL: the same one-transaction publish as publish.ts, written for bulk. Every step
// is one set-based statement over the run's staged rows; stack and job-family links come from the
// arrays staged in each row (unnest) instead of a link staging table; unchanged postings only get
// their last-seen run, a narrow row of posting_seen (their links and columns are left alone); staging
// is emptied by TRUNCATE when no other run is staged. Readers keep seeing the previous data until COMMIT.
import type { SqlSession } from './client.js';
import { POSTING_COLUMN_NAMES, PUBLISHED_POSTING_COLUMNS, REPUBLISHED_POSTING_COLUMNS } from './columns.js';
import { dialectOf, rowsPerInsert } from './dialect.js';
import type { TableNames } from './identifiers.js';
import { type LinkKind, lookupValue } from './link-values.js';
import { type PublishCounts, recordPublishedRun } from './publish.js';
import type { StagedByThisSink } from './staged-runs.js';

const postgres = dialectOf('postgres');

/**
 * Publishes the staged rows of `runId` on PostgreSQL; call inside a transaction. `written` is what the
 * calling sink staged for the run (staged-runs.ts): when staging holds just that, the lookups to add
 * come from its short list of link values instead of unnesting every staged array.
 */
export async function publishPostgresRun(
  session: SqlSession,
  tables: TableNames,
  run: { runId: string; dt: string; hr: string; committedAt: string },
  written?: StagedByThisSink,
): Promise<PublishCounts> {
  const q = tables.qualified;
  const exec = (sql: string, params: readonly unknown[] = []) => session.run(postgres.sql(sql), params);
  const { runId } = run;

  // Idempotence: a run already recorded is never applied twice; its leftovers (a re-write) are dropped.
  const seen = await exec(`SELECT postings FROM ${q.ohmystack_runs} WHERE run_id = ?`, [runId]);
  if (seen.rows.length > 0) {
    await lockStaging(session, tables);
    await clearStaging(session, tables, runId);
    const postings = Number(seen.rows[0]?.postings ?? 0);
    return { published: false, postings, inserted: 0, updated: 0, closed: 0, tables: {} };
  }

  // Staging is locked for the whole publish: its end may TRUNCATE it (see clearStaging), and two
  // publishes would contend on the same posting rows anyway. Writers of other runs wait, never lose rows.
  await lockStaging(session, tables);

  // Autovacuum has not seen freshly staged rows: without statistics the planner takes staging for empty
  // and picks nested loops that turn a 100k-row publish into minutes. A 3,000-row sample is enough to
  // get row counts right and costs a fraction of the default 30,000.
  await exec('SET LOCAL default_statistics_target = 10');
  // Links are inserted in key order (≈10% faster into their primary key); let that sort, and the
  // hash joins over 100k staged rows, stay in memory.
  await exec(`SET LOCAL work_mem = '64MB'`);
  await exec(`ANALYZE ${q.stg_postings}`);

  // Every staged posting is classified once, before anything is written: new (not published), changed
  // (published with another content hash) or same. The steps below read the classification from this
  // narrow temp table instead of joining staging with postings again each time. A narrow "seen" row
  // (stage-postgres.ts) is always "same": it has no columns to write. If its posting changed since it
  // was staged (another run committed meanwhile) the newer content stays and the run says so; if its
  // posting is gone it is "missing" and skipped.
  const state = 'ohmystack_publish_state';
  await exec(
    `CREATE TEMP TABLE ${state} (id TEXT NOT NULL, state TEXT NOT NULL, was_closed BOOLEAN NOT NULL, stale BOOLEAN NOT NULL) ON COMMIT DROP`,
  );
  await exec(
    `INSERT INTO ${state} (id, state, was_closed, stale) SELECT s.id, CASE WHEN s.seen_only THEN (CASE WHEN p.id IS NULL THEN 'missing' ELSE 'same' END) WHEN p.id IS NULL THEN 'new' WHEN p.row_hash IS DISTINCT FROM s.row_hash THEN 'changed' ELSE 'same' END, p.closed_at IS NOT NULL, s.seen_only AND p.row_hash IS DISTINCT FROM s.row_hash FROM ${q.stg_postings} s LEFT JOIN ${q.postings} p ON p.id = s.id WHERE s.run_id = ?`,
    [runId],
  );
  await exec(`ANALYZE ${state}`);
  let staged = 0;
  let inserted = 0;
  let updated = 0;
  let missing = 0;
  let stale = 0;
  const tally = await exec(
    `SELECT state, was_closed, stale, COUNT(*) AS n FROM ${state} GROUP BY state, was_closed, stale`,
  );
  for (const row of tally.rows) {
    const n = Number(row.n);
    if (row.state === 'missing') {
      missing += n;
      continue;
    }
    staged += n;
    if (row.stale === true) stale += n;
    if (row.state === 'new') inserted += n;
    else if (row.state === 'changed' || row.was_closed === true) updated += n;
  }
  const warnings: string[] = [];
  if (stale > 0) {
    warnings.push(
      `${stale} postings changed after run ${runId} was staged (another run committed them); their newer content was kept`,
    );
  }
  if (missing > 0) {
    warnings.push(`${missing} postings staged as unchanged were no longer published at commit; skipped`);
  }
  // Staged rows that are new or changed, with the joins a statement needs.
  const freshRows = (joins = '') =>
    `FROM ${q.stg_postings} s JOIN ${state} r ON r.id = s.id AND r.state IN ('new', 'changed') ${joins} WHERE s.run_id = ?`;

  // Link values of new and changed postings that their lookup table lacks.
  const stagedValues = async (kind: LinkKind) => {
    const [table, array] = kind === 'stack' ? [q.stacks, 'stack_ids'] : [q.job_families, 'family_ids'];
    const { rows } = await exec(
      `SELECT d.value FROM (SELECT DISTINCT v.value ${freshRows(`CROSS JOIN LATERAL unnest(s.${array}) AS v(value)`)}) d WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = d.value)`,
      [runId],
    );
    return rows.map((row) => String(row.value));
  };

  // Lookups first, so the postings upsert can resolve names to ids with plain joins.
  const companies = await exec(
    `INSERT INTO ${q.companies} (name, first_seen_run) SELECT s.company, ? ${freshRows()} AND NOT EXISTS (SELECT 1 FROM ${q.companies} c WHERE c.name = s.company) GROUP BY s.company`,
    [runId, runId],
  );
  const branches = await exec(
    `INSERT INTO ${q.branches} (company_ref, name, lat, lng, sido, sigungu) SELECT c.id, s.branch, MIN(s.lat), MIN(s.lng), MIN(s.sido), MIN(s.sigungu) ${freshRows(`JOIN ${q.companies} c ON c.name = s.company`)} AND s.branch IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${q.branches} b WHERE b.company_ref = c.id AND b.name = s.branch) GROUP BY c.id, s.branch`,
    [runId],
  );
  const known = written && written.postings === staged + missing ? written.values : undefined;
  const stacks = await insertLookups(session, tables, 'stack', known?.stack ?? (await stagedValues('stack')));
  const families = await insertLookups(
    session,
    tables,
    'family',
    known?.family ?? (await stagedValues('family')),
  );

  const links = [
    [q.posting_stacks, 'stack_id', 'stack_ids'],
    [q.posting_families, 'family_id', 'family_ids'],
  ] as const;
  const linkCounts: number[] = [];
  for (const [table, column, array] of links) {
    await exec(`DELETE FROM ${table} l USING ${state} r WHERE r.state = 'changed' AND l.posting_id = r.id`);
    // Link tables carry no foreign keys since migration 2: every value comes from this run's staged
    // rows and lookups inserted above, so per-row checks (most of the insert's cost) proved nothing.
    const result = await exec(
      `INSERT INTO ${table} (posting_id, ${column}) SELECT s.id, v.value ${freshRows(`CROSS JOIN LATERAL unnest(s.${array}) AS v(value)`)} ORDER BY 1, 2`,
      [runId],
    );
    linkCounts.push(result.affected);
  }

  // Every posting the run saw moves its last-seen run: one narrow row each (migration 3), so the
  // unchanged majority leaves the wide postings rows alone. New postings get their row below.
  await exec(
    `UPDATE ${q.posting_seen} l SET last_seen_run = ? FROM ${state} r WHERE r.state IN ('same', 'changed') AND l.posting_id = r.id`,
    [runId],
  );
  await exec(
    `INSERT INTO ${q.posting_seen} (posting_id, last_seen_run) SELECT r.id, ? FROM ${state} r WHERE r.state = 'new' ORDER BY 1`,
    [runId],
  );
  // A closed posting seen again unchanged reopens.
  await exec(
    `UPDATE ${q.postings} p SET run_id = ?, closed_at = NULL FROM ${state} r WHERE r.state = 'same' AND r.was_closed AND p.id = r.id`,
    [runId],
  );

  // New and changed postings: insert or overwrite; first_seen_run is never overwritten.
  const shared = POSTING_COLUMN_NAMES;
  const columns = PUBLISHED_POSTING_COLUMNS;
  const update = REPUBLISHED_POSTING_COLUMNS;
  await exec(
    `INSERT INTO ${q.postings} (${columns.join(', ')}) SELECT s.id, c.id, b.id, ${shared.map((c) => `s.${c}`).join(', ')}, ?, NULL, ? ${freshRows(
      `JOIN ${q.companies} c ON c.name = s.company LEFT JOIN ${q.branches} b ON b.company_ref = c.id AND b.name = s.branch`,
    )}${postgres.upsert(['id'], update)}`,
    [runId, runId, runId],
  );

  // Closed postings are marked, never deleted; one already closed keeps its first closed_at.
  // Most runs close nothing; skipping the statement then keeps the planner from guessing over an
  // unanalyzed, empty stg_closed.
  const toClose = await exec(`SELECT 1 FROM ${q.stg_closed} WHERE run_id = ? LIMIT 1`, [runId]);
  const closed =
    toClose.rows.length === 0
      ? { affected: 0 }
      : await exec(
          `UPDATE ${q.postings} p SET closed_at = ? FROM ${q.stg_closed} c WHERE c.run_id = ? AND p.id = c.posting_id AND p.closed_at IS NULL`,
          [run.committedAt, runId],
        );

  // The publish may have changed most of these tables; autovacuum analyzes them only later, and until
  // then the next run's lookups and joins would be planned for tables the planner takes for empty.
  if (inserted > 0) {
    await exec(`ANALYZE ${q.postings}, ${q.posting_stacks}, ${q.posting_families}, ${q.posting_seen}`);
  }

  const counts = await recordPublishedRun(
    exec,
    tables,
    run,
    {
      postings: staged,
      inserted,
      updated,
      closed: closed.affected,
      companies: companies.affected,
      branches: branches.affected,
      stacks,
      families,
      postingStacks: linkCounts[0] ?? 0,
      postingFamilies: linkCounts[1] ?? 0,
    },
    warnings,
  );
  await clearStaging(session, tables, runId);
  return counts;
}

/** Inserts those of `ids` their lookup table lacks (stacks or job families); returns how many. */
async function insertLookups(
  session: SqlSession,
  tables: TableNames,
  kind: LinkKind,
  ids: Iterable<string>,
): Promise<number> {
  const q = tables.qualified;
  const [table, columns] =
    kind === 'stack' ? [q.stacks, 'id, name, category'] : [q.job_families, 'id, name_ko, name_en'];
  // Names and categories come from the dictionary, as staging would have labelled them.
  const values = [...ids].map((id) => lookupValue(kind, id));
  const perInsert = rowsPerInsert(postgres, 3);
  let inserted = 0;
  for (let start = 0; start < values.length; start += perInsert) {
    const chunk = values.slice(start, start + perInsert);
    const result = await session.run(
      postgres.sql(
        `INSERT INTO ${table} (${columns}) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')} ON CONFLICT (id) DO NOTHING`,
      ),
      chunk.flatMap((value) => [value.id, value.label, value.category]),
    );
    inserted += result.affected;
  }
  return inserted;
}

function lockStaging(session: SqlSession, tables: TableNames) {
  const q = tables.qualified;
  return session.run(
    `LOCK TABLE ${q.stg_postings}, ${q.stg_closed}, ${q.stg_links} IN ACCESS EXCLUSIVE MODE`,
  );
}

/**
 * Empties the run's staging; call with staging locked. When no other run is staged, TRUNCATE does it
 * without writing a dead row per staged row.
 */
async function clearStaging(session: SqlSession, tables: TableNames, runId: string): Promise<void> {
  const q = tables.qualified;
  const others = await session.run(
    `SELECT 1 FROM ${q.stg_postings} WHERE run_id <> $1 UNION ALL SELECT 1 FROM ${q.stg_closed} WHERE run_id <> $1 UNION ALL SELECT 1 FROM ${q.stg_links} WHERE run_id <> $1 LIMIT 1`,
    [runId],
  );
  if (others.rows.length === 0) {
    await session.run(`TRUNCATE ${q.stg_postings}, ${q.stg_closed}, ${q.stg_links}`);
    return;
  }
  for (const table of [q.stg_links, q.stg_closed, q.stg_postings]) {
    await session.run(`DELETE FROM ${table} WHERE run_id = $1`, [runId]);
  }
}
