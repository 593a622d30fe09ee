// The conformance suite every sink runs (after unstorage's testDriver): two batches, commit, a rerun of
// the same run id replaces instead of duplicating, abort leaves nothing, capabilities are declared.
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset, RunContext, Sink, SinkCapabilities } from '../../src/sinks/types.js';

/** What a sink under test is, and how to read back what it committed. */
export interface TestSinkOptions<S extends Sink = Sink> {
  name: string;
  /** A fresh sink over fresh storage. */
  make: () => S | Promise<S>;
  /** The capabilities it must declare (compared exactly). */
  capabilities: SinkCapabilities;
  /** Reads back committed rows of a dataset (all runs); without it, only SinkResult counts are checked. */
  read?: (sink: S, dataset: Dataset) => Promise<Record<string, unknown>[]>;
  /** Frees the storage after each test. */
  cleanup?: (sink: S) => Promise<void> | void;
}

const RUN: RunContext = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const OTHER_RUN: RunContext = { runId: '20261129T1200', dt: '2026-11-29', hr: '12' };

function posting(id: number, runId: string): Record<string, unknown> {
  return { id: `jumpit:${id}`, title: `백엔드 개발자 ${id}`, stacks: ['java', 'spring-boot'], run_id: runId };
}

function byId(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Registers the conformance tests of one sink implementation. */
export function testSink<S extends Sink>(options: TestSinkOptions<S>): void {
  describe(`sink conformance: ${options.name}`, () => {
    const made: S[] = [];
    async function fresh(): Promise<S> {
      const sink = await options.make();
      made.push(sink);
      return sink;
    }
    afterEach(async () => {
      for (const sink of made.splice(0)) {
        await sink.dispose?.();
        await options.cleanup?.(sink);
      }
    });

    it('declares its capabilities', async () => {
      const sink = await fresh();
      expect(sink.name).toBe(options.name);
      expect(sink.capabilities).toEqual(options.capabilities);
    });

    it('makes two batches visible on commit', async () => {
      const sink = await fresh();
      const first = [1, 2, 3].map((id) => posting(id, RUN.runId));
      const second = [4, 5].map((id) => posting(id, RUN.runId));
      await sink.write({ dataset: 'postings', rows: first }, RUN);
      await sink.write({ dataset: 'postings', rows: second }, RUN);
      const result = await sink.commit(RUN);
      expect(result.rows.postings).toBe(5);
      if (options.read)
        expect(byId(await options.read(sink, 'postings'))).toEqual(byId([...first, ...second]));
    });

    it('replaces a run rerun with the same id instead of duplicating it', async () => {
      const sink = await fresh();
      const rows = [1, 2, 3].map((id) => posting(id, RUN.runId));
      for (let attempt = 0; attempt < 2; attempt++) {
        await sink.write({ dataset: 'postings', rows }, RUN);
        const result = await sink.commit(RUN);
        expect(result.rows.postings).toBe(3);
      }
      // A smaller rerun leaves only its own rows.
      await sink.write({ dataset: 'postings', rows: rows.slice(0, 1) }, RUN);
      await sink.commit(RUN);
      if (options.read) expect(byId(await options.read(sink, 'postings'))).toEqual(rows.slice(0, 1));
    });

    it('keeps other runs when one run is replaced', async () => {
      const sink = await fresh();
      await sink.write({ dataset: 'postings', rows: [posting(1, RUN.runId)] }, RUN);
      await sink.commit(RUN);
      await sink.write({ dataset: 'postings', rows: [posting(2, OTHER_RUN.runId)] }, OTHER_RUN);
      await sink.commit(OTHER_RUN);
      if (options.read) expect(await options.read(sink, 'postings')).toHaveLength(2);
    });

    it('leaves nothing of an aborted run', async () => {
      const sink = await fresh();
      await sink.write({ dataset: 'postings', rows: [posting(1, RUN.runId)] }, RUN);
      await sink.abort(RUN);
      if (options.read) expect(await options.read(sink, 'postings')).toEqual([]);
      // An abort after it, with nothing written, is harmless.
      await sink.abort(RUN);
    });
  });
}
