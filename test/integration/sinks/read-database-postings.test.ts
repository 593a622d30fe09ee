// readDatabasePostings on the real PostgreSQL, MariaDB and SQLite: what the sink published comes back as
// the Postings fromPostingRow reads from the same rows, without the postings marked closed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPostingRow } from '../../../src/features/posting-from-row.js';
import { toPostingRow } from '../../../src/features/posting-row.js';
import type { Posting } from '../../../src/model/posting.js';
import { readDatabasePostings, type SqlSink, sqlSink } from '../../../src/sinks/sql/index.js';
import type { RunContext } from '../../../src/sinks/types.js';
import { sqlTargets } from '../../helpers/sql-targets.js';
import { makePosting } from '../../unit/features/_posting.js';

const targets = sqlTargets('readpostings');
const RUN1: RunContext = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const RUN2: RunContext = { runId: '20261129T1200', dt: '2026-11-29', hr: '12' };

// Sorted stacks and families: the database keeps no order of them.
const POSTINGS: Posting[] = [
  makePosting({ id: 'wanted:1', sourceId: '1', stacks: ['java', 'spring'], jobId: 'job:1' }),
  makePosting({
    id: 'jumpit:2',
    source: 'jumpit',
    sourceId: '2',
    company: '토스',
    companyId: null,
    branch: '토스 강남',
    career: { minYears: 0, maxYears: 0, newcomer: true, label: '신입' },
    stacks: ['react', 'typescript'],
    positions: ['frontend'],
    geo: null,
    salary: null,
    employment: null,
    education: null,
    deadline: { kind: 'always', date: null },
    expired: true,
  }),
  makePosting({ id: 'wanted:3', sourceId: '3', title: '데이터 엔지니어', stacks: ['kafka', 'python'] }),
];

describe.each(targets)('readDatabasePostings ($dialect)', (target) => {
  let up = false;
  let dir: string;
  let sink: SqlSink;

  beforeAll(async () => {
    up = await target.available();
    if (!up && process.env.CI === 'true') throw new Error(`${target.dialect} is not reachable and CI=true`);
    if (!up) {
      console.warn(
        `\n!!! ${target.dialect} is not reachable: its readDatabasePostings tests are SKIPPED !!!\n`,
      );
      return;
    }
    dir = await mkdtemp(join(tmpdir(), 'ohmystack-read-db-'));
    sink = sqlSink(target.database('rp_', dir) as Parameters<typeof sqlSink>[0]);
    await sink.write({ dataset: 'postings', rows: POSTINGS.map((p) => toPostingRow(p, RUN1.runId)) }, RUN1);
    await sink.commit(RUN1);
    await sink.markClosed(['wanted:3'], RUN2);
    await sink.commit(RUN2);
  });
  afterAll(async () => {
    await sink?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
    if (up) await target.teardown();
  });

  it('reads the open postings as fromPostingRow reads their rows', async ({ skip }) => {
    if (!up) skip();
    const read = await readDatabasePostings(sink);
    const expected = POSTINGS.slice(0, 2)
      .map((p) => fromPostingRow(toPostingRow(p, RUN1.runId)))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(read).toEqual(expected);
  });

  it('reads the closed ones too when asked', async ({ skip }) => {
    if (!up) skip();
    const read = await readDatabasePostings(sink, { includeClosed: true });
    expect(read.map((p) => p.id)).toEqual(['jumpit:2', 'wanted:1', 'wanted:3']);
    expect(read.find((p) => p.id === 'wanted:3')?.stacks).toEqual(['kafka', 'python']);
  });
});
