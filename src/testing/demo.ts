// The offline demo: the whole flow against the built-in site replica (a real HTTP server on 127.0.0.1
// serving the sites' real shapes from a seeded synthetic job market), the embedded gazetteer, a local
// lake and SQLite. No keys, no internet; the same code path as a production run. It lives with the
// replicas so that importing the library never loads them: `ohmystack demo` imports this module lazily.
import { join, resolve } from 'node:path';
import { parseRunId, runSlot } from '../model/run.js';
import type { RunReport } from '../model/run-report.js';
import type { SiteSpec } from '../pipeline/config.js';
import type { PipelineProgress } from '../pipeline/progress.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import { markSyntheticLake } from '../report/synthetic-lake.js';
import { sqlSink } from '../sinks/sql/index.js';
import { createSiteReplica } from './replica/server.js';
import type { SiteName, SiteReplica } from './replica/types.js';

/** The sites the demo collects, in the order their postings are split. */
const DEMO_SITES: readonly SiteName[] = ['jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea'];

/**
 * Returns the pipeline sources for every site of a replica that needs no browser and no key (Jumpit,
 * Wanted, Programmers, Saramin's HTML pages, JobKorea), each pointed at the replica's origin.
 *
 * @example
 * const replica = await createSiteReplica({ postingsPerSite: 50 });
 * await runPipeline({ sources: replicaSources(replica), http: REPLICA_HTTP, lake: { dir: 'out/lake' } });
 */
export function replicaSources(replica: Pick<SiteReplica, 'baseUrls'>): SiteSpec[] {
  const { baseUrls } = replica;
  return [
    { site: 'jumpit', baseUrl: baseUrls.jumpit },
    { site: 'wanted', baseUrl: baseUrls.wanted, staticBaseUrl: baseUrls.wantedStatic },
    { site: 'programmers', baseUrl: baseUrls.programmers },
    { site: 'saramin', baseUrl: baseUrls.saramin, keywords: [''] },
    { site: 'jobkorea', baseUrl: baseUrls.jobkorea, keywords: [''] },
  ];
}

/** HTTP settings for a local replica: it needs none of the politeness (2 requests/s) a real site gets. */
export const REPLICA_HTTP = {
  perHostRate: 2000,
  perHostConcurrency: 32,
  concurrency: 32,
  retries: 2,
} as const;

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** The output directory: `lake/`, `ohmystack.db` and the run's staging in `.ohmystack/`. */
  out: string;
  /** Postings across the sites. @default 4000 */
  postings?: number;
  /** The run id; the current KST slot by default. */
  runId?: string;
  /** Run the slot again even when `out` already holds it committed (see the pipeline's `force`). @default false */
  force?: boolean;
  signal?: AbortSignal;
  onProgress?: (event: PipelineProgress) => void;
}

/** One line of a demo summary. */
export interface DemoCount {
  name: string;
  postings: number;
}

/** What the demo ran and what its data shows. */
export interface DemoResult {
  report: RunReport;
  lake: string;
  database: string;
  topStacks: DemoCount[];
  topRegions: DemoCount[];
  topFamilies: DemoCount[];
}

/**
 * Returns the run report with the top stacks, regions and job families of the open postings, after
 * running the whole flow offline into `out`: a site replica started for the run (and closed after it),
 * the embedded gazetteer, `out/lake` and the SQLite database `out/ohmystack.db`.
 *
 * @default postings 4000, runId the current KST slot
 * @example
 * import { runDemo } from 'ohmystack/testing';
 * const demo = await runDemo({ out: 'demo' });
 * demo.report.totals.postings; // 4000
 * demo.topStacks[0]; // { name: 'Java', postings: 812 }
 * @throws ConfigError when a derived setting is invalid; AbortedError when `signal` aborts.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const out = resolve(options.out);
  const total = options.postings ?? 4000;
  const perSite = Math.floor(total / DEMO_SITES.length);
  const postingsPerSite = Object.fromEntries(
    DEMO_SITES.map((site, i) => [site, perSite + (i < total - perSite * DEMO_SITES.length ? 1 : 0)]),
  );
  // The replica dates its postings to the run's KST day, so the share of expired postings is the same
  // whichever day the demo runs.
  const slot = (options.runId ? parseRunId(options.runId) : null) ?? runSlot();
  const replica = await createSiteReplica({
    postingsPerSite: { ...postingsPerSite, careers: 0 },
    today: slot.dt,
  });
  const lake = join(out, 'lake');
  const database = join(out, 'ohmystack.db');
  try {
    const report = await runPipeline({
      ...(options.runId ? { runId: options.runId } : {}),
      ...(options.force ? { force: true } : {}),
      workDir: join(out, '.ohmystack'),
      sources: replicaSources(replica),
      http: REPLICA_HTTP,
      collect: { sourceConcurrency: 5, detailConcurrency: 8, maxPages: 500 },
      geo: { geocoder: 'gazetteer' },
      lake: { dir: lake },
      database: { dialect: 'sqlite', connection: database },
      env: {},
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    // Pages drawn from this lake (report, explorer) then say that its postings are synthetic.
    await markSyntheticLake(lake, 'ohmystack demo (site replica)');
    return { report, lake, database, ...(await topCounts(database)) };
  } finally {
    await replica.close();
  }
}

async function topCounts(
  database: string,
): Promise<Pick<DemoResult, 'topStacks' | 'topRegions' | 'topFamilies'>> {
  const db = sqlSink({ dialect: 'sqlite', connection: database });
  const t = db.tables;
  try {
    const top = async (sql: string) =>
      (await db.query(sql)).map((row) => ({ name: String(row.name), postings: Number(row.postings) }));
    return {
      topStacks: await top(
        `SELECT s.name AS name, COUNT(*) AS postings FROM ${t.posting_stacks} ps JOIN ${t.stacks} s ON s.id = ps.stack_id JOIN ${t.postings} p ON p.id = ps.posting_id WHERE p.closed_at IS NULL GROUP BY s.name ORDER BY postings DESC, name LIMIT 10`,
      ),
      topRegions: await top(
        `SELECT sido AS name, COUNT(*) AS postings FROM ${t.postings} WHERE closed_at IS NULL AND sido IS NOT NULL GROUP BY sido ORDER BY postings DESC, name LIMIT 10`,
      ),
      topFamilies: await top(
        `SELECT f.name_ko AS name, COUNT(*) AS postings FROM ${t.posting_families} pf JOIN ${t.job_families} f ON f.id = pf.family_id JOIN ${t.postings} p ON p.id = pf.posting_id WHERE p.closed_at IS NULL GROUP BY f.name_ko ORDER BY postings DESC, name LIMIT 10`,
      ),
    };
  } finally {
    await db.dispose();
  }
}
