// One job on several sites through the whole flow: the replica posts about 30% of its postings as one
// job on two or three boards; a run links the copies (lake and database carry one job_id per job), and
// the next slot, with some postings changed, keeps every posting's job_id.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.js';
import type { SiteReplica } from '../../../src/testing/replica/types.js';
import { lakeRows, NOW, removeAll, replicaConfig, startReplica, tempDir } from './_pipeline-fixture.js';

const SITES = ['jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea'] as const;
let replica: SiteReplica;
const dirs: string[] = [];

beforeAll(async () => {
  replica = await startReplica({ crossPosted: 0.3 });
});
afterAll(async () => {
  await replica?.close();
  await removeAll(dirs);
});

/** The job the replica made each posting a copy of, by posting id ('{site}:{site id}'). */
function truth(): Map<string, string> {
  const out = new Map<string, string>();
  for (const site of SITES) {
    for (const posting of replica.postings(site))
      out.set(`${site}:${posting.id}`, posting.jobKey ?? `${site}:${posting.id}`);
  }
  return out;
}

function pairs(groups: Map<string, string[]>): Set<string> {
  const out = new Set<string>();
  for (const ids of groups.values()) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]} ${sorted[j]}`);
  }
  return out;
}

function groupBy(ids: readonly string[], key: (id: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of ids) out.set(key(id), [...(out.get(key(id)) ?? []), id]);
  return out;
}

function databaseJobs(dir: string): Map<string, string | null> {
  const db = new Database(join(dir, 'ohmystack.db'), { readonly: true });
  try {
    const rows = db.prepare('SELECT id, job_id FROM postings').all() as {
      id: string;
      job_id: string | null;
    }[];
    return new Map(rows.map((row) => [row.id, row.job_id]));
  } finally {
    db.close();
  }
}

describe('job identity through the pipeline', () => {
  it('links the copies of one job across sites and keeps each posting its jobId in the next slot', async () => {
    const dir = await tempDir(dirs);
    const first = await runPipeline(replicaConfig(replica, dir));
    expect(first.status).toBe('ok');
    const rows = (await lakeRows(dir)).postings as { id: string; job_id: string }[];
    expect(rows).toHaveLength(300);
    expect(rows.every((row) => /^[0-9a-f]{16}$/.test(row.job_id))).toBe(true);

    const labels = truth();
    const jobOf = new Map(rows.map((row) => [row.id, row.job_id]));
    const ids = rows.map((row) => row.id);
    const linked = pairs(groupBy(ids, (id) => jobOf.get(id)!));
    const actual = pairs(groupBy(ids, (id) => labels.get(id)!));
    expect(actual.size).toBeGreaterThan(40);
    const right = [...linked].filter((pair) => actual.has(pair)).length;
    expect(right / linked.size).toBeGreaterThanOrEqual(0.95);
    expect(right / actual.size).toBeGreaterThanOrEqual(0.9);

    // The database holds the same job of every posting, and the work dir keeps the index for later runs.
    expect(databaseJobs(dir)).toEqual(jobOf);
    const index = await readFile(join(dir, 'work', 'state', 'jobs.jsonl'), 'utf8');
    expect(index.trim().split('\n')).toHaveLength(300);

    // Next slot: a tenth changed, closed and added per site; changed postings are written again.
    const mutation = replica.mutate({ fraction: 0.1 });
    const next = await runPipeline(
      replicaConfig(replica, dir, { runId: '20261129T1200', now: new Date(NOW.getTime() + 3 * 3600_000) }),
    );
    expect(next.status).toBe('ok');
    const changed = SITES.flatMap((site) => mutation[site].changed.map((id) => `${site}:${id}`));
    const after = databaseJobs(dir);
    expect(changed.length).toBeGreaterThan(0);
    for (const id of changed) expect(after.get(id), id).toBe(jobOf.get(id));
    for (const [id, job] of jobOf) expect(after.get(id), id).toBe(job);
    const added = SITES.flatMap((site) => mutation[site].added.map((id) => `${site}:${id}`));
    expect(added.every((id) => typeof after.get(id) === 'string')).toBe(true);
  });
});
