// A run's row in ohmystack_runs: read first by every publish (a run recorded there is never applied
// twice) and written last, in the same transaction, with what the publish changed.
import type { TableNames } from './identifiers.js';
import type { PublishExec, PublishedRun } from './publish-scope.js';

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
 * Returns how many postings `runId` published when it is recorded in `ohmystack_runs`, or null when it
 * was never published.
 *
 * @example
 * await publishedBefore(exec, tables, '20261129T0900'); // 3120, or null on the first commit
 */
export async function publishedBefore(
  exec: PublishExec,
  tables: TableNames,
  runId: string,
): Promise<number | null> {
  const seen = await exec(`SELECT postings FROM ${tables.qualified.ohmystack_runs} WHERE run_id = ?`, [
    runId,
  ]);
  return seen.rows.length > 0 ? Number(seen.rows[0]?.postings ?? 0) : null;
}

/**
 * Returns the counts of a publish that changed nothing because the run had been published before.
 *
 * @example alreadyPublished(3120) // { published: false, postings: 3120, inserted: 0, …, tables: {} }
 */
export function alreadyPublished(postings: number): PublishCounts {
  return { published: false, postings, inserted: 0, updated: 0, closed: 0, tables: {} };
}

/**
 * The last step of a publish, on every engine: records the run in `ohmystack_runs` (so it is never
 * applied twice) and returns its counts.
 *
 * @example
 * const counts = await recordPublishedRun(exec, tables, run, tally);
 * counts.tables.postings; // { inserted: 120, updated: 14, closed: 3 }
 */
export async function recordPublishedRun(
  exec: PublishExec,
  tables: TableNames,
  run: PublishedRun,
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
