// The first step of a PostgreSQL publish: every staged posting is classified once, before anything is
// written — new (not published), changed (published with another content hash) or same. The steps
// after it read the classification from this narrow temp table instead of joining staging with
// postings again each time. A narrow "seen" row (stage-postgres.ts) is always "same": it has no
// columns to write. If its posting changed since it was staged (another run committed meanwhile) the
// newer content stays and the run says so; if its posting is gone it is "missing" and skipped.
import type { PublishScope } from './publish-scope.js';

/** The temp table holding each staged posting's class; dropped at COMMIT. */
export const PUBLISH_STATE = 'ohmystack_publish_state';

/** How the run's staged postings were classified. */
export interface StagedClasses {
  /** Staged postings to publish (every class but "missing"). */
  staged: number;
  /** Postings not published before. */
  inserted: number;
  /** Published postings to rewrite: changed, or closed and seen again. */
  updated: number;
  /** Postings staged as unchanged that are no longer published. */
  missing: number;
  /** What the publish will not do as staged. */
  warnings: string[];
}

/**
 * Returns the counts of each class after writing every staged posting's class to
 * {@link PUBLISH_STATE}; call inside the publish's transaction.
 *
 * @example
 * const classes = await classifyStagedPostgres(scope);
 * classes.inserted; // 120
 */
export async function classifyStagedPostgres({ exec, q, runId }: PublishScope): Promise<StagedClasses> {
  const state = PUBLISH_STATE;
  await exec(
    `CREATE TEMP TABLE ${state} (id TEXT NOT NULL, state TEXT NOT NULL, was_closed BOOLEAN NOT NULL, stale BOOLEAN NOT NULL) ON COMMIT DROP`,
  );
  await exec(
    `INSERT INTO ${state} (id, state, was_closed, stale) SELECT s.id, CASE WHEN s.seen_only THEN (CASE WHEN p.id IS NULL THEN 'missing' ELSE 'same' END) WHEN p.id IS NULL THEN 'new' WHEN p.row_hash IS DISTINCT FROM s.row_hash THEN 'changed' ELSE 'same' END, p.closed_at IS NOT NULL, s.seen_only AND p.row_hash IS DISTINCT FROM s.row_hash FROM ${q.stg_postings} s LEFT JOIN ${q.postings} p ON p.id = s.id WHERE s.run_id = ?`,
    [runId],
  );
  await exec(`ANALYZE ${state}`);
  const classes = await exec(
    `SELECT state, was_closed, stale, COUNT(*) AS n FROM ${state} GROUP BY state, was_closed, stale`,
  );
  let staged = 0;
  let inserted = 0;
  let updated = 0;
  let missing = 0;
  let stale = 0;
  for (const row of classes.rows) {
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
  return { staged, inserted, updated, missing, warnings: classWarnings(runId, stale, missing) };
}

/**
 * Returns the FROM clause (with `joins`) and WHERE clause of the run's staged rows that are new or
 * changed; its one parameter is the run id.
 *
 * @example `SELECT s.id ${freshRows(q)}` // … FROM stg_postings s JOIN ohmystack_publish_state r … WHERE s.run_id = ?
 */
export function freshRows(q: PublishScope['q'], joins = ''): string {
  return `FROM ${q.stg_postings} s JOIN ${PUBLISH_STATE} r ON r.id = s.id AND r.state IN ('new', 'changed') ${joins} WHERE s.run_id = ?`;
}

function classWarnings(runId: string, stale: number, missing: number): string[] {
  const warnings: string[] = [];
  if (stale > 0) {
    warnings.push(
      `${stale} postings changed after run ${runId} was staged (another run committed them); their newer content was kept`,
    );
  }
  if (missing > 0) {
    warnings.push(`${missing} postings staged as unchanged were no longer published at commit; skipped`);
  }
  return warnings;
}
