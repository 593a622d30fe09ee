// Posting.expired on the real PostgreSQL, MariaDB and SQLite: a posting is expired from the first run
// whose KST day is after its deadline date (the date itself is still open), whether that run writes the
// posting (the lake and the database carry the Posting's mark) or skips it as unchanged (the commit
// marks the stored row from its deadline column). Expired is not closed: the posting stays listed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.js';
import { type SqlSink, sqlSink } from '../../../src/sinks/sql/index.js';
import type { RunContext } from '../../../src/sinks/types.js';
import { postingRow as row } from '../../fixtures/sinks/rows.js';
import { sqlTargets } from '../../helpers/sql-targets.js';
import { lakeRows, NOW, replicaConfig, startReplica } from './_pipeline-fixture.js';

const targets = sqlTargets('expired');

const NOV29: RunContext = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const DEC06: RunContext = { runId: '20261206T0000', dt: '2026-12-06', hr: '00' };
/** 00:30 KST on 6 December: the first slot of the day after a 5 December deadline. */
const DEC06_NOW = new Date('2026-12-05T15:30:00Z');

/** A stored mark as a boolean, or null: engines return booleans, 0/1 or '0'/'1'. */
const mark = (value: unknown): boolean | null => (value === null ? null : Boolean(Number(value)));

describe.each(targets)('expired ($dialect)', (target) => {
  let up = false;
  let counter = 0;
  const dirs: string[] = [];
  const sinks: SqlSink[] = [];
  const sinkOver = (dir: string, prefix = `e${++counter}_`) => {
    const sink = sqlSink(target.database(prefix, dir) as Parameters<typeof sqlSink>[0]);
    sinks.push(sink);
    return sink;
  };
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ohmystack-expired-'));
    dirs.push(dir);
    return dir;
  };
  const stored = async (sink: SqlSink) => {
    const t = sink.tables;
    const rows = await sink.query(
      `SELECT p.id, p.deadline_date, p.expired, p.closed_at, p.run_id, l.last_seen_run FROM ${t.postings} p JOIN ${t.posting_seen} l ON l.posting_id = p.id ORDER BY p.id`,
    );
    return rows.map((r) => ({
      id: String(r.id),
      deadline: r.deadline_date === null ? null : String(r.deadline_date),
      expired: mark(r.expired),
      open: r.closed_at === null,
      runId: String(r.run_id),
      lastSeen: String(r.last_seen_run),
    }));
  };

  beforeAll(async () => {
    up = await target.available();
    if (!up && process.env.CI === 'true') throw new Error(`${target.dialect} is not reachable and CI=true`);
    if (!up) console.warn(`\n!!! ${target.dialect} is not reachable: its expiry tests are SKIPPED !!!\n`);
  });
  afterAll(async () => {
    for (const sink of sinks) await sink.dispose();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    if (up) await target.teardown();
  });
  const test = (name: string, fn: () => Promise<void>) =>
    it(name, async (ctx) => (up ? fn() : ctx.skip()), 180_000);

  test('the commit marks unchanged postings past their deadline, the deadline date itself still open', async () => {
    const sink = sinkOver(await tempDir());
    const rows = [
      row(1, NOV29.runId, { deadline_date: '2026-12-05' }),
      row(2, NOV29.runId, { deadline_date: '2026-12-06' }),
      row(3, NOV29.runId, { deadline_kind: 'always', deadline_date: null }),
      row(4, NOV29.runId, { deadline_date: '2026-12-01' }),
      row(5, NOV29.runId, { deadline_date: '2026-12-01' }),
    ];
    await sink.write({ dataset: 'postings', rows }, NOV29);
    await sink.commit(NOV29);
    // Rows 4 and 5 stand for rows stored before the column: no mark at all.
    await sink.query(
      `UPDATE ${sink.tables.postings} SET expired = NULL WHERE id IN ('jumpit:4', 'jumpit:5')`,
    );
    expect((await stored(sink)).map((r) => r.expired)).toEqual([false, false, false, null, null]);

    await sink.markSeen(['jumpit:1', 'jumpit:2', 'jumpit:3', 'jumpit:4'], DEC06);
    const commit = await sink.commit(DEC06);
    expect(commit.tables?.postings).toEqual({ inserted: 0, updated: 2, closed: 0 });
    const after = await stored(sink);
    expect(after).toEqual([
      {
        id: 'jumpit:1',
        deadline: '2026-12-05',
        expired: true,
        open: true,
        runId: DEC06.runId,
        lastSeen: DEC06.runId,
      },
      {
        id: 'jumpit:2',
        deadline: '2026-12-06',
        expired: false,
        open: true,
        runId: NOV29.runId,
        lastSeen: DEC06.runId,
      },
      {
        id: 'jumpit:3',
        deadline: null,
        expired: false,
        open: true,
        runId: NOV29.runId,
        lastSeen: DEC06.runId,
      },
      {
        id: 'jumpit:4',
        deadline: '2026-12-01',
        expired: true,
        open: true,
        runId: DEC06.runId,
        lastSeen: DEC06.runId,
      },
      // Not seen by the run: left as it was until a run writes or sees it.
      {
        id: 'jumpit:5',
        deadline: '2026-12-01',
        expired: null,
        open: true,
        runId: NOV29.runId,
        lastSeen: NOV29.runId,
      },
    ]);

    // Seen again the next day, an expired posting is not marked (or counted) again.
    const DEC07: RunContext = { runId: '20261207T0000', dt: '2026-12-07', hr: '00' };
    await sink.markSeen(['jumpit:1', 'jumpit:2'], DEC07);
    expect((await sink.commit(DEC07)).tables?.postings).toEqual({ inserted: 0, updated: 1, closed: 0 });
    expect((await stored(sink)).map((r) => [r.id, r.expired, r.runId])).toEqual([
      ['jumpit:1', true, DEC06.runId],
      ['jumpit:2', true, DEC07.runId],
      ['jumpit:3', false, NOV29.runId],
      ['jumpit:4', true, DEC06.runId],
      ['jumpit:5', null, NOV29.runId],
    ]);
  });

  test('a written posting carries the mark the run gave it', async () => {
    const sink = sinkOver(await tempDir());
    await sink.write(
      { dataset: 'postings', rows: [row(1, NOV29.runId, { deadline_date: '2026-12-05' })] },
      NOV29,
    );
    await sink.commit(NOV29);
    // Rewritten on 6 December with the same content but the mark: a changed row.
    const rewritten = row(1, DEC06.runId, { deadline_date: '2026-12-05', expired: true });
    await sink.write({ dataset: 'postings', rows: [rewritten] }, DEC06);
    expect((await sink.commit(DEC06)).tables?.postings).toEqual({ inserted: 0, updated: 1, closed: 0 });
    expect((await stored(sink)).map((r) => [r.id, r.expired, r.runId])).toEqual([
      ['jumpit:1', true, DEC06.runId],
    ]);
  });

  test('over the site replica: a week later every listed posting past its deadline is expired, none closed', async () => {
    const replica = await startReplica({
      postingsPerSite: { jumpit: 20, wanted: 20, programmers: 20, saramin: 20, jobkorea: 20, careers: 0 },
    });
    const dir = await tempDir();
    const prefix = `p${++counter}_`;
    const run = (runId: string, now: Date) =>
      runPipeline(replicaConfig(replica, dir, { runId, now, database: target.database(prefix, dir) }));
    try {
      const first = await run(NOV29.runId, NOW);
      expect(first.status).toBe('ok');
      expect(first.totals.postings).toBe(100);
      const reader = sinkOver(dir, prefix);
      expect((await stored(reader)).filter((r) => r.expired !== false)).toEqual([]);

      // A week later nothing changed on the sites: every posting is skipped as unchanged.
      const second = await run(DEC06.runId, DEC06_NOW);
      expect(second.status).toBe('ok');
      expect(second.totals.postings).toBe(0);
      expect(second.sources.reduce((sum, s) => sum + s.counts.skippedUnchanged, 0)).toBe(100);

      const rows = await stored(reader);
      const due = rows.filter((r) => r.deadline !== null && r.deadline < DEC06.dt).map((r) => r.id);
      expect(due.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.expired).map((r) => r.id)).toEqual(due);
      expect(rows.filter((r) => r.expired === null)).toEqual([]);
      expect(rows.every((r) => r.open && r.lastSeen === DEC06.runId)).toBe(true);
    } finally {
      await replica.close();
    }
  });
});

describe('expired in the Posting and the lake', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('a run writes each posting expired when its deadline is before the run’s KST day', async () => {
    const replica = await startReplica({
      postingsPerSite: { jumpit: 20, wanted: 20, programmers: 20, saramin: 20, jobkorea: 20, careers: 0 },
    });
    const dir = await mkdtemp(join(tmpdir(), 'ohmystack-expired-lake-'));
    dirs.push(dir);
    try {
      // The run's KST day decides, not the moment each posting was fetched: runs of one slot agree.
      const report = await runPipeline(replicaConfig(replica, dir, { runId: DEC06.runId, now: DEC06_NOW }));
      expect(report.status).toBe('ok');
      const { postings } = await lakeRows(dir);
      expect(postings).toHaveLength(100);
      const due = (r: Record<string, unknown>) =>
        r.deadline_kind === 'date' && typeof r.deadline_date === 'string' && r.deadline_date < DEC06.dt;
      expect(postings.filter(due).length).toBeGreaterThan(0);
      for (const posting of postings) expect(posting.expired).toBe(due(posting));
      const sink = sqlSink({ dialect: 'sqlite', connection: join(dir, 'ohmystack.db') });
      try {
        const rows = await sink.query(`SELECT id, expired FROM ${sink.tables.postings} ORDER BY id`);
        expect(rows.map((r) => [r.id, mark(r.expired)])).toEqual(postings.map((p) => [p.id, due(p)]));
      } finally {
        await sink.dispose();
      }
    } finally {
      await replica.close();
    }
  }, 180_000);
});
