import { describe, expect, it } from 'vitest';
import { memorySink } from '../../../src/sinks/memory/index.js';
import { nullSink } from '../../../src/sinks/null/index.js';
import { testSink } from '../../suites/sink.js';

testSink({
  name: 'memory',
  make: memorySink,
  capabilities: { modes: ['replace'], atomicCommit: true, partitions: false, query: false, formats: [] },
  read: async (sink, dataset) => sink.rows(dataset),
});

testSink({
  name: 'null',
  make: nullSink,
  capabilities: {
    modes: ['append', 'replace', 'merge'],
    atomicCommit: true,
    partitions: false,
    query: false,
    formats: [],
  },
});

describe('memorySink', () => {
  const slot = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };

  it('copies rows, so callers reusing arrays cannot change what was written', async () => {
    const sink = memorySink();
    const row = { id: 'wanted:1', stacks: ['react'] };
    await sink.write({ dataset: 'postings', rows: [row] }, slot);
    row.stacks.push('vue');
    await sink.commit(slot);
    expect(sink.rows('postings')).toEqual([{ id: 'wanted:1', stacks: ['react'] }]);
  });

  it('filters by run id and lists committed runs only', async () => {
    const sink = memorySink();
    await sink.write({ dataset: 'features', rows: [{ row_id: 'a' }] }, slot);
    expect(sink.runs()).toEqual([]);
    await sink.commit(slot);
    expect(sink.runs()).toEqual(['20261129T0900']);
    expect(sink.rows('features', ['other'])).toEqual([]);
    expect(sink.rows('features', ['20261129T0900'])).toEqual([{ row_id: 'a' }]);
  });
});
