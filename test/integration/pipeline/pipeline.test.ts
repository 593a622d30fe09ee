// The whole flow against the site replica (a real HTTP server), into a local lake and SQLite: one run,
// the same slot twice, the next slot over unchanged sites, one source down, and an aborted run resumed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.js';
import { readManifest } from '../../../src/query/read-lake.js';
import {
  databaseRows,
  detailRequests,
  lakeRows,
  NOW,
  RUN_ID,
  replicaConfig,
  resumedPostings,
  tempDir,
  useSiteReplica,
} from './_pipeline-fixture.js';

const site = useSiteReplica();
const { dirs } = site;

describe('runPipeline against the site replica', () => {
  it('collects every source, loads lake and database, and reports', async () => {
    const dir = await tempDir(dirs);
    const report = await runPipeline(replicaConfig(site.replica, dir));

    expect(report.status).toBe('ok');
    expect(report.runId).toBe(RUN_ID);
    expect(report.sources.map((s) => [s.source, s.status, s.counts.emitted])).toEqual([
      ['jumpit', 'ok', 60],
      ['wanted', 'ok', 60],
      ['programmers', 'ok', 60],
      ['saramin', 'ok', 60],
      ['jobkorea', 'ok', 60],
    ]);
    expect(report.totals.postings).toBe(300);
    expect(report.totals.quarantined).toBe(0);
    expect(report.stages.normalize).toMatchObject({ in: 300, out: 300 });
    expect(report.geo.withAddress).toBeGreaterThan(0);
    expect(report.geo.geocoded).toBe(report.geo.withAddress);

    const rows = await lakeRows(dir);
    expect(rows.raw).toHaveLength(300);
    expect(rows.postings).toHaveLength(300);
    expect(new Set(rows.postings.map((row) => row.id)).size).toBe(300);
    expect(rows.features.length).toBe(report.totals.featureRows);
    expect(rows.postings.every((row) => row.run_id === RUN_ID)).toBe(true);
    const manifest = await readManifest(join(dir, 'lake'), RUN_ID);
    expect(manifest?.rows).toEqual({ raw: 300, postings: 300, features: report.totals.featureRows });

    const db = databaseRows(dir);
    expect(db.postings).toHaveLength(300);
    expect(report.sinks.map((s) => [s.sink, s.status])).toEqual([
      ['file', 'committed'],
      ['sql', 'committed'],
    ]);
    // The report on disk is the one returned.
    const onDisk = JSON.parse(await readFile(join(dir, 'work', 'runs', RUN_ID, 'report.json'), 'utf8'));
    expect(onDisk).toEqual(report);
  });

  it('running the same slot twice changes nothing', async () => {
    const dir = await tempDir(dirs);
    const config = replicaConfig(site.replica, dir);
    await runPipeline(config);
    const lake = await lakeRows(dir);
    const db = databaseRows(dir);
    site.replica.resetStats();

    const again = await runPipeline(config);
    expect(again.status).toBe('skipped');
    expect(site.replica.stats().total).toBe(0);
    expect(await lakeRows(dir)).toEqual(lake);
    expect(databaseRows(dir)).toEqual(db);

    // Forced, the slot is rebuilt from its staged postings: the same data, no detail refetched.
    const forced = await runPipeline({ ...config, force: true });
    expect(forced.status).toBe('ok');
    expect(forced.totals.postings).toBe(300);
    expect(site.replica.stats().byKind['jumpit:detail'] ?? 0).toBe(0);
    expect(await lakeRows(dir)).toEqual(lake);
    expect(databaseRows(dir)).toEqual(db);
  });

  it('the next slot over unchanged sites fetches no detail and loads nothing new', async () => {
    const dir = await tempDir(dirs);
    const first = await runPipeline(replicaConfig(site.replica, dir));
    site.replica.resetStats();
    const next = await runPipeline(
      replicaConfig(site.replica, dir, {
        runId: '20261129T1200',
        now: new Date(NOW.getTime() + 3 * 3600_000),
      }),
    );
    expect(next.status).toBe('ok');
    expect(next.totals.postings).toBe(0);
    expect(next.sources.every((s) => s.counts.skippedUnchanged === 60)).toBe(true);
    expect(detailRequests(site.replica)).toBe(0);
    expect(next.totals.requests).toBeLessThan(first.totals.requests / 5);
    expect(databaseRows(dir).postings).toHaveLength(300);
  });

  it('a source that is down is reported; the others are loaded', async () => {
    const dir = await tempDir(dirs);
    site.replica.setFaults({ down: ['wanted'] });
    const report = await runPipeline(
      replicaConfig(site.replica, dir, { http: { perHostRate: 2000, retries: 1 } }),
    );

    expect(report.status).toBe('partial');
    const wanted = report.sources.find((s) => s.source === 'wanted')!;
    expect(wanted.status).toBe('error');
    expect(wanted.error?.message).toBeTruthy();
    expect(report.warnings.some((w) => w.startsWith('wanted'))).toBe(true);
    expect(report.totals.postings).toBe(240);
    expect(databaseRows(dir).postings).toHaveLength(240);
    expect((await lakeRows(dir)).postings.some((row) => row.source === 'wanted')).toBe(false);

    // Back up, the next slot picks wanted up without refetching the others' details.
    site.replica.setFaults({});
    site.replica.resetStats();
    const next = await runPipeline(
      replicaConfig(site.replica, dir, {
        runId: '20261129T1200',
        now: new Date(NOW.getTime() + 3 * 3600_000),
      }),
    );
    expect(next.status).toBe('ok');
    expect(next.totals.postings).toBe(60);
    expect(site.replica.stats().byKind['jumpit:detail'] ?? 0).toBe(0);
    expect(site.replica.stats().byKind['wanted:detail']).toBe(60);
    expect(databaseRows(dir).postings).toHaveLength(300);
  });

  it('a run whose every source failed commits nothing, so the slot can run again', async () => {
    const dir = await tempDir(dirs);
    site.replica.setFaults({ down: ['jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea'] });
    const failed = await runPipeline(
      replicaConfig(site.replica, dir, { http: { perHostRate: 2000, retries: 0 } }),
    );
    expect(failed.status).toBe('failed');
    expect(failed.sinks).toEqual([]);
    expect(failed.warnings).toContain(
      'every source failed: nothing was committed; the same runId can be run again',
    );
    expect(await readManifest(join(dir, 'lake'), RUN_ID)).toBeNull();

    site.replica.setFaults({});
    const again = await runPipeline(replicaConfig(site.replica, dir));
    expect(again.status).toBe('ok');
    expect(again.totals.postings).toBe(300);
  });

  it('an aborted run commits nothing and resumes without refetching what it staged', async () => {
    const dir = await tempDir(dirs);
    const controller = new AbortController();
    site.replica.setFaults({ latencyMs: 5 });
    const aborted = runPipeline(
      replicaConfig(site.replica, dir, {
        signal: controller.signal,
        batchSize: 20,
        onProgress(event) {
          if (event.type === 'postings' && event.collected >= 100) controller.abort();
        },
      }),
    );
    await expect(aborted).rejects.toMatchObject({ code: 'aborted' });
    expect(await readManifest(join(dir, 'lake'), RUN_ID)).toBeNull();

    site.replica.setFaults({});
    site.replica.resetStats();
    const resumed = await runPipeline(replicaConfig(site.replica, dir));
    expect(resumed.status).toBe('ok');
    expect(resumed.resumed).toBe(true);
    expect(resumed.totals.postings).toBe(300);
    const reused = resumedPostings(resumed);
    expect(reused).toBeGreaterThanOrEqual(100);
    expect(detailRequests(site.replica)).toBe(300 - reused);
    expect((await lakeRows(dir)).postings).toHaveLength(300);
  });
});
