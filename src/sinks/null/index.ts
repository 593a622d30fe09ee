// A sink that keeps nothing: dry runs exercise the whole pipeline and report what would be written.
import type { Batch, Dataset, RunContext, Sink, SinkCapabilities, SinkResult } from '../types.js';

/** The name nullSink reports. */
export const SINK_NAME = 'null';

/** nullSink has no dependencies. */
export const SINK_DEPENDENCIES: readonly string[] = [];

const CAPABILITIES: SinkCapabilities = {
  modes: ['append', 'replace', 'merge'],
  atomicCommit: true,
  partitions: false,
  query: false,
  formats: [],
};

/**
 * Returns a sink that counts rows per run and stores nothing, for dry runs.
 *
 * @example const result = await nullSink().commit(runSlot()) // { sink: 'null', rows: {}, warnings: [] }
 */
export function nullSink(): Sink {
  const counts = new Map<string, Partial<Record<Dataset, number>>>();
  return {
    name: SINK_NAME,
    capabilities: CAPABILITIES,
    async write(batch: Batch, context: RunContext) {
      const rows = counts.get(context.runId) ?? {};
      rows[batch.dataset] = (rows[batch.dataset] ?? 0) + batch.rows.length;
      counts.set(context.runId, rows);
    },
    async commit(context: RunContext): Promise<SinkResult> {
      const rows = counts.get(context.runId) ?? {};
      counts.delete(context.runId);
      return { sink: SINK_NAME, rows, warnings: [] };
    },
    async abort(context: RunContext) {
      counts.delete(context.runId);
    },
  };
}
