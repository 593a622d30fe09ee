// Which posting ids a sink has staged per run, so PostgreSQL staging (no key, see stage-postgres.ts)
// deletes before it copies only when a posting really is written twice. Staged rows this sink did not
// write — a run begun by a process that crashed — are found once per run by a cheap EXISTS; from then
// on every write of that run deletes first, as the keyed staging of the other engines would upsert.

/** Per-run memory of staged ids. */
export interface StagedIds {
  /** Whether a write of `ids` to `runId` must delete staged rows first; `hasForeignRows` asks the database once per run. */
  needsReplace(
    runId: string,
    ids: readonly string[],
    hasForeignRows: () => Promise<boolean>,
  ): Promise<boolean>;
  /** Records ids whose write committed. */
  add(runId: string, ids: readonly string[]): void;
  /** Forgets a run (after commit or abort). */
  forget(runId: string): void;
}

/** Returns an empty {@link StagedIds}. */
export function stagedIds(): StagedIds {
  const runs = new Map<string, { ids: Set<string>; foreign: boolean }>();
  return {
    async needsReplace(runId, ids, hasForeignRows) {
      let run = runs.get(runId);
      if (!run) {
        run = { ids: new Set(), foreign: await hasForeignRows() };
        runs.set(runId, run);
      }
      if (run.foreign) return true;
      const seen = run.ids;
      return ids.some((id) => seen.has(id));
    },
    add(runId, ids) {
      const run = runs.get(runId);
      if (run) for (const id of ids) run.ids.add(id);
    },
    forget(runId) {
      runs.delete(runId);
    },
  };
}
