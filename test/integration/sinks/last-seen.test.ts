// posting_seen.last_seen_run on the real PostgreSQL, MariaDB and SQLite: a posting a run skips as
// unchanged (incremental collection never fetches or writes it) is still seen by that run. The sink
// test stages seen ids beside written rows; the pipeline test runs three slots against the site replica
// with the incremental state kept between them, as production does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.js';
import { type SqlSink, sqlSink } from '../../../src/sinks/sql/index.js';
import type { RunContext } from '../../../src/sinks/types.js';
import { postingRows, postingRow as row } from '../../fixtures/sinks/rows.js';
import { sqlTargets } from '../../helpers/sql-targets.js';
import { NOW, replicaConfig, startReplica } from '../pipeline/_pipeline-fixture.js';

const targets = sqlTargets('seen');

const RUN1: RunContext = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const RUN2: RunContext = { runId: '20261129T1200', dt: '2026-11-29', hr: '12' };
const RUN3: RunContext = { runId: '20261129T1500', dt: '2026-11-29', hr: '15' };

describe.each(targets)('last_seen_run ($dialect)', (target) => {
  let up = false;
  let counter = 0;
  const dirs: string[] = [];
  const sinks: SqlSink[] = [];
  /** A sink over fresh tables (or over `prefix`'s, to read what a pipeline wrote). */
  const sinkOver = (dir: string, prefix = `s${++counter}_`) => {
    const sink = sqlSink(target.database(prefix, dir) as Parameters<typeof sqlSink>[0]);
    sinks.push(sink);
    return sink;
  };
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ohmystack-last-seen-'));
    dirs.push(dir);
    return dir;
  };
  const lastSeen = async (sink: SqlSink) => {
    const t = sink.tables;
    const rows = await sink.query(
      `SELECT p.id, p.closed_at, p.run_id, l.last_seen_run FROM ${t.postings} p JOIN ${t.posting_seen} l ON l.posting_id = p.id ORDER BY p.id`,
    );
    return rows.map((r) => ({
      id: String(r.id),
      open: r.closed_at === null,
      runId: String(r.run_id),
      lastSeen: String(r.last_seen_run),
    }));
  };
  const staged = async (sink: SqlSink) =>
    Number((await sink.query(`SELECT COUNT(*) AS n FROM ${sink.tables.stg_seen}`))[0]?.n);

  beforeAll(async () => {
    up = await target.available();
    if (!up && process.env.CI === 'true') throw new Error(`${target.dialect} is not reachable and CI=true`);
    if (!up) console.warn(`\n!!! ${target.dialect} is not reachable: its last-seen tests are SKIPPED !!!\n`);
  });
  afterAll(async () => {
    for (const sink of sinks) await sink.dispose();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    if (up) await target.teardown();
  });
  const test = (name: string, fn: () => Promise<void>) =>
    it(name, async (ctx) => (up ? fn() : ctx.skip()), 120_000);

  test('markSeen moves published postings to the run at commit, reopens closed ones, ignores unknown ids', async () => {
    const sink = sinkOver(await tempDir());
    await sink.write({ dataset: 'postings', rows: [1, 2, 3, 4].map((n) => row(n, RUN1.runId)) }, RUN1);
    await sink.commit(RUN1);

    // RUN2 writes jumpit:3 changed, closes jumpit:4 and saw jumpit:1 listed unchanged (twice, and an
    // id the database never had).
    await sink.write({ dataset: 'postings', rows: [row(3, RUN2.runId, { title: '바뀜' })] }, RUN2);
    await sink.markClosed(['jumpit:4'], RUN2);
    await sink.markSeen(['jumpit:1', 'jumpit:1', 'jumpit:99'], RUN2);
    const second = await sink.commit(RUN2);
    expect(second.tables?.postings).toEqual({ inserted: 0, updated: 1, closed: 1 });
    expect(second.rows.postings).toBe(1);
    expect(await lastSeen(sink)).toEqual([
      { id: 'jumpit:1', open: true, runId: RUN1.runId, lastSeen: RUN2.runId },
      { id: 'jumpit:2', open: true, runId: RUN1.runId, lastSeen: RUN1.runId },
      { id: 'jumpit:3', open: true, runId: RUN2.runId, lastSeen: RUN2.runId },
      { id: 'jumpit:4', open: false, runId: RUN1.runId, lastSeen: RUN1.runId },
    ]);
    expect(
      await sink.query(`SELECT posting_id FROM ${sink.tables.posting_seen} WHERE posting_id = 'jumpit:99'`),
    ).toEqual([]);
    expect(await staged(sink)).toBe(0);

    // An aborted run moves nothing and leaves nothing staged.
    await sink.markSeen(['jumpit:2', 'jumpit:4'], RUN3);
    expect(await staged(sink)).toBe(2);
    await sink.abort(RUN3);
    expect(await staged(sink)).toBe(0);
    expect((await lastSeen(sink)).map((r) => r.lastSeen)).toEqual(
      [RUN2, RUN1, RUN2, RUN1].map((r) => r.runId),
    );

    // Committed, a closed posting its site lists again is open again, and counted as updated.
    await sink.markSeen(['jumpit:2', 'jumpit:4'], RUN3);
    const third = await sink.commit(RUN3);
    expect(third.tables?.postings).toEqual({ inserted: 0, updated: 1, closed: 0 });
    const after = await lastSeen(sink);
    expect(after).toEqual([
      { id: 'jumpit:1', open: true, runId: RUN1.runId, lastSeen: RUN2.runId },
      { id: 'jumpit:2', open: true, runId: RUN1.runId, lastSeen: RUN3.runId },
      { id: 'jumpit:3', open: true, runId: RUN2.runId, lastSeen: RUN2.runId },
      { id: 'jumpit:4', open: true, runId: RUN3.runId, lastSeen: RUN3.runId },
    ]);

    // Committing the run again changes nothing, and drops what was staged for it again.
    await sink.markSeen(['jumpit:1'], RUN3);
    expect((await sink.commit(RUN3)).warnings.join()).toMatch(/already committed/);
    expect(await lastSeen(sink)).toEqual(after);
    expect(await staged(sink)).toBe(0);
  });

  test('thousands of seen ids are staged in bulk and all move in one commit', async () => {
    const sink = sinkOver(await tempDir());
    const rows = postingRows(3_000, RUN1.runId);
    await sink.write({ dataset: 'postings', rows }, RUN1);
    await sink.commit(RUN1);
    await sink.markSeen(
      rows.map((r) => r.id),
      RUN2,
    );
    expect(await staged(sink)).toBe(3_000);
    await sink.commit(RUN2);
    const moved = await sink.query(
      `SELECT last_seen_run, COUNT(*) AS n FROM ${sink.tables.posting_seen} GROUP BY last_seen_run`,
    );
    expect(moved.map((r) => [r.last_seen_run, Number(r.n)])).toEqual([[RUN2.runId, 3_000]]);
  });

  test('three slots over the site replica: every listed posting names the third, a closed one keeps its last', async () => {
    const replica = await startReplica({
      postingsPerSite: { jumpit: 12, wanted: 12, programmers: 12, saramin: 12, jobkorea: 12, careers: 0 },
    });
    const dir = await tempDir();
    const prefix = `p${++counter}_`;
    const slots = ['20261129T0900', '20261129T1200', '20261129T1500'];
    const slot = (index: number) =>
      runPipeline(
        replicaConfig(replica, dir, {
          runId: slots[index]!,
          now: new Date(NOW.getTime() + index * 3 * 3600_000),
          database: target.database(prefix, dir),
        }),
      );
    try {
      const first = await slot(0);
      expect(first.status).toBe('ok');
      expect(first.totals.postings).toBe(60);

      const second = await slot(1);
      expect(second.status).toBe('ok');
      expect(second.totals.postings).toBe(0);
      const reader = sinkOver(dir, prefix);
      expect(new Set((await lastSeen(reader)).map((r) => r.lastSeen))).toEqual(new Set([slots[1]]));

      // Between the second and third slot two postings of each of two sites leave their listings.
      replica.mutate({ closed: 2, sites: ['jumpit', 'wanted'] });
      const third = await slot(2);
      expect(third.status).toBe('ok');
      expect(third.sinks.find((s) => s.sink === 'sql')?.status).toBe('committed');
      const listed = third.sources.reduce((sum, s) => sum + s.counts.listed, 0);
      const unchanged = third.sources.reduce((sum, s) => sum + s.counts.skippedUnchanged, 0);
      expect(listed).toBe(56);
      expect(unchanged).toBe(56);

      const rows = await lastSeen(reader);
      const open = rows.filter((r) => r.open);
      const closed = rows.filter((r) => !r.open);
      expect(rows).toHaveLength(60);
      expect(open).toHaveLength(listed);
      expect(open.filter((r) => r.lastSeen !== slots[2])).toEqual([]);
      expect(closed.map((r) => [r.id.split(':')[0], r.lastSeen])).toEqual([
        ['jumpit', slots[1]],
        ['jumpit', slots[1]],
        ['wanted', slots[1]],
        ['wanted', slots[1]],
      ]);
      expect(await staged(reader)).toBe(0);
    } finally {
      await replica.close();
    }
  });
});
