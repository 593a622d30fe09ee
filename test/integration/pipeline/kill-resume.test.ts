// A run killed with SIGKILL half-way (no cleanup, no finally) and resumed with the same runId ends with the
// same lake and database as a run that was never interrupted, and does not fetch again what it staged.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.js';
import { readManifest } from '../../../src/query/read-lake.js';
import {
  databaseRows,
  detailRequests,
  lakeRows,
  RUN_ID,
  replicaConfig,
  resumedPostings,
  tempDir,
  useSiteReplica,
} from './_pipeline-fixture.js';

const CHILD = fileURLToPath(new URL('../../fixtures/pipeline/run-child.ts', import.meta.url));
const site = useSiteReplica();
const { dirs } = site;

/** Runs the pipeline in a child process and SIGKILLs it once `collected` postings went through. */
function killAfter(config: Record<string, unknown>, collected: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.startsWith('collected ')) seen = Math.max(seen, Number(line.slice(10)));
      }
      if (seen >= collected) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve(seen)
        : reject(new Error(`the run ended before the kill (exit ${code})`)),
    );
  });
}

describe('a pipeline run killed with SIGKILL', () => {
  it('resumes to the same lake and database as an uninterrupted run', async () => {
    const reference = await tempDir(dirs);
    const referenceReport = await runPipeline(replicaConfig(site.replica, reference));
    expect(referenceReport.status).toBe('ok');

    const dir = await tempDir(dirs);
    site.replica.setFaults({ latencyMs: 10 });
    const { now: _, ...config } = replicaConfig(site.replica, dir, { batchSize: 20 });
    const killedAt = await killAfter({ ...config, now: '2026-11-29T00:30:00.000Z' }, 120);
    expect(killedAt).toBeGreaterThanOrEqual(120);
    expect(await readManifest(join(dir, 'lake'), RUN_ID)).toBeNull();

    site.replica.setFaults({});
    site.replica.resetStats();
    const resumed = await runPipeline(replicaConfig(site.replica, dir));
    expect(resumed.status).toBe('ok');
    expect(resumed.resumed).toBe(true);
    expect(resumed.totals.postings).toBe(300);
    const reused = resumedPostings(resumed);
    expect(reused).toBeGreaterThan(0);
    expect(detailRequests(site.replica)).toBe(300 - reused);

    expect(await lakeRows(dir)).toEqual(await lakeRows(reference));
    expect(databaseRows(dir)).toEqual(databaseRows(reference));
  });
});
