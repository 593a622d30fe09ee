// What a sink has staged per run, from its own writes:
// - the posting ids, so staging rows without a key (PostgreSQL's posting rows, see stage-postgres.ts;
//   the other engines' link rows, see stage.ts) are deleted before a write only when a posting really
//   is written twice;
// - on PostgreSQL, the stack and job-family ids of the rows it staged in full, so the publish inserts
//   missing lookups from this short list instead of unnesting every staged array to find them.
// Staged rows this sink did not write — a run begun by a process that crashed — are found once per
// run by a cheap query; such a run deletes before every write and its publish finds lookups in the
// database.
import type { LinkKind } from './link-values.js';

/** Link values by kind. */
export type LinkValues = Record<LinkKind, Set<string>>;

/** The postings and link values one sink staged for a run. */
export interface StagedByThisSink {
  postings: number;
  values: LinkValues;
}

/** Per-run memory of what this sink staged. */
export interface StagedRuns {
  /**
   * Whether a write of `ids` to `runId` must delete staged rows first; `hasForeignRows` asks the
   * database, once per run, whether staging holds rows of the run this sink did not write.
   */
  needsReplace(
    runId: string,
    ids: readonly string[],
    hasForeignRows: () => Promise<boolean>,
  ): Promise<boolean>;
  /** Records a write that committed. */
  add(runId: string, ids: readonly string[], values: LinkValues): void;
  /**
   * What this sink staged for the run: its link values and how many postings. The publish trusts the
   * values only if staging holds exactly that many postings of the run (no other writer's rows).
   */
  written(runId: string): StagedByThisSink | undefined;
  /** Forgets a run (after commit or abort). */
  forget(runId: string): void;
}

interface Run {
  ids: Set<string>;
  values: LinkValues;
  foreign: boolean;
}

/** Returns an empty {@link StagedRuns}. */
export function stagedRuns(): StagedRuns {
  const runs = new Map<string, Run>();
  return {
    async needsReplace(runId, ids, hasForeignRows) {
      let run = runs.get(runId);
      if (!run) {
        const foreign = await hasForeignRows();
        run = { ids: new Set(), values: { stack: new Set(), family: new Set() }, foreign };
        runs.set(runId, run);
      }
      if (run.foreign) return true;
      const seen = run.ids;
      return ids.some((id) => seen.has(id));
    },
    add(runId, ids, values) {
      const run = runs.get(runId);
      if (!run) return;
      for (const id of ids) run.ids.add(id);
      for (const value of values.stack) run.values.stack.add(value);
      for (const value of values.family) run.values.family.add(value);
    },
    written(runId) {
      const run = runs.get(runId);
      return run && !run.foreign ? { postings: run.ids.size, values: run.values } : undefined;
    },
    forget(runId) {
      runs.delete(runId);
    },
  };
}
