// Pipeline benchmarks (issue: pipeline): the whole flow, each run in its own process running the built
// package against a site replica in this process, so peak RSS is the pipeline's own.
// - the demo's 4,000 postings end to end: wall time, peak RSS, and each stage's share of the time;
// - a second run (the next slot) over the unchanged replica: time and requests beside the first's;
// - 100,000 postings streamed through: peak RSS, target <= 400 MB.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunReport } from '../src/model/run-report.js';
import { REPLICA_HTTP, replicaSources } from '../src/testing/demo.js';
import { createSiteReplica } from '../src/testing/index.js';
import type { SiteReplica } from '../src/testing/replica/types.js';
import type { BenchResult } from './_measure.js';

const CHILD = fileURLToPath(new URL('./pipeline/run-pipeline.mjs', import.meta.url));
const ROUNDS = 3;
const SITES = ['jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea'] as const;
const FIRST_SLOT = { runId: '20261129T0900', now: '2026-11-29T00:30:00.000Z' };
const NEXT_SLOT = { runId: '20261129T1200', now: '2026-11-29T03:30:00.000Z' };

interface ChildRun {
  report: RunReport;
  maxRssMb: number;
  ms: number;
}

function runChild(config: Record<string, unknown>, nodeFlags: string[] = []): Promise<ChildRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, CHILD, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`pipeline child exited ${code}: ${out.slice(-2000)}`));
      resolve({ ...(JSON.parse(last) as Omit<ChildRun, 'ms'>), ms: performance.now() - started });
    });
  });
}

function configFor(replica: SiteReplica, dir: string, slot: { runId: string; now: string }) {
  return {
    ...slot,
    workDir: join(dir, 'work'),
    sources: replicaSources(replica),
    http: REPLICA_HTTP,
    // 20,000 postings of one site span more list pages than the default safety net of 500.
    collect: { sourceConcurrency: 5, detailConcurrency: 8, maxPages: 5000 },
    geo: { geocoder: 'gazetteer' },
    lake: { dir: join(dir, 'lake') },
    database: { dialect: 'sqlite', connection: join(dir, 'ohmystack.db') },
    env: {},
  };
}

async function withReplica<T>(perSite: number, work: (replica: SiteReplica) => Promise<T>): Promise<T> {
  const replica = await createSiteReplica({
    postingsPerSite: { ...Object.fromEntries(SITES.map((site) => [site, perSite])), careers: 0 },
  });
  try {
    return await work(replica);
  } finally {
    await replica.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const requests = (report: RunReport) => report.totals.requests;

async function demoRuns(): Promise<BenchResult[]> {
  const runs = await withReplica(800, async (replica) => {
    const out: { first: ChildRun; second: ChildRun }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'ohmystack-bench-pipeline-'));
      try {
        const first = await runChild(configFor(replica, dir, FIRST_SLOT));
        const second = await runChild(configFor(replica, dir, NEXT_SLOT));
        out.push({ first, second });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return out;
  });
  const wall = median(runs.map((run) => run.first.report.durationMs));
  const typical = runs.find((run) => run.first.report.durationMs === wall)!.first.report;
  const shares = Object.fromEntries(
    Object.entries(typical.stages).map(([stage, { ms }]) => [
      `${stage}Share`,
      `${Math.round((ms / wall) * 100)}%`,
    ]),
  );
  const secondWall = median(runs.map((run) => run.second.report.durationMs));
  return [
    {
      name: 'pipeline: the demo, 4,000 postings end to end (5 sources, gazetteer, lake + SQLite)',
      value: wall,
      unit: 'ms',
      detail: {
        postings: typical.totals.postings,
        featureRows: typical.totals.featureRows,
        peakRssMb: median(runs.map((run) => run.first.maxRssMb)),
        processMs: median(runs.map((run) => run.first.ms)),
        ...shares,
        note: 'collect overlaps normalize/geocode (streamed), so shares can add past 100%',
      },
    },
    {
      name: 'pipeline: second run (next slot) over the unchanged replica / first run, wall time',
      value: secondWall / wall,
      unit: '×',
      detail: {
        firstMs: wall,
        secondMs: secondWall,
        firstRequests: median(runs.map((run) => requests(run.first.report))),
        secondRequests: median(runs.map((run) => requests(run.second.report))),
        secondPostings: median(runs.map((run) => run.second.report.totals.postings)),
        secondSkippedUnchanged: median(
          runs.map((run) => run.second.report.sources.reduce((sum, s) => sum + s.counts.skippedUnchanged, 0)),
        ),
      },
    },
  ];
}

/**
 * One streamed run per heap setting. V8 sizes its old space lazily: left alone on a big machine it lets
 * garbage pile up far past the live set, so the same run is also measured with the old space capped
 * (a run that retained postings would fail there, not just run slower).
 */
async function streamed(total: number): Promise<BenchResult[]> {
  const settings = { uncapped: [], 'max-old-space-size=192': ['--max-old-space-size=192'] };
  const runs: Record<string, ChildRun> = {};
  await withReplica(total / SITES.length, async (replica) => {
    for (const [name, flags] of Object.entries(settings)) {
      const dir = mkdtempSync(join(tmpdir(), 'ohmystack-bench-pipeline-big-'));
      try {
        runs[name] = await runChild(configFor(replica, dir, FIRST_SLOT), flags);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
  return Object.entries(runs).map(([name, run]) => ({
    name: `pipeline: ${total.toLocaleString('en')} postings streamed, peak RSS (${name})`,
    value: run.maxRssMb,
    unit: 'MB',
    target: '<= 400',
    ok: run.maxRssMb <= 400 && run.report.totals.postings === total,
    detail: {
      postings: run.report.totals.postings,
      status: run.report.status,
      wallMs: run.report.durationMs,
      postingsPerSecond: (run.report.totals.postings / run.report.durationMs) * 1000,
      loadMs: run.report.stages.load.ms,
    },
  }));
}

export async function benchPipeline(): Promise<BenchResult[]> {
  execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  return [
    ...(await demoRuns()),
    ...(await streamed(Number(process.env.OHMYSTACK_BENCH_STREAMED ?? 100_000))),
  ];
}
