// The production configuration end to end: the lake on S3 (s3rver), the database on the real PostgreSQL
// server, Athena tables created by the run (the Athena replica), secrets only from the environment.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.js';
import { queryLake } from '../../../src/query/query-lake.js';
import { athenaCatalog } from '../../../src/sinks/athena/index.js';
import type { AthenaReplica } from '../../../src/testing/athena/types.js';
import { createAthenaReplica } from '../../../src/testing/index.js';
import type { SiteReplica } from '../../../src/testing/replica/types.js';
import { startS3rver, type TestS3 } from '../../helpers/s3rver.js';
import { RUN_ID, removeAll, replicaConfig, startReplica, tempDir } from './_pipeline-fixture.js';

const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `ohmystack_pipeline_${process.pid}_${Date.now().toString(36)}`;
const PREFIX = 'jobs';

async function postgresUp(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
const pgAvailable = await postgresUp();
if (!pgAvailable && process.env.CI !== 'true')
  console.warn(
    '\n!!! PostgreSQL at 127.0.0.1:5432 is not reachable: the production pipeline test is skipped !!!\n',
  );

const dirs: string[] = [];
let sites: SiteReplica;
let s3: TestS3;
let athena: AthenaReplica;
let mirror: string;

beforeAll(async () => {
  sites = await startReplica();
  s3 = await startS3rver('lake');
  mirror = await mkdtemp(join(tmpdir(), 'ohmystack-s3-mirror-'));
  // The Athena replica answers from a local copy of the S3 lake, made after the run.
  athena = await createAthenaReplica({
    lakeDir: mirror,
    s3Location: `s3://lake/${PREFIX}`,
    region: 'us-east-1',
  });
  // The AWS SDK's usual credential chain: the environment (s3rver accepts its fixed pair, the replica any).
  process.env.AWS_ACCESS_KEY_ID = s3.credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = s3.credentials.secretAccessKey;
});
afterAll(async () => {
  await sites?.close();
  await athena?.close();
  await s3?.close();
  await rm(mirror, { recursive: true, force: true });
  await removeAll(dirs);
  if (pgAvailable) {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
  }
});

/** Copies every object under the lake prefix to the mirror directory, as `aws s3 sync` would. */
async function syncLake(): Promise<number> {
  const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: 'lake', Prefix: `${PREFIX}/` }));
  for (const object of listed.Contents ?? []) {
    const body = await s3.client.send(new GetObjectCommand({ Bucket: 'lake', Key: object.Key! }));
    const path = join(mirror, object.Key!.slice(PREFIX.length + 1));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await body.Body!.transformToByteArray());
  }
  return listed.KeyCount ?? 0;
}

describe.skipIf(!pgAvailable && process.env.CI !== 'true')(
  'runPipeline with S3, Athena and PostgreSQL',
  () => {
    it('loads the lake on S3 and PostgreSQL, creates the Athena tables, and keeps the password out of the report', async () => {
      const dir = await tempDir(dirs);
      const databaseUrl = PG_URL.replace('postgres@', 'postgres:not-a-real-password@');
      const report = await runPipeline(
        replicaConfig(sites, dir, {
          lake: {
            s3: {
              bucket: 'lake',
              prefix: PREFIX,
              endpoint: s3.url,
              forcePathStyle: true,
              region: 'us-east-1',
            },
          },
          database: { dialect: 'postgres', schema: SCHEMA },
          athena: {
            database: 'jobs',
            outputLocation: 's3://lake/athena-results/',
            endpoint: athena.url,
            region: 'us-east-1',
          },
          env: { OHMYSTACK_DATABASE_URL: databaseUrl },
        }),
      );

      expect(report.status).toBe('ok');
      expect(report.sinks.map((sink) => [sink.sink, sink.status])).toEqual([
        ['s3', 'committed'],
        ['sql', 'committed'],
        ['athena', 'committed'],
      ]);
      expect(report.sinks[0]!.manifest).toBe(`_manifests/${RUN_ID}.json`);
      expect(JSON.stringify(report)).not.toContain('not-a-real-password');
      expect(athena.calls.StartQueryExecution).toBeGreaterThanOrEqual(4);

      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      const { rows } = await client.query(`SELECT COUNT(*)::int AS n FROM ${SCHEMA}.postings`);
      await client.end();
      expect(rows[0].n).toBe(300);

      // Athena over the lake on S3 answers what DuckDB answers over the same files.
      expect(await syncLake()).toBeGreaterThan(3);
      const catalog = athenaCatalog({
        database: 'jobs',
        s3Location: `s3://lake/${PREFIX}`,
        outputLocation: 's3://lake/athena-results/',
        client: { endpoint: athena.url, region: 'us-east-1', credentials: athena.credentials },
        pollInitialMs: 5,
        pollMaxMs: 20,
      });
      const local = await queryLake(mirror);
      try {
        const fromAthena = await catalog.demandByJobFamily();
        expect(fromAthena.length).toBeGreaterThan(0);
        expect(fromAthena).toEqual(await local.demandByJobFamily());
      } finally {
        await catalog.dispose();
        await local.close();
      }
    });
  },
);
