// `query --athena` and `doctor` with Athena configured, against the Athena replica (Athena's JSON API
// answered by DuckDB over a local lake standing in for the S3 lake). Configured the way a deployment is:
// OHMYSTACK_S3_BUCKET/_PREFIX, OHMYSTACK_ATHENA_DATABASE/_OUTPUT and an endpoint in the config file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryLake } from '../../../src/query/query-lake.js';
import { athenaCatalog } from '../../../src/sinks/athena/index.js';
import { runDemo } from '../../../src/testing/demo.js';
import { type AthenaReplica, createAthenaReplica } from '../../../src/testing/index.js';
import { runCli } from './_cli-process.js';

const S3_LOCATION = 's3://ohmystack-lake/lake';
let dir: string;
let replica: AthenaReplica;
let env: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ohmystack-cli-athena-'));
  const demo = await runDemo({ out: join(dir, 'demo'), postings: 300, runId: '20261129T0900' });
  replica = await createAthenaReplica({ lakeDir: demo.lake, s3Location: S3_LOCATION, pollsUntilDone: 1 });
  // The pipeline creates the tables after a run; here the lake was written by the demo.
  const catalog = athenaCatalog({
    database: 'jobs',
    s3Location: S3_LOCATION,
    client: { endpoint: replica.url, region: replica.region, credentials: replica.credentials },
  });
  await catalog.createTables();
  await catalog.dispose();
  writeFileSync(
    join(dir, 'ohmystack.config.json'),
    JSON.stringify({ athena: { database: 'jobs', endpoint: replica.url, region: replica.region } }),
  );
  env = {
    OHMYSTACK_S3_BUCKET: 'ohmystack-lake',
    OHMYSTACK_S3_PREFIX: 'lake',
    // No S3 server listens there: the doctor's HeadBucket is refused at once, offline or not.
    OHMYSTACK_S3_ENDPOINT: 'http://127.0.0.1:9',
    OHMYSTACK_ATHENA_DATABASE: 'jobs',
    OHMYSTACK_ATHENA_OUTPUT: 's3://ohmystack-lake/athena-results/',
    AWS_ACCESS_KEY_ID: replica.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: replica.credentials.secretAccessKey,
    AWS_REGION: replica.region,
  };
}, 120_000);

afterAll(async () => {
  await replica?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ohmystack query --athena', () => {
  it('runs a canned trend on Athena and gets what DuckDB gets from the same lake', async () => {
    const result = await runCli(['query', '--athena', '--trend', 'job-family', '--json'], { cwd: dir, env });
    expect(result.code, result.stderr).toBe(0);
    const fromAthena = JSON.parse(result.stdout);
    const lake = await queryLake(join(dir, 'demo/lake'));
    try {
      expect(fromAthena).toEqual(await lake.demandByJobFamily());
    } finally {
      await lake.close();
    }
  });

  it('runs SQL on Athena and prints a table', async () => {
    const result = await runCli(
      ['query', '--athena', 'SELECT count(DISTINCT id) AS postings FROM postings'],
      {
        cwd: dir,
        env,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/postings\n─+\n\s*300\n/);
  });
});

describe('ohmystack doctor with Athena', () => {
  it('checks Athena with SELECT 1 and names what is configured', async () => {
    const result = await runCli(['doctor', '--json'], { cwd: dir, env });
    const { checks } = JSON.parse(result.stdout) as {
      checks: { name: string; status: string; detail: string }[];
    };
    const athena = checks.find((check) => check.name === 'athena');
    expect(athena).toEqual({ name: 'athena', status: 'ok', detail: 'database jobs: SELECT 1 ok' });
    // No S3 server: HeadBucket fails, and the doctor says so and exits 1.
    expect(checks.find((check) => check.name === 's3')).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/^s3:\/\/ohmystack-lake: /),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(replica.credentials.secretAccessKey);
  });
});
