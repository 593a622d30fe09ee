// `ohmystack run` and `collect` against the site replica, configured by a config file the way a user's
// deployment is: sources pointed at the replica's base URLs, a local lake and SQLite in a temp directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunReport } from '../../../src/model/run-report.js';
import { createSiteReplica } from '../../../src/testing/replica/server.js';
import type { SiteReplica } from '../../../src/testing/replica/types.js';
import { runCli, startCli } from './_cli-process.js';

let replica: SiteReplica;
let flaky: SiteReplica;
let dir: string;

function writeConfig(name: string, target: SiteReplica, extra: Record<string, unknown> = {}): string {
  const { baseUrls } = target;
  const file = join(dir, name);
  writeFileSync(
    file,
    JSON.stringify({
      workDir: `work-${name.replace(/\W/g, '-')}`,
      sources: [
        { site: 'jumpit', baseUrl: baseUrls.jumpit },
        { site: 'programmers', baseUrl: baseUrls.programmers },
      ],
      http: { perHostRate: 1000, perHostConcurrency: 16, concurrency: 16, retries: 1 },
      geo: { geocoder: 'gazetteer' },
      ...extra,
    }),
  );
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ohmystack-cli-run-'));
  replica = await createSiteReplica({ postingsPerSite: 60 });
  flaky = await createSiteReplica({ postingsPerSite: 40, faults: { down: ['programmers'] } });
});

afterAll(async () => {
  await replica?.close();
  await flaky?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ohmystack run', () => {
  it('runs a slot from a config file and prints the RunReport with --json; a rerun is skipped', async () => {
    const config = writeConfig('run.json', replica);
    const first = await runCli(['run', '--config', config, '--run-id', '20261129T0900', '--json'], {
      cwd: dir,
    });
    expect(first.code, first.stderr).toBe(0);
    const report = RunReport.parse(JSON.parse(first.stdout));
    expect(report).toMatchObject({ runId: '20261129T0900', status: 'ok' });
    expect(report.totals.postings).toBe(120);
    expect(report.sinks.map((sink) => [sink.sink, sink.status])).toEqual([
      ['file', 'committed'],
      ['sql', 'committed'],
    ]);

    const again = await runCli(['run', '--config', config, '--run-id', '20261129T0900', '--json'], {
      cwd: dir,
    });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).status).toBe('skipped');
  });

  it('prints a human summary without --json', async () => {
    const config = writeConfig('summary.json', replica);
    const result = await runCli(['run', '--config', config, '--run-id', '20261129T1200'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^run 20261129T1200: ok in /);
    expect(result.stdout).toMatch(/postings per source/);
    expect(result.stdout).toMatch(/jumpit\s+ok\s+60/);
    expect(result.stdout).toMatch(/totals: 120 postings/);
  });

  it('exits 2 when a source is down but the others are loaded', async () => {
    const config = writeConfig('partial.json', flaky);
    const result = await runCli(['run', '--config', config, '--run-id', '20261129T1500', '--json'], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(2);
    const report = RunReport.parse(JSON.parse(result.stdout));
    expect(report.status).toBe('partial');
    expect(report.sources.find((source) => source.source === 'jumpit')?.counts.emitted).toBe(40);
  });

  it('exits 64 for a wrong config, naming the setting', async () => {
    const config = writeConfig('wrong.json', replica, { geo: { geocoder: 'bing' } });
    const result = await runCli(['run', '--config', config], { cwd: dir });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('geo.geocoder');
    expect(result.stderr).toContain('hint:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 75 when another live process holds the slot', async () => {
    const config = writeConfig('locked.json', replica);
    const runDir = join(dir, 'work-locked-json/runs/20261129T1800');
    mkdirSync(runDir, { recursive: true });
    // This test process is alive, so its lock is honoured.
    writeFileSync(join(runDir, 'lock'), `${process.pid}@${hostname()}`);
    const result = await runCli(['run', '--config', config, '--run-id', '20261129T1800'], { cwd: dir });
    expect(result.code).toBe(75);
    expect(result.stderr).toMatch(/already running/);
  });

  it('exits 130 on Ctrl-C, and the same run id resumes to ok', async () => {
    // Slow answers keep the run in its collect stage when Ctrl-C comes; the resume gets fast ones.
    const slow = await createSiteReplica({ postingsPerSite: 40, faults: { latencyMs: 500 } });
    try {
      const config = writeConfig('interrupt.json', slow);
      const args = ['run', '--config', config, '--run-id', '20261129T2100'];
      const running = startCli(args, { cwd: dir });
      await running.waitForStderr(/stage collect started/);
      running.child.kill('SIGINT');
      const interrupted = await running.done;
      expect(interrupted.code, interrupted.stderr).toBe(130);
      expect(interrupted.stderr).toContain('ohmystack run --run-id 20261129T2100');

      slow.setFaults({});
      const resumed = await runCli([...args, '--json'], { cwd: dir });
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(RunReport.parse(JSON.parse(resumed.stdout)).totals.postings).toBe(80);
    } finally {
      await slow.close();
    }
  });
});

describe('ohmystack collect, then run', () => {
  it('stages the slot, and run with the same run id loads it without fetching postings again', async () => {
    const config = writeConfig('staged.json', replica);
    const collect = await runCli(['collect', '--config', config, '--run-id', '20261130T0000', '--json'], {
      cwd: dir,
    });
    expect(collect.code, collect.stderr).toBe(0);
    const staged = RunReport.parse(JSON.parse(collect.stdout));
    expect(staged.status).toBe('staged');
    expect(staged.sinks).toEqual([]);

    replica.resetStats();
    const run = await runCli(['run', '--config', config, '--run-id', '20261130T0000', '--json'], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    const report = RunReport.parse(JSON.parse(run.stdout));
    expect(report).toMatchObject({ status: 'ok', resumed: true });
    expect(report.totals.postings).toBe(120);
    expect(replica.stats().byKind['jumpit:detail'] ?? 0).toBe(0);
  });
});
