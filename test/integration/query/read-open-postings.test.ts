import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobCandidate } from '../../../src/features/job-candidate.js';
import { toPostingRow } from '../../../src/features/posting-row.js';
import { JobIndex, jobIndexPath } from '../../../src/pipeline/job-index.js';
import { readOpenPostings } from '../../../src/query/read-open-postings.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import { makePosting } from '../../unit/features/_posting.js';

const FIRST = { runId: '20261123T0900', dt: '2026-11-23', hr: '09' };
const SECOND = { runId: '20261124T0900', dt: '2026-11-24', hr: '09' };
const posting = (n: number, title = `백엔드 개발자 ${n}`) =>
  makePosting({ id: `wanted:${n}`, sourceId: String(n), title, jobId: `job:${n}` });

let root: string;
let lake: string;
let workDir: string;

// Run one writes postings 1–3; run two rewrites 2 (a new title) and adds 4. Posting 3 then left its
// site, so the job index the second run leaves keeps 1, 2 and 4 only.
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ohmystack-open-'));
  lake = join(root, 'lake');
  workDir = join(root, '.ohmystack');
  const runs = [
    { slot: FIRST, postings: [posting(1), posting(2), posting(3)] },
    { slot: SECOND, postings: [posting(2, '시니어 백엔드 개발자'), posting(4)] },
  ];
  for (const { slot, postings } of runs) {
    const sink = fileSink({ dir: lake });
    await sink.write({ dataset: 'postings', rows: postings.map((p) => toPostingRow(p, slot.runId)) }, slot);
    await sink.commit(slot);
  }
  const index = await JobIndex.read(jobIndexPath(workDir));
  await index.write(
    [1, 2, 3].map((n) => ({ ...jobCandidate(posting(n)), jobId: `job:${n}` })),
    [],
  );
  await index.write([{ ...jobCandidate(posting(4)), jobId: 'job:4' }], ['wanted:3']);
  // An uncommitted run's file is never read.
  await writeFile(join(lake, 'postings/dt=2026-11-24/hr=09/20261124T1200-00000.jsonl'), '{"id":"stray"}\n');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readOpenPostings', () => {
  it('returns the newest version of each posting still listed, and the closed ids', async () => {
    const open = await readOpenPostings(lake, { workDir });
    expect(open.postings.map((p) => [p.id, p.title])).toEqual([
      ['wanted:1', '백엔드 개발자 1'],
      ['wanted:2', '시니어 백엔드 개발자'],
      ['wanted:4', '백엔드 개발자 4'],
    ]);
    expect(open.closedIds).toEqual(['wanted:3']);
    expect(open.postings[0]).toMatchObject({ company: '카카오', stacks: ['spring-boot', 'kotlin', 'mysql'] });
    expect(open.warnings).toEqual([]);
  });

  it('without a work dir keeps every posting and says closing is unknown', async () => {
    const open = await readOpenPostings(lake);
    expect(open.postings.map((p) => p.id)).toEqual(['wanted:1', 'wanted:2', 'wanted:3', 'wanted:4']);
    expect(open.closedIds).toEqual([]);
    expect(open.warnings.join()).toMatch(/cannot be told/);
  });

  it('with a work dir that has no job index, says so', async () => {
    const open = await readOpenPostings(lake, { workDir: join(root, 'elsewhere') });
    expect(open.postings).toHaveLength(4);
    expect(open.warnings.join()).toMatch(/no job index at .*jobs\.jsonl/);
  });

  it('reads only the runs asked for', async () => {
    const open = await readOpenPostings(lake, { runIds: [FIRST.runId] });
    expect(open.postings.map((p) => p.title)).toEqual([
      '백엔드 개발자 1',
      '백엔드 개발자 2',
      '백엔드 개발자 3',
    ]);
  });

  it('counts rows that are not posting rows instead of failing', async () => {
    const bad = join(root, 'bad-lake');
    const sink = fileSink({ dir: bad, formats: ['jsonl'] });
    await sink.write(
      { dataset: 'postings', rows: [toPostingRow(posting(1), FIRST.runId), { id: 7 }] },
      FIRST,
    );
    await sink.commit(FIRST);
    const open = await readOpenPostings(bad);
    expect(open.postings).toHaveLength(1);
    expect(open.unreadable).toBe(1);
    expect(open.warnings[0]).toMatch(/1 rows .* skipped/);
  });
});
