// `ohmystack recommend` in-process over a small lake (and the same postings in SQLite) written here: the
// table and JSON outputs, closed postings left out, the default lake, and bad profiles exiting 64 with
// the field named.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/index.js';
import { jobCandidate } from '../../../src/features/job-candidate.js';
import { toPostingRow } from '../../../src/features/posting-row.js';
import type { Posting } from '../../../src/model/posting.js';
import { JobIndex, jobIndexPath } from '../../../src/pipeline/job-index.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import { sqlSink } from '../../../src/sinks/sql/index.js';
import { makePosting } from '../features/_posting.js';
import { fakeIo } from './_fake-io.js';

const RUN = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const ALWAYS = { kind: 'always' as const, date: null };
const MAPO = { lat: 37.5663, lng: 126.9019, precision: 'road' as const, provider: 'test' };
const GANGNAM = { lat: 37.4979, lng: 127.0276, precision: 'road' as const, provider: 'test' };

const POSTINGS: Posting[] = [
  makePosting({
    id: 'wanted:1',
    sourceId: '1',
    url: 'https://www.wanted.co.kr/wd/1',
    company: '마포소프트',
    title: '자바 백엔드 개발자',
    stacks: ['java', 'spring', 'jpa'],
    career: { minYears: 2, maxYears: 5, newcomer: false, label: '경력 2~5년' },
    geo: MAPO,
    deadline: ALWAYS,
  }),
  makePosting({
    id: 'wanted:2',
    sourceId: '2',
    url: 'https://www.wanted.co.kr/wd/2',
    company: '강남랩스',
    title: '프론트엔드 개발자',
    stacks: ['react', 'typescript'],
    positions: ['frontend'],
    career: { minYears: 0, maxYears: null, newcomer: true, label: '경력무관' },
    geo: GANGNAM,
    deadline: ALWAYS,
  }),
  // Closed: its site took it down, so the work dir's job index no longer lists it.
  makePosting({
    id: 'wanted:3',
    sourceId: '3',
    url: 'https://www.wanted.co.kr/wd/3',
    company: '닫힌회사',
    title: '자바 개발자 (마감)',
    stacks: ['java', 'spring'],
    geo: MAPO,
    deadline: ALWAYS,
  }),
];

let root: string;
let lake: string;
let database: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ohmystack-cli-recommend-'));
  // The demo's layout: DIR/lake beside DIR/.ohmystack (the pipeline's work dir).
  lake = join(root, 'demo', 'lake');
  const sink = fileSink({ dir: lake, formats: ['jsonl'] });
  await sink.write({ dataset: 'postings', rows: POSTINGS.map((p) => toPostingRow(p, RUN.runId)) }, RUN);
  await sink.commit(RUN);
  const index = await JobIndex.read(jobIndexPath(join(root, 'demo', '.ohmystack')));
  await index.write(
    POSTINGS.map((p) => ({ ...jobCandidate(p), jobId: p.id })),
    ['wanted:3'],
  );
  database = join(root, 'ohmystack.db');
  const db = sqlSink({ dialect: 'sqlite', connection: database });
  await db.write({ dataset: 'postings', rows: POSTINGS.map((p) => toPostingRow(p, RUN.runId)) }, RUN);
  await db.commit(RUN);
  await db.markClosed(['wanted:3'], { ...RUN, runId: '20261129T1200', hr: '12' });
  await db.commit({ ...RUN, runId: '20261129T1200', hr: '12' });
  await db.dispose();
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const JAVA = ['--stacks', 'java,spring', '--years', '3', '--home', '서울 마포구 월드컵북로 396'];

async function recommendJson(args: string[]) {
  const io = fakeIo({ cwd: root });
  const code = await runCli(['recommend', ...args, '--json'], io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out()) as {
    source: string;
    recommendations: {
      posting: Posting;
      score: number;
      reasons: string[];
      commute: { minutes: number } | null;
    }[];
    warnings: string[];
  };
}

describe('ohmystack recommend', () => {
  it('prints a table: the Java posting first, with its commute, reasons and link', async () => {
    const io = fakeIo({ cwd: root });
    expect(await runCli(['recommend', '--lake', lake, ...JAVA], io)).toBe(0);
    const lines = io.out().split('\n');
    expect(lines[0]).toBe(`2 recommended from 2 postings in ${lake}`);
    expect(lines[2]).toMatch(/^#\s+company\s+title\s+score\s+commute\s+reasons\s+link$/);
    expect(lines[4]).toMatch(
      /^1\s+마포소프트\s+자바 백엔드 개발자\s+0\.\d\d\s+약 \d+분 \(.+\)\s+.*일치.*https:\/\/www\.wanted\.co\.kr\/wd\/1$/,
    );
    expect(lines[4]).toContain('경력 3년');
    expect(io.out()).not.toContain('닫힌회사');
  });

  it('--json prints the recommendations and warnings; the home is placed offline', async () => {
    const out = await recommendJson(['--lake', lake, ...JAVA, '--mode', 'transit', '--max-minutes', '90']);
    expect(out.source).toBe(lake);
    expect(out.recommendations.map((r) => r.posting.id)).toEqual(['wanted:1', 'wanted:2']);
    const [first] = out.recommendations;
    expect(first!.score).toBeGreaterThan(out.recommendations[1]!.score);
    expect(first!.commute?.minutes).toBeGreaterThan(0);
    expect(first!.reasons.join(' ')).toMatch(/(대중교통|도보) 약 \d+분/);
    expect(out.warnings).toEqual([]);
  });

  it('reads ./demo/lake when neither --lake nor --db is given and no lake is configured', async () => {
    const out = await recommendJson(JAVA);
    expect(out.source).toBe(lake);
    expect(out.recommendations[0]?.posting.id).toBe('wanted:1');
  });

  it('--db reads the open postings of the production database', async () => {
    const out = await recommendJson(['--db', database, ...JAVA, '--limit', '1']);
    expect(out.recommendations.map((r) => r.posting.id)).toEqual(['wanted:1']);
  });

  it('--family keeps the preference, --newcomer never shows a posting asking for experience', async () => {
    const out = await recommendJson([
      '--lake',
      lake,
      '--stacks',
      'java,react',
      '--newcomer',
      '--family',
      'frontend',
    ]);
    expect(out.recommendations.map((r) => r.posting.id)).toEqual(['wanted:2']);
  });

  it('warns about stacks the dictionary does not know, on stderr beside the table', async () => {
    const io = fakeIo({ cwd: root });
    expect(await runCli(['recommend', '--lake', lake, '--stacks', 'java,zzqlang'], io)).toBe(0);
    expect(io.err()).toMatch(/^warning: .*zzqlang/m);
  });

  it('says when the work dir is unknown, so closed postings cannot be told', async () => {
    const bare = join(root, 'bare');
    mkdirSync(bare);
    const sink = fileSink({ dir: join(bare, 'lake'), formats: ['jsonl'] });
    await sink.write({ dataset: 'postings', rows: POSTINGS.map((p) => toPostingRow(p, RUN.runId)) }, RUN);
    await sink.commit(RUN);
    const io = fakeIo({ cwd: root });
    expect(await runCli(['recommend', '--lake', join(bare, 'lake'), ...JAVA], io)).toBe(0);
    expect(io.err()).toMatch(/warning: .*cannot be told/);
    expect(io.out()).toContain('닫힌회사');
  });
});

describe('ohmystack recommend: bad input exits 64', () => {
  it.each([
    [['--years=-1', '--stacks', 'java'], /profile\.years/],
    [['--years', '3'], /profile\.stacks/],
    [['--stacks', 'java', '--max-minutes', '900'], /profile\.commute\.maxMinutes/],
    [['--stacks', 'java', '--years', 'three'], /--years must be a number/],
    [['--stacks', 'java', '--mode', 'bicycle'], /--mode/],
    [['--stacks', 'java', '--db', 'x.db'], /--lake and --db do not go together/],
    [['--stacks', 'java', '--limit', '0'], /--limit must be a positive whole number/],
  ])('%j', async (args, message) => {
    const io = fakeIo({ cwd: root });
    expect(await runCli(['recommend', '--lake', lake, ...args], io)).toBe(64);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });

  it('a missing lake or database names it', async () => {
    for (const args of [
      ['--lake', join(root, 'nowhere')],
      ['--db', join(root, 'nowhere.db')],
    ]) {
      const io = fakeIo({ cwd: root });
      expect(await runCli(['recommend', '--stacks', 'java', ...args], io)).toBe(64);
      expect(io.err()).toContain('nowhere');
    }
  });
});
