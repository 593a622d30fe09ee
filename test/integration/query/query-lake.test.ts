import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostingRow } from '../../../src/model/rows.js';
import { type LakeQuery, queryLake } from '../../../src/query/query-lake.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import { featureRows, postingRows } from '../../fixtures/sinks/rows.js';

// Two days, a week apart: postings 1–60 on day one, 41–100 on day two (1–40 closed, 61–100 new).
const RUNS = [
  { slot: { runId: '20261123T0900', dt: '2026-11-23', hr: '09' }, from: 1 },
  { slot: { runId: '20261201T0900', dt: '2026-12-01', hr: '09' }, from: 41 },
];
let dir: string;
let lake: LakeQuery;
const byRun = new Map<string, PostingRow[]>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ohmystack-query-'));
  for (const { slot, from } of RUNS) {
    const postings = postingRows(60, slot.runId, from);
    byRun.set(slot.dt, postings);
    const sink = fileSink({ dir, partSize: 25 });
    await sink.write(
      { dataset: 'raw', rows: postings.map((p) => ({ source: p.source, sourceId: p.source_id })) },
      slot,
    );
    await sink.write({ dataset: 'postings', rows: postings }, slot);
    await sink.write({ dataset: 'features', rows: featureRows(postings) }, slot);
    await sink.commit(slot);
  }
  // A stray, uncommitted file must never be read.
  await writeFile(join(dir, 'postings/dt=2026-12-01/hr=09/20261201T1200-00000.jsonl'), '{"id":"stray"}\n');
  lake = await queryLake(dir);
});
afterAll(async () => {
  await lake?.close();
  await rm(dir, { recursive: true, force: true });
});

function count<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

describe('queryLake', () => {
  it('views exactly the committed files, with string dt/hr partitions', async () => {
    expect(lake.runIds).toEqual(RUNS.map((run) => run.slot.runId));
    expect(await lake.query('SELECT count(*) AS n FROM postings')).toEqual([{ n: 120 }]);
    expect(await lake.query('SELECT count(*) AS n FROM raw')).toEqual([{ n: 120 }]);
    const [row] = await lake.query<{ dt: string; hr: string; stacks: string[] }>(
      'SELECT dt, hr, stacks FROM postings WHERE id = $1 AND dt = $2',
      ['jumpit:1', '2026-11-23'],
    );
    expect(row).toEqual({ dt: '2026-11-23', hr: '09', stacks: postingRows(1)[0]!.stacks });
  });

  it('stackDemandByWeek counts distinct postings per Monday week and stack', async () => {
    const expected = [...byRun.entries()].flatMap(([dt, postings]) => {
      const week = dt === '2026-11-23' ? '2026-11-23' : '2026-11-30';
      return [
        ...count(
          postings.flatMap((p) => p.stacks),
          (s) => s,
        ),
      ].map(([stack, postings]) => ({ week, stack, postings }));
    });
    const rows = await lake.stackDemandByWeek();
    expect(new Set(rows.map((r) => r.week))).toEqual(new Set(['2026-11-23', '2026-11-30']));
    expect([...rows].sort(order)).toEqual(expected.sort(order));
  });

  it('stackDemandByRegion counts distinct postings per sido and stack', async () => {
    const distinct = new Map<string, PostingRow>();
    for (const postings of byRun.values()) for (const p of postings) distinct.set(p.id, p);
    const pairs = new Set<string>();
    for (const postings of byRun.values())
      for (const p of postings) for (const s of p.stacks) pairs.add(`${p.sido}|${s}|${p.id}`);
    const expected = count([...pairs], (pair) => pair.split('|').slice(0, 2).join('|'));
    const rows = await lake.stackDemandByRegion();
    expect(new Map(rows.map((r) => [`${r.sido}|${r.stack}`, r.postings]))).toEqual(expected);
  });

  it('demandByJobFamily counts distinct postings and companies', async () => {
    const all = new Map<string, PostingRow>();
    for (const postings of byRun.values()) for (const p of postings) all.set(p.id, p);
    const families = new Map<string, { postings: Set<string>; companies: Set<string> }>();
    for (const p of all.values())
      for (const family of p.positions) {
        const entry = families.get(family) ?? { postings: new Set(), companies: new Set() };
        entry.postings.add(p.id);
        entry.companies.add(p.company);
        families.set(family, entry);
      }
    const rows = await lake.demandByJobFamily();
    expect(rows.map((r) => [r.job_family, r.postings, r.companies]).sort()).toEqual(
      [...families].map(([family, e]) => [family, e.postings.size, e.companies.size]).sort(),
    );
  });

  it('newVsClosed: first-seen and last-seen postings per day', async () => {
    expect(await lake.newVsClosed()).toEqual([
      { dt: '2026-11-23', new_postings: 60, closed_postings: 40 },
      { dt: '2026-12-01', new_postings: 40, closed_postings: 0 },
    ]);
  });

  it('an empty lake still has typed, empty views', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'ohmystack-empty-'));
    const session = await queryLake(empty);
    try {
      expect(await session.stackDemandByWeek()).toEqual([]);
      expect(await session.newVsClosed()).toEqual([]);
    } finally {
      await session.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('queryLake over linked jobs', () => {
  it('counts a job posted on several sites once in every trend', async () => {
    const linkedDir = await mkdtemp(join(tmpdir(), 'ohmystack-jobs-'));
    const slot = { runId: '20261123T0900', dt: '2026-11-23', hr: '09' };
    // Postings 1-3 are one job on three sites, 4 is another job, 5 was written before jobs were linked.
    const postings = postingRows(5, slot.runId).map((row, index) => ({
      ...row,
      stacks: ['java'],
      positions: ['backend'],
      sido: '서울특별시',
      job_id: index < 3 ? 'job-a' : index === 3 ? 'job-b' : null,
    }));
    const sink = fileSink({ dir: linkedDir });
    await sink.write({ dataset: 'postings', rows: postings }, slot);
    const jobOf = new Map(postings.map((row) => [row.id, row.job_id]));
    const features = featureRows(postings).map((row) => ({ ...row, job_id: jobOf.get(row.posting_id) }));
    await sink.write({ dataset: 'features', rows: features }, slot);
    await sink.commit(slot);
    const session = await queryLake(linkedDir);
    try {
      expect(await session.stackDemandByWeek()).toEqual([{ week: '2026-11-23', stack: 'java', postings: 3 }]);
      expect(await session.stackDemandByRegion()).toEqual([
        { sido: '서울특별시', stack: 'java', postings: 3 },
      ]);
      expect((await session.demandByJobFamily()).map((row) => row.postings)).toEqual([3]);
      expect(await session.newVsClosed()).toEqual([
        { dt: '2026-11-23', new_postings: 3, closed_postings: 0 },
      ]);
    } finally {
      await session.close();
      await rm(linkedDir, { recursive: true, force: true });
    }
  });
});

function order(a: { week: string; stack: string }, b: { week: string; stack: string }): number {
  return `${a.week}|${a.stack}`.localeCompare(`${b.week}|${b.stack}`);
}
