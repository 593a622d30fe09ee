// An in-memory lake for tests: staged rows become visible on commit, a commit replaces that run's
// previous rows, abort drops what was staged. Same semantics as fileSink, no I/O.
import type { Batch, Dataset, RunContext, Sink, SinkCapabilities, SinkResult } from '../types.js';

/** The name memorySink reports. */
export const SINK_NAME = 'memory';

/** memorySink has no dependencies. */
export const SINK_DEPENDENCIES: readonly string[] = [];

/** A sink that keeps committed rows in memory and lets tests read them. */
export interface MemorySink extends Sink {
  /** Returns the committed rows of a dataset, runs in id order; `runIds` narrows them. */
  rows(dataset: Dataset, runIds?: readonly string[]): Record<string, unknown>[];
  /** Returns the committed run ids, sorted. */
  runs(): string[];
}

const CAPABILITIES: SinkCapabilities = {
  modes: ['replace'],
  atomicCommit: true,
  partitions: false,
  query: false,
  formats: [],
};

type RunRows = Map<Dataset, Record<string, unknown>[]>;

/**
 * Returns a sink that stores runs in memory, for tests.
 *
 * @example
 * const sink = memorySink();
 * await sink.write({ dataset: 'postings', rows: [{ id: 'jumpit:1', title: '백엔드 개발자' }] }, slot);
 * await sink.commit(slot);
 * sink.rows('postings').length; // 1
 */
export function memorySink(): MemorySink {
  const staged = new Map<string, RunRows>();
  const committed = new Map<string, RunRows>();
  return {
    name: SINK_NAME,
    capabilities: CAPABILITIES,
    async write(batch: Batch, context: RunContext) {
      const run = staged.get(context.runId) ?? new Map();
      const rows = run.get(batch.dataset) ?? [];
      // Copies, so a caller reusing its arrays cannot change what was written.
      for (const row of batch.rows) rows.push(structuredClone(row));
      run.set(batch.dataset, rows);
      staged.set(context.runId, run);
    },
    async commit(context: RunContext): Promise<SinkResult> {
      const run: RunRows = staged.get(context.runId) ?? new Map();
      staged.delete(context.runId);
      committed.set(context.runId, run);
      const rows: Partial<Record<Dataset, number>> = {};
      for (const [dataset, list] of run) rows[dataset] = list.length;
      return { sink: SINK_NAME, rows, warnings: [] };
    },
    async abort(context: RunContext) {
      staged.delete(context.runId);
    },
    rows(dataset, runIds) {
      const ids = [...committed.keys()].sort().filter((id) => !runIds || runIds.includes(id));
      return ids.flatMap((id) => committed.get(id)?.get(dataset) ?? []);
    },
    runs() {
      return [...committed.keys()].sort();
    },
  };
}
