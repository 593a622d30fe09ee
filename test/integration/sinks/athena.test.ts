// athenaCatalog against the Athena replica (a real HTTP server speaking Athena's JSON protocol, answering
// from DuckDB over a lake the file sink wrote): DDL shape, table creation, paginated typed results,
// failures as typed errors, and the canned trend queries matching DuckDB over the same lake.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AthenaClient } from '@aws-sdk/client-athena';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryLake } from '../../../src/query/query-lake.js';
import { AthenaQueryError } from '../../../src/sinks/athena/athena-query-error.js';
import { athenaDdl } from '../../../src/sinks/athena/ddl.js';
import { athenaCatalog } from '../../../src/sinks/athena/index.js';
import type { AthenaModule } from '../../../src/sinks/athena/sdk.js';
import type { AwsClientLike } from '../../../src/sinks/aws/sdk.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import type { RunContext } from '../../../src/sinks/types.js';
import { type AthenaReplica, createAthenaReplica } from '../../../src/testing/index.js';
import { featureRows, postingRow, rawPosting } from '../../helpers/lake-rows.js';

const RUNS: RunContext[] = [
  { runId: '20261123T0900', dt: '2026-11-23', hr: '09' },
  { runId: '20261129T0900', dt: '2026-11-29', hr: '09' },
  { runId: '20261129T1200', dt: '2026-11-29', hr: '12' },
];
// Postings per run: some stay, some close, some are new — so newVsClosed has both kinds.
const IDS = [
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  [5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
];
const S3_LOCATION = 's3://ohmystack-lake/lake';

let dir: string;
let replica: AthenaReplica;
const catalog = (pageSize?: number) =>
  athenaCatalog({
    database: 'jobs',
    s3Location: S3_LOCATION,
    outputLocation: 's3://ohmystack-lake/athena-results/',
    client: {
      endpoint: replica.url,
      region: replica.region,
      credentials: replica.credentials,
      maxAttempts: 1,
    },
    poll: { backoffMs: 5, maxBackoffMs: 20 },
    ...(pageSize ? { pageSize } : {}),
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ohmystack-athena-'));
  const sink = fileSink({ dir, formats: ['parquet'] });
  for (const [index, run] of RUNS.entries()) {
    const postings = IDS[index]!.map((i) => postingRow(i, run.runId));
    await sink.write({ dataset: 'raw', rows: IDS[index]!.map(rawPosting) }, run);
    await sink.write({ dataset: 'postings', rows: postings }, run);
    await sink.write({ dataset: 'features', rows: featureRows(postings) }, run);
    await sink.commit(run);
  }
  replica = await createAthenaReplica({ lakeDir: dir, s3Location: S3_LOCATION });
});
afterAll(async () => {
  await replica?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Athena DDL', () => {
  const [database, raw, postings, features] = athenaDdl({ database: 'jobs', s3Location: `${S3_LOCATION}/` });

  it('declares the database, then raw, postings and features', () => {
    expect(database).toBe('CREATE DATABASE IF NOT EXISTS `jobs`');
    expect(raw).toMatch(/^CREATE EXTERNAL TABLE IF NOT EXISTS `jobs`\.`raw` \(/);
    expect(postings).toMatch(/^CREATE EXTERNAL TABLE IF NOT EXISTS `jobs`\.`postings` \(/);
    expect(features).toMatch(/^CREATE EXTERNAL TABLE IF NOT EXISTS `jobs`\.`features` \(/);
  });

  it.each([
    ['postings', () => postings],
    ['features', () => features],
  ])('projects dt and hr for %s, with a location template and no repair step', (dataset, ddl) => {
    const sql = ddl()!;
    expect(sql).toContain('PARTITIONED BY (`dt` string, `hr` string)');
    expect(sql).toContain('STORED AS PARQUET');
    expect(sql).toContain(`LOCATION '${S3_LOCATION}/${dataset}/'`);
    for (const property of [
      "'projection.enabled' = 'true'",
      "'projection.dt.type' = 'date'",
      "'projection.dt.range' = '2024-01-01,NOW'",
      "'projection.dt.format' = 'yyyy-MM-dd'",
      "'projection.hr.type' = 'integer'",
      "'projection.hr.range' = '0,23'",
      "'projection.hr.digits' = '2'",
      `'storage.location.template' = '${S3_LOCATION}/${dataset}/dt=\${dt}/hr=\${hr}/'`,
    ])
      expect(sql).toContain(property);
  });

  it('declares lists as array<string> and numbers as double, as the Parquet parts hold them', () => {
    expect(postings).toContain('`stacks` array<string>');
    expect(postings).toContain('`career_min` double');
  });

  it('keeps raw as JSON (the lake writes raw postings as JSONL only) and honours format json', () => {
    expect(raw).toContain("ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe'");
    const json = athenaDdl({ database: 'jobs', s3Location: S3_LOCATION, format: 'json' });
    expect(json[2]).toContain('JsonSerDe');
    expect(() => athenaDdl({ database: 'jobs', s3Location: 'https://example.com' })).toThrow(TypeError);
  });
});

describe('athenaCatalog against the Athena replica', () => {
  it('creates the tables (four statements, each polled to SUCCEEDED) and reads every dataset', async () => {
    const athena = catalog();
    replica.resetCalls();
    await athena.createTables();
    expect(replica.calls.StartQueryExecution).toBe(4);
    // QUEUED, RUNNING, SUCCEEDED: three polls per statement.
    expect(replica.calls.GetQueryExecution).toBe(12);
    expect(replica.unauthorized).toBe(0);
    const counts = await athena.query(
      'SELECT (SELECT count(*) FROM raw) AS raw, (SELECT count(*) FROM postings) AS postings, (SELECT count(*) FROM features) AS features',
    );
    const total = IDS.flat().length;
    expect(counts).toEqual([{ raw: total, postings: total, features: total * 3 }]);
    await athena.dispose();
  });

  it('pages through results with NextToken and types every column', async () => {
    const athena = catalog(4);
    await athena.createTables();
    replica.resetCalls();
    const rows = await athena.query(
      `SELECT id, career_min, CAST(career_min AS INTEGER) AS years, CAST(1 AS BIGINT) AS one, military_industrial,
        stacks, CAST(dt AS DATE) AS day, CAST('2026-11-29 09:00:00' AS TIMESTAMP) AS at, sido, dt, hr
      FROM postings WHERE dt = ? AND hr = ? ORDER BY id`,
      ['2026-11-29', '09'],
    );
    expect(rows).toHaveLength(11);
    // 11 rows + the header at 4 per page.
    expect(replica.calls.GetQueryResults).toBe(3);
    const first = rows[0]!;
    expect(first).toEqual({
      id: 'jumpit:10',
      career_min: 2,
      years: 2,
      one: 1,
      military_industrial: true,
      stacks: postingRow(10, '').stacks,
      day: '2026-11-29',
      at: new Date('2026-11-29T09:00:00Z'),
      sido: null,
      dt: '2026-11-29',
      hr: '09',
    });
    expect(rows.map((r) => r.id)).toEqual([...IDS[1]!].map((i) => `jumpit:${i}`).sort());
    await athena.dispose();
  });

  it('turns a FAILED query into AthenaQueryError with the state-change reason', async () => {
    const athena = catalog();
    await athena.createTables();
    const error = await athena.query('SELECT no_such_column FROM postings').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AthenaQueryError);
    expect(error).toMatchObject({ state: 'FAILED', code: 'query_failed', retryable: false });
    expect((error as AthenaQueryError).reason).toMatch(/no_such_column/);
    expect((error as AthenaQueryError).queryExecutionId).toMatch(/[0-9a-f-]{36}/);
    await athena.dispose();
  });

  it('stops the query when the caller aborts while it waits between polls', async () => {
    const controller = new AbortController();
    const sdkClient = new AthenaClient({
      endpoint: replica.url,
      region: replica.region,
      credentials: replica.credentials,
    });
    // The caller aborts as soon as the first poll has answered RUNNING: the catalog is then in its wait.
    const client: AwsClientLike = {
      async send(command, options) {
        const output = await sdkClient.send(command as never, options);
        if (command.constructor.name === 'GetQueryExecutionCommand') controller.abort();
        return output;
      },
      destroy: () => sdkClient.destroy(),
    };
    const athena = athenaCatalog({
      database: 'jobs',
      s3Location: S3_LOCATION,
      client,
      poll: { backoffMs: 60_000 },
    });
    replica.resetCalls();
    const error = await athena.query('SELECT 1', [], { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError', code: 'aborted', sink: 'athena' });
    expect(replica.calls.GetQueryExecution).toBe(1);
    expect(replica.calls.StopQueryExecution).toBe(1);
    await athena.dispose();
    sdkClient.destroy();
  });

  it('takes the AWS SDK module as lib instead of importing it', async () => {
    const lib: AthenaModule = await import('@aws-sdk/client-athena');
    const athena = athenaCatalog({
      database: 'jobs',
      s3Location: S3_LOCATION,
      client: { endpoint: replica.url, region: replica.region, credentials: replica.credentials },
      lib,
      poll: { backoffMs: 5 },
    });
    expect(await athena.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await athena.dispose();
  });

  it('refuses unsigned requests', async () => {
    const response = await fetch(replica.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AmazonAthena.StartQueryExecution',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: JSON.stringify({ QueryString: 'SELECT 1' }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
  });

  it('answers the canned trend queries as DuckDB does over the same lake', async () => {
    const athena = catalog(7);
    await athena.createTables();
    const lake = await queryLake(dir);
    try {
      const plain = (rows: unknown[]) =>
        JSON.parse(JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)));
      const week = await athena.stackDemandByWeek();
      // 23 and 29 November share one ISO week (Monday the 23rd): one week, five stacks.
      expect(week).toHaveLength(5);
      expect(week).toEqual(plain(await lake.stackDemandByWeek()));
      expect(await athena.stackDemandByRegion()).toEqual(plain(await lake.stackDemandByRegion()));
      expect(await athena.demandByJobFamily()).toEqual(plain(await lake.demandByJobFamily()));
      const churn = await athena.newVsClosed();
      expect(churn).toEqual(plain(await lake.newVsClosed()));
      // 1 and 2 are gone after the 23rd; the lake's last day closes nothing.
      expect(churn).toEqual([
        { dt: '2026-11-23', new_postings: 10, closed_postings: 2 },
        { dt: '2026-11-29', new_postings: 4, closed_postings: 0 },
      ]);
    } finally {
      await lake.close();
      await athena.dispose();
    }
  });
});
