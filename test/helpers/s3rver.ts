// s3rver (a real S3-compatible server) on 127.0.0.1, an ephemeral port and a temp directory, with one
// bucket, plus a client for the test's own reads that bypasses any fault proxy.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** A running s3rver. */
export interface TestS3 {
  url: string;
  bucket: string;
  /** s3rver's fixed credentials. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** A client straight to s3rver (no proxy), for assertions. */
  client: S3Client;
  close(): Promise<void>;
}

/** Returns a started s3rver with `bucket` created. */
export async function startS3rver(bucket = 'lake'): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), 'ohmystack-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = (await server.run()) as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const client = new S3Client({ endpoint: url, forcePathStyle: true, region: 'us-east-1', credentials });
  return {
    url,
    bucket,
    credentials,
    client,
    async close() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
