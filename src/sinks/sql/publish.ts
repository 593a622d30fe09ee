// commit(): one transaction moves a run from staging into the published tables. Readers of the
// published tables see the state before it or after it, never between: that is the engine's
// isolation doing the work, so every step below must stay inside the one transaction.
import type { SqlSession } from './client.js';
import { POSTING_COLUMN_NAMES, PUBLISHED_POSTING_COLUMNS, REPUBLISHED_POSTING_COLUMNS } from './columns.js';
import type { Dialect } from './dialect.js';
import type { TableNames } from './identifiers.js';
import { type PublishedRun, type PublishScope, publishScope } from './publish-scope.js';
import { publishSeen } from './publish-seen.js';
import {
  alreadyPublished,
  type PublishCounts,
  type PublishedTally,
  publishedBefore,
  recordPublishedRun,
} from './record-published-run.js';

/** The link tables: table, its value column, the kind of staged link it takes. */
const linkTables = (q: PublishScope['q']) =>
  [
    [q.posting_stacks, 'stack_id', 'stack'],
    [q.posting_families, 'family_id', 'family'],
  ] as const;

const count = (rows: Record<string, unknown>[]): number => Number(rows[0]?.n ?? 0);

/**
 * Returns what publishing the staged rows of `run.runId` changed; call inside a transaction. A run
 * published before changes nothing (its staged leftovers are dropped) and says `published: false`.
 *
 * @example
 * const counts = await client.session((s) => publishRun(s, dialectOf('mysql'), tables, run));
 * counts.tables.postings; // { inserted: 120, updated: 14, closed: 3 }
 */
export async function publishRun(
  session: SqlSession,
  dialect: Dialect,
  tables: TableNames,
  run: PublishedRun,
): Promise<PublishCounts> {
  const scope = publishScope(session, dialect, tables, run.runId);
  const { exec, q } = scope;

  // Idempotence: a run already recorded is never applied twice; its leftovers (a re-write) are dropped.
  const before = await publishedBefore(exec, tables, run.runId);
  if (before !== null) {
    await clearStaging(scope);
    return alreadyPublished(before);
  }

  const analyze = dialect.analyze([q.stg_postings, q.stg_links]);
  if (analyze) await exec(analyze);
  const counts = await countStaged(scope);
  const lookups = await insertLookups(scope);
  await dropUnchangedLinks(scope);
  await upsertPostings(scope, dialect);
  const seenChanged = await publishSeen(scope, dialect, run.dt);
  const links = await insertLinks(scope);
  const closed = await closePostings(scope, run.committedAt);
  const updated = counts.updated + seenChanged;
  const tally: PublishedTally = { ...counts, updated, closed, ...lookups, ...links };
  const published = await recordPublishedRun(exec, tables, run, tally);
  await clearStaging(scope);
  return published;
}

/** Returns how many postings are staged, how many of them are new, and how many will be rewritten. */
async function countStaged({ exec, q, runId }: PublishScope) {
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
  return { postings: staged, inserted, updated };
}

/**
 * Returns how many companies, branches, stacks and job families were new. Lookups go first, so the
 * postings upsert can resolve names to ids with plain joins.
 */
async function insertLookups({ exec, q, runId }: PublishScope) {
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
  return {
    companies: companies.affected,
    branches: branches.affected,
    stacks: stacks.affected,
    families: families.affected,
  };
}

/**
 * Leaves exactly the links to write. Links are replaced only for postings that are new or changed (the
 * row hash covers stacks and families): a rerun of mostly unchanged postings rewrites almost nothing.
 * Unchanged postings keep their links; the deletes must run before the upsert overwrites the hashes
 * they compare.
 */
async function dropUnchangedLinks({ exec, q, runId }: PublishScope): Promise<void> {
  for (const [table] of linkTables(q)) {
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
}

/**
 * Inserts new postings, overwrites changed ones and reopens closed ones seen again; an open posting seen
 * unchanged is left as it is. first_seen_run is never overwritten.
 */
async function upsertPostings({ exec, q, runId }: PublishScope, dialect: Dialect): Promise<void> {
  const shared = POSTING_COLUMN_NAMES;
  const columns = PUBLISHED_POSTING_COLUMNS;
  const update = REPUBLISHED_POSTING_COLUMNS;
  await exec(
    `INSERT INTO ${q.postings} (${columns.join(', ')}) SELECT s.id, c.id, b.id, ${shared.map((c) => `s.${c}`).join(', ')}, ?, NULL, ? FROM ${q.stg_postings} s JOIN ${q.companies} c ON c.name = s.company LEFT JOIN ${q.branches} b ON b.company_ref = c.id AND b.name = s.branch WHERE s.run_id = ? AND NOT EXISTS (SELECT 1 FROM ${q.postings} p WHERE p.id = s.id AND p.row_hash = s.row_hash AND p.closed_at IS NULL)${dialect.upsert(['id'], update)}`,
    [runId, runId, runId],
  );
  // Every posting the run wrote moves its last-seen run (one narrow row each, migration 3); those it saw
  // listed but did not write move theirs in publishSeen.
  await exec(
    `INSERT INTO ${q.posting_seen} (posting_id, last_seen_run) SELECT id, ? FROM ${q.stg_postings} WHERE run_id = ?${dialect.upsert(['posting_id'], ['last_seen_run'])}`,
    [runId, runId],
  );
}

/** Returns how many stack and job-family links were inserted (those left staged: new and changed postings). */
async function insertLinks({ exec, q, runId }: PublishScope) {
  const counts: number[] = [];
  for (const [table, column, kind] of linkTables(q)) {
    const links = await exec(
      `INSERT INTO ${table} (posting_id, ${column}) SELECT DISTINCT l.posting_id, l.value FROM ${q.stg_links} l WHERE l.run_id = ? AND l.kind = ?`,
      [runId, kind],
    );
    counts.push(links.affected);
  }
  return { postingStacks: counts[0] ?? 0, postingFamilies: counts[1] ?? 0 };
}

/**
 * Returns how many postings the run closed. Closed postings are marked, never deleted; one already
 * closed keeps its first closed_at.
 */
async function closePostings({ exec, q, runId }: PublishScope, committedAt: string): Promise<number> {
  const closed = await exec(
    `UPDATE ${q.postings} SET closed_at = ? WHERE closed_at IS NULL AND id IN (SELECT posting_id FROM ${q.stg_closed} WHERE run_id = ?)`,
    [committedAt, runId],
  );
  return closed.affected;
}

/** Deletes the run's staged rows, links first. */
async function clearStaging({ exec, q, runId }: PublishScope): Promise<void> {
  for (const table of [q.stg_links, q.stg_closed, q.stg_seen, q.stg_postings])
    await exec(`DELETE FROM ${table} WHERE run_id = ?`, [runId]);
}
