// What the pipeline tests share: a small replica, a config that points every source at it, and readers
// that turn a run's lake and database into comparable, sorted rows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { RunReport } from '../../../src/model/run-report.js';
import type { PipelineConfig } from '../../../src/pipeline/config.js';
import { readLakeRows } from '../../../src/query/read-lake.js';
import { REPLICA_HTTP, replicaSources } from '../../../src/testing/demo.js';
import { createSiteReplica } from '../../../src/testing/replica/server.js';
import type { SiteReplica, SiteReplicaOptions } from '../../../src/testing/replica/types.js';

export const RUN_ID = '20261129T0900';
/** The run's clock, fixed so two runs stamp the same `fetched_at`. */
export const NOW = new Date('2026-11-29T00:30:00Z');

export async function startReplica(options: SiteReplicaOptions = {}): Promise<SiteReplica> {
  return createSiteReplica({
    postingsPerSite: { jumpit: 60, wanted: 60, programmers: 60, saramin: 60, jobkorea: 60, careers: 0 },
    // Dated to the runs' clock (NOW), not the machine's.
    today: '2026-11-29',
    ...options,
  });
}

/**
 * Starts one replica for the test file (closed after it) and a list of temp dirs removed, with the
 * replica's faults cleared, after each test. Read `replica` inside tests, once `beforeAll` has run.
 */
export function useSiteReplica(): { replica: SiteReplica; dirs: string[] } {
  const context = { replica: undefined as unknown as SiteReplica, dirs: [] as string[] };
  beforeAll(async () => {
    context.replica = await startReplica();
  });
  afterAll(async () => {
    await context.replica?.close();
  });
  afterEach(async () => {
    context.replica?.setFaults({});
    await removeAll(context.dirs);
  });
  return context;
}

export async function tempDir(dirs: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-pipeline-'));
  dirs.push(dir);
  return dir;
}

export async function removeAll(dirs: string[]): Promise<void> {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** A config that runs everything against `replica` into `dir` (lake, SQLite, staging). */
export function replicaConfig(replica: SiteReplica, dir: string, extra: PipelineConfig = {}): PipelineConfig {
  return {
    runId: RUN_ID,
    now: NOW,
    workDir: join(dir, 'work'),
    sources: replicaSources(replica),
    http: { ...REPLICA_HTTP, retries: 4 },
    geo: { geocoder: 'gazetteer' },
    lake: { dir: join(dir, 'lake') },
    database: { dialect: 'sqlite', connection: join(dir, 'ohmystack.db') },
    env: {},
    ...extra,
  };
}

/** Detail requests the replica answered since its stats were last reset, over every site. */
export function detailRequests(replica: SiteReplica): number {
  return Object.entries(replica.stats().byKind)
    .filter(([kind]) => kind.endsWith(':detail'))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Postings a resumed run took from its staging instead of fetching them again. */
export function resumedPostings(report: RunReport): number {
  return report.sources.reduce((sum, source) => sum + source.counts.resumed, 0);
}

const byKey = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a[key]).localeCompare(String(b[key]));

/** The lake's committed rows of each dataset, sorted by id. */
export async function lakeRows(dir: string) {
  const lake = join(dir, 'lake');
  return {
    raw: (await readLakeRows(lake, 'raw')).map(({ fetchedAt: _, ...rest }) => rest).sort(byKey('sourceId')),
    postings: (await readLakeRows(lake, 'postings')).sort(byKey('id')),
    features: (await readLakeRows(lake, 'features')).sort(byKey('row_id')),
  };
}

/** Every table of the production database, without its commit timestamps, sorted. */
export function databaseRows(dir: string): Record<string, unknown[]> {
  const db = new Database(join(dir, 'ohmystack.db'), { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of [
      'companies',
      'branches',
      'stacks',
      'postings',
      'posting_stacks',
      'posting_families',
      'posting_seen',
    ]) {
      out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
    }
    out.runs = db
      .prepare('SELECT run_id, postings, inserted, updated, closed FROM ohmystack_runs ORDER BY run_id')
      .all();
    return out;
  } finally {
    db.close();
  }
}
