// commit(): one transaction moves a run from staging into the published tables. Readers of the
// published tables see the state before it or after it, never between: that is the engine's
// isolation doing the work, so every step below must stay inside the one transaction.
import type { SqlSession } from './client.js';
import { POSTING_COLUMN_NAMES, PUBLISHED_POSTING_COLUMNS, REPUBLISHED_POSTING_COLUMNS } from './columns.js';
import type { Dialect } from './dialect.js';
import type { TableNames } from './identifiers.js';

/** What publishing one run changed. */
export interface PublishCounts {
  /** false when the run had been committed before (nothing was changed). */
  published: boolean;
  postings: number;
  inserted: number;
  updated: number;
  closed: number;
  tables: Record<string, { inserted: number; updated: number; closed?: number }>;
  /** What the publish could not do as asked (it still committed). */
  warnings?: string[];
}

const count = (rows: Record<string, unknown>[]): number => Number(rows[0]?.n ?? 0);

/** Rows a publish wrote, table by table. */
export interface PublishedTally {
  postings: number;
  inserted: number;
  updated: number;
  closed: number;
  companies: number;
  branches: number;
  stacks: number;
  families: number;
  postingStacks: number;
  postingFamilies: number;
}

/**
 * The last step of a publish, on every engine: records the run in `ohmystack_runs` (so it is never
 * applied twice) and returns its counts.
 */
export async function recordPublishedRun(
  exec: (sql: string, params: readonly unknown[]) => Promise<unknown>,
  tables: TableNames,
  run: { runId: string; dt: string; hr: string; committedAt: string },
  tally: PublishedTally,
  warnings?: string[],
): Promise<PublishCounts> {
  const { postings, inserted, updated, closed } = tally;
  await exec(
    `INSERT INTO ${tables.qualified.ohmystack_runs} (run_id, dt, hr, committed_at, postings, inserted, updated, closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [run.runId, run.dt, run.hr, run.committedAt, postings, inserted, updated, closed],
  );
  return {
    published: true,
    ...(warnings ? { warnings } : {}),
    postings,
    inserted,
    updated,
    closed,
    tables: {
      postings: { inserted, updated, closed },
      companies: { inserted: tally.companies, updated: 0 },
      branches: { inserted: tally.branches, updated: 0 },
      stacks: { inserted: tally.stacks, updated: 0 },
      job_families: { inserted: tally.families, updated: 0 },
      posting_stacks: { inserted: tally.postingStacks, updated: 0 },
      posting_families: { inserted: tally.postingFamilies, updated: 0 },
    },
  };
}

/** Publishes the staged rows of `runId`; call inside a transaction. */
export async function publishRun(
  session: SqlSession,
  dialect: Dialect,
  tables: TableNames,
  run: { runId: string; dt: string; hr: string; committedAt: string },
): Promise<PublishCounts> {
  const q = tables.qualified;
  const exec = (sql: string, params: readonly unknown[] = []) => session.run(dialect.sql(sql), params);
  const { runId } = run;
  const clearStaging = async () => {
    for (const table of [q.stg_links, q.stg_closed, q.stg_postings])
      await exec(`DELETE FROM ${table} WHERE run_id = ?`, [runId]);
  };

  // Idempotence: a run already recorded is never applied twice; its leftovers (a re-write) are dropped.
  const seen = await exec(`SELECT postings FROM ${q.ohmystack_runs} WHERE run_id = ?`, [runId]);
  if (seen.rows.length > 0) {
    await clearStaging();
    const postings = Number(seen.rows[0]?.postings ?? 0);
    return { published: false, postings, inserted: 0, updated: 0, closed: 0, tables: {} };
  }

  const analyze = dialect.analyze([q.stg_postings, q.stg_links]);
  if (analyze) await exec(analyze);
  const staged = count(
    (await exec(`SELECT COUNT(*) AS n FROM ${q.stg_postings} WHERE run_id = ?`, [runId])).rows,
  );
  const inserted = count(
    (
      await exec(
        `SELECT COUNT(*) AS n FROM ${q.stg_postings} s WHERE s.run_id = ? AND NOT EXISTS (SELECT 1 FROM ${q.postings} p WHERE p.id = s.id)`,
        [runId],
      )
    ).rows,
  );
  const updated = count(
    (
      await exec(
        `SELECT COUNT(*) AS n FROM ${q.stg_postings} s JOIN ${q.postings} p ON p.id = s.id WHERE s.run_id = ? AND (p.row_hash <> s.row_hash OR p.closed_at IS NOT NULL)`,
        [runId],
      )
    ).rows,
  );

  // Lookups first, so the postings upsert can resolve names to ids with plain joins.
  const companies = await exec(
    `INSERT INTO ${q.companies} (name, first_seen_run) SELECT s.company, ? FROM ${q.stg_postings} s WHERE s.run_id = ? AND NOT EXISTS (SELECT 1 FROM ${q.companies} c WHERE c.name = s.company) GROUP BY s.company`,
    [runId, runId],
  );
  const branches = await exec(
    `INSERT INTO ${q.branches} (company_ref, name, lat, lng, sido, sigungu) SELECT c.id, s.branch, MIN(s.lat), MIN(s.lng), MIN(s.sido), MIN(s.sigungu) FROM ${q.stg_postings} s JOIN ${q.companies} c ON c.name = s.company WHERE s.run_id = ? AND s.branch IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${q.branches} b WHERE b.company_ref = c.id AND b.name = s.branch) GROUP BY c.id, s.branch`,
    [runId],
  );
  const stacks = await exec(
    `INSERT INTO ${q.stacks} (id, name, category) SELECT l.value, MIN(l.label), MIN(l.category) FROM ${q.stg_links} l WHERE l.run_id = ? AND l.kind = 'stack' AND NOT EXISTS (SELECT 1 FROM ${q.stacks} t WHERE t.id = l.value) GROUP BY l.value`,
    [runId],
  );
  const families = await exec(
    `INSERT INTO ${q.job_families} (id, name_ko, name_en) SELECT l.value, MIN(l.label), MIN(l.category) FROM ${q.stg_links} l WHERE l.run_id = ? AND l.kind = 'family' AND NOT EXISTS (SELECT 1 FROM ${q.job_families} f WHERE f.id = l.value) GROUP BY l.value`,
    [runId],
  );

  // Links are replaced only for postings that are new or changed (the row hash covers stacks and
  // families): a rerun of mostly unchanged postings rewrites almost nothing. Unchanged postings keep
  // their links; the deletes must run before the upsert overwrites the hashes they compare.
  const linkTables = [
    [q.posting_stacks, 'stack_id', 'stack'],
    [q.posting_families, 'family_id', 'family'],
  ] as const;
  for (const [table] of linkTables) {
    await exec(
      `DELETE FROM ${table} WHERE posting_id IN (SELECT s.id FROM ${q.stg_postings} s JOIN ${q.postings} p ON p.id = s.id WHERE s.run_id = ? AND p.row_hash <> s.row_hash)`,
      [runId],
    );
  }
  // Staged links of unchanged postings are already published; dropping them now leaves exactly the
  // links to insert (new and changed postings), with no anti-join over every staged link.
  await exec(
    `DELETE FROM ${q.stg_links} WHERE run_id = ? AND posting_id IN (SELECT s.id FROM ${q.stg_postings} s JOIN ${q.postings} p ON p.id = s.id WHERE s.run_id = ? AND p.row_hash = s.row_hash)`,
    [runId, runId],
  );

  // Postings: insert new, overwrite changed ones and reopen closed ones seen again; an open posting seen
  // unchanged is left as it is. first_seen_run is never overwritten.
  const shared = POSTING_COLUMN_NAMES;
  const columns = PUBLISHED_POSTING_COLUMNS;
  const update = REPUBLISHED_POSTING_COLUMNS;
  await exec(
    `INSERT INTO ${q.postings} (${columns.join(', ')}) SELECT s.id, c.id, b.id, ${shared.map((c) => `s.${c}`).join(', ')}, ?, NULL, ? FROM ${q.stg_postings} s JOIN ${q.companies} c ON c.name = s.company LEFT JOIN ${q.branches} b ON b.company_ref = c.id AND b.name = s.branch WHERE s.run_id = ? AND NOT EXISTS (SELECT 1 FROM ${q.postings} p WHERE p.id = s.id AND p.row_hash = s.row_hash AND p.closed_at IS NULL)${dialect.upsert(['id'], update)}`,
    [runId, runId, runId],
  );
  // Every posting the run saw moves its last-seen run (one narrow row each, migration 3).
  await exec(
    `INSERT INTO ${q.posting_seen} (posting_id, last_seen_run) SELECT id, ? FROM ${q.stg_postings} WHERE run_id = ?${dialect.upsert(['posting_id'], ['last_seen_run'])}`,
    [runId, runId],
  );

  const linkCounts: number[] = [];
  for (const [table, column, kind] of linkTables) {
    const links = await exec(
      `INSERT INTO ${table} (posting_id, ${column}) SELECT DISTINCT l.posting_id, l.value FROM ${q.stg_links} l WHERE l.run_id = ? AND l.kind = ?`,
      [runId, kind],
    );
    linkCounts.push(links.affected);
  }

  // Closed postings are marked, never deleted; one already closed keeps its first closed_at.
  const closed = await exec(
    `UPDATE ${q.postings} SET closed_at = ? WHERE closed_at IS NULL AND id IN (SELECT posting_id FROM ${q.stg_closed} WHERE run_id = ?)`,
    [run.committedAt, runId],
  );

  const counts = await recordPublishedRun(exec, tables, run, {
    postings: staged,
    inserted,
    updated,
    closed: closed.affected,
    companies: companies.affected,
    branches: branches.affected,
    stacks: stacks.affected,
    families: families.affected,
    postingStacks: linkCounts[0] ?? 0,
    postingFamilies: linkCounts[1] ?? 0,
  });
  await clearStaging();
  return counts;
}
