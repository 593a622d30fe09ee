// s3Sink against s3rver (a real S3-compatible server on 127.0.0.1), with a fault proxy in front for 500s,
// slow answers, per-key delete failures and bodies cut off: layout and manifest, the conformance suite,
// the SDK's retries and the sink's own, manifest-last, multipart, idempotent reruns, abort, the run's
// signal, and no secrets in errors.
import { randomUUID } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isRetryable } from '../../../src/model/index.js';
import { filesOfDataset, parseManifest, sha256Hex } from '../../../src/sinks/lake/manifest.js';
import { parseJsonl } from '../../../src/sinks/lake/serialize-jsonl.js';
import { type S3SinkOptions, s3Sink } from '../../../src/sinks/s3/index.js';
import type { S3SdkModules } from '../../../src/sinks/s3/sdk.js';
import type { RunContext, RunManifest } from '../../../src/sinks/types.js';
import { featureRows, postingRow, rawPosting } from '../../helpers/lake-rows.js';
import { type S3FaultProxy, startS3FaultProxy } from '../../helpers/s3-fault-proxy.js';
import { startS3rver, type TestS3 } from '../../helpers/s3rver.js';
import { testSink } from '../../suites/sink.js';

const RUN: RunContext = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
let s3: TestS3;
let proxy: S3FaultProxy;

beforeAll(async () => {
  s3 = await startS3rver('lake');
  proxy = await startS3FaultProxy(s3.url);
});
afterAll(async () => {
  await proxy?.close();
  await s3?.close();
});

/** A sink through the proxy with one retry and fast backoffs; a fresh prefix per call unless given. */
function sink(options: Partial<S3SinkOptions> = {}) {
  return s3Sink({
    bucket: s3.bucket,
    prefix: `t-${randomUUID().slice(0, 8)}`,
    endpoint: proxy.url,
    forcePathStyle: true,
    region: 'us-east-1',
    client: { credentials: s3.credentials },
    retry: { limit: 1, backoffMs: 5 },
    ...options,
  });
}

/** The requests the proxy saw whose URL contains `text` (a prefix, a key), by method if given. */
function seen(text: string, method?: string) {
  return proxy.requests.filter((r) => r.url.includes(text) && (method === undefined || r.method === method));
}

async function keys(client: S3Client, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${prefix}/`, ContinuationToken: token }),
    );
    out.push(...(page.Contents ?? []).map((c) => c.Key!.slice(prefix.length + 1)));
    token = page.NextContinuationToken;
  } while (token);
  return out.sort();
}

async function get(key: string): Promise<Uint8Array | null> {
  try {
    const r = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return await r.Body!.transformToByteArray();
  } catch {
    return null;
  }
}

async function manifestOf(prefix: string, runId = RUN.runId): Promise<RunManifest | null> {
  const bytes = await get(`${prefix}/_manifests/${runId}.json`);
  return bytes ? parseManifest(JSON.parse(new TextDecoder().decode(bytes))) : null;
}

describe('s3Sink on s3rver', () => {
  it('writes the lake layout, manifest last, with sizes and hashes that match the objects', async () => {
    const prefix = `layout-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix });
    const postings = [1, 2, 3].map((i) => postingRow(i, RUN.runId));
    await lake.write({ dataset: 'raw', rows: [1, 2, 3].map(rawPosting) }, RUN);
    await lake.write({ dataset: 'postings', rows: postings }, RUN);
    await lake.write({ dataset: 'features', rows: featureRows(postings) }, RUN);
    expect(await manifestOf(prefix)).toBeNull();
    const result = await lake.commit(RUN);
    expect(result.rows).toEqual({ raw: 3, postings: 3, features: 9 });
    const part = 'dt=2026-11-29/hr=09/20261129T0900-00000';
    expect(await keys(s3.client, prefix)).toEqual([
      '_manifests/20261129T0900.json',
      `features/${part}.jsonl`,
      `features/${part}.parquet`,
      `postings/${part}.jsonl`,
      `postings/${part}.parquet`,
      `raw/${part}.jsonl`,
    ]);
    const manifest = (await manifestOf(prefix))!;
    expect(manifest).toEqual(result.manifest);
    for (const file of manifest.files) {
      const bytes = (await get(`${prefix}/${file.key}`))!;
      expect(bytes.byteLength).toBe(file.bytes);
      expect(sha256Hex(bytes)).toBe(file.sha256);
    }
    const jsonl = filesOfDataset(manifest, 'postings', ['jsonl'])[0]!;
    expect(parseJsonl((await get(`${prefix}/${jsonl.key}`))!)).toEqual(postings);
    await lake.dispose?.();
  });

  it('leaves 500s to the SDK: retry.limit 3 is four attempts, the fourth lands the part', async () => {
    const prefix = `retry-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'], retry: { limit: 3, backoffMs: 5 } });
    proxy.fail(3, (method, url) => method === 'PUT' && url.includes(`${prefix}/postings/`));
    await lake.write({ dataset: 'postings', rows: [postingRow(1, RUN.runId)] }, RUN);
    expect(seen(`${prefix}/postings/`, 'PUT').map((r) => r.outcome)).toEqual([
      'failed',
      'failed',
      'failed',
      'forwarded',
    ]);
    const result = await lake.commit(RUN);
    expect(result.manifest?.files.map((f) => f.key)).toEqual([
      'postings/dt=2026-11-29/hr=09/20261129T0900-00000.jsonl',
    ]);
    await lake.dispose?.();
  });

  it('writes no manifest while a part keeps failing; after recovery it lists exactly the parts', async () => {
    const prefix = `fail-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'], partSize: 2, retry: 2 });
    const failing = (method: string, url: string) =>
      method === 'PUT' && url.includes(prefix) && url.includes('-00001.jsonl');
    proxy.fail(1000, failing);
    const rows = [1, 2, 3, 4].map((i) => postingRow(i, RUN.runId));
    const writing = lake.write({ dataset: 'postings', rows }, RUN);
    const error = await writing.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SinkWriteError', code: 'sink_write_failed' });
    expect(isRetryable(error)).toBe(true);
    // The SDK's three attempts (retry 2), and no whole-upload retries on top.
    expect(seen('-00001.jsonl', 'PUT').filter((r) => r.url.includes(prefix))).toHaveLength(3);
    expect(await manifestOf(prefix)).toBeNull();
    await expect(lake.commit(RUN)).rejects.toMatchObject({ name: 'SinkWriteError' });
    expect(await manifestOf(prefix)).toBeNull();
    // Part 00000 reached S3 but no manifest lists it; abort removes it.
    expect(await keys(s3.client, prefix)).toEqual(['postings/dt=2026-11-29/hr=09/20261129T0900-00000.jsonl']);
    await lake.abort(RUN);
    expect(await keys(s3.client, prefix)).toEqual([]);

    proxy.clear();
    await lake.write({ dataset: 'postings', rows }, RUN);
    await lake.commit(RUN);
    const manifest = (await manifestOf(prefix))!;
    const listed = manifest.files.map((f) => f.key);
    expect(listed).toEqual([
      'postings/dt=2026-11-29/hr=09/20261129T0900-00000.jsonl',
      'postings/dt=2026-11-29/hr=09/20261129T0900-00001.jsonl',
    ]);
    expect(await keys(s3.client, prefix)).toEqual(['_manifests/20261129T0900.json', ...listed]);
    expect(manifest.rows.postings).toBe(4);
    await lake.dispose?.();
  });

  it('rides out slow answers: the request times out, the retry goes through', async () => {
    const prefix = `slow-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'], requestTimeoutMs: 300, retry: 2 });
    proxy.delay(2, 1200, (method, url) => method === 'PUT' && url.includes(`${prefix}/`));
    await lake.write({ dataset: 'postings', rows: [postingRow(1, RUN.runId)] }, RUN);
    // A third PUT means the client gave up on both held requests at its 300 ms timeout instead of
    // waiting them out; the third stored the part.
    expect(seen(`${prefix}/`, 'PUT').map((r) => r.outcome)).toEqual(['delayed', 'delayed', 'forwarded']);
    const result = await lake.commit(RUN);
    expect(result.rows.postings).toBe(1);
    expect((await manifestOf(prefix))?.files).toHaveLength(1);
    await lake.dispose?.();
  });

  it('uploads a part above the threshold as a multipart upload', async () => {
    const prefix = `multi-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'], multipartThresholdBytes: 1024 });
    const postings = Array.from({ length: 9000 }, (_, i) =>
      postingRow(i, RUN.runId, { title: `개발자 ${'가'.repeat(200)} ${i}` }),
    );
    await lake.write({ dataset: 'postings', rows: postings }, RUN);
    const result = await lake.commit(RUN);
    const file = result.manifest!.files[0]!;
    expect(file.bytes).toBeGreaterThan(5 * 1024 * 1024);
    const ours = proxy.requests.filter((r) => r.url.includes(`${prefix}/postings/`));
    expect(ours.some((r) => r.method === 'POST' && r.url.includes('uploads'))).toBe(true);
    expect(
      ours.filter((r) => r.method === 'PUT' && r.url.includes('partNumber=')).length,
    ).toBeGreaterThanOrEqual(2);
    const head = await s3.client.send(
      new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}/${file.key}` }),
    );
    expect(head.ContentLength).toBe(file.bytes);
    expect(sha256Hex((await get(`${prefix}/${file.key}`))!)).toBe(file.sha256);
    await lake.dispose?.();
  });

  it('reruns idempotently: same keys overwritten, keys the new manifest drops deleted', async () => {
    const prefix = `rerun-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, partSize: 2 });
    const rows = [1, 2, 3, 4].map((i) => postingRow(i, RUN.runId));
    await lake.write({ dataset: 'postings', rows }, RUN);
    const first = await lake.commit(RUN);
    expect(await lake.commit(RUN)).toEqual(first);
    await lake.write({ dataset: 'postings', rows }, RUN);
    expect((await lake.commit(RUN)).manifest?.files.map((f) => f.key)).toEqual(
      first.manifest?.files.map((f) => f.key),
    );
    await lake.write({ dataset: 'postings', rows: rows.slice(0, 2) }, RUN);
    const smaller = await lake.commit(RUN);
    expect(smaller.rows.postings).toBe(2);
    expect(await keys(s3.client, prefix)).toEqual(
      ['_manifests/20261129T0900.json', ...smaller.manifest!.files.map((f) => f.key)].sort(),
    );
    await lake.dispose?.();
  });

  it('never puts credentials in errors', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const prefix = `secret-${randomUUID().slice(0, 8)}`;
    const lake = sink({
      prefix,
      formats: ['jsonl'],
      client: { credentials: { accessKeyId: 'TESTKEYID0000EXAMPLE', secretAccessKey: secret } },
    });
    proxy.fail(100, (_m, url) => url.includes(prefix));
    const error = await lake
      .write({ dataset: 'postings', rows: [postingRow(1, RUN.runId)] }, RUN)
      .catch((e) => e);
    proxy.clear();
    const text = `${String(error)} ${JSON.stringify(error)} ${String((error as Error).cause)} ${(error as Error).stack}`;
    expect(error).toMatchObject({ name: 'SinkWriteError' });
    expect(text).not.toContain(secret);
    expect(text).not.toContain('TESTKEYID0000EXAMPLE');
    await lake.dispose?.();
  });

  it('deletes again the keys a DeleteObjects answer lists as not deleted (S3 answered 200)', async () => {
    const prefix = `delete-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'], partSize: 1 });
    const rows = [1, 2].map((i) => postingRow(i, RUN.runId));
    await lake.write({ dataset: 'postings', rows }, RUN);
    await lake.commit(RUN);
    const stale = `${prefix}/postings/dt=2026-11-29/hr=09/20261129T0900-00001.jsonl`;
    proxy.reply(
      1,
      (method, url) => method === 'POST' && url.includes('delete'),
      200,
      `<?xml version="1.0" encoding="UTF-8"?>\n<DeleteResult><Error><Key>${stale}</Key><Code>InternalError</Code><Message>try again</Message></Error></DeleteResult>`,
    );
    const before = proxy.requests.length;
    // A rerun with one part: commit deletes part 00001, which the first DeleteObjects leaves in place.
    await lake.write({ dataset: 'postings', rows: rows.slice(0, 1) }, RUN);
    await lake.commit(RUN);
    const deletes = proxy.requests
      .slice(before)
      .filter((r) => r.method === 'POST' && r.url.includes('delete'));
    expect(deletes.map((r) => r.outcome)).toEqual(['replied', 'forwarded']);
    expect(await keys(s3.client, prefix)).toEqual([
      '_manifests/20261129T0900.json',
      'postings/dt=2026-11-29/hr=09/20261129T0900-00000.jsonl',
    ]);
    await lake.dispose?.();
  });

  it('reads a manifest again when its body breaks off halfway', async () => {
    const prefix = `cut-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'] });
    await lake.write({ dataset: 'postings', rows: [postingRow(1, RUN.runId)] }, RUN);
    const { manifest } = await lake.commit(RUN);
    const manifestGet = (method: string, url: string) =>
      method === 'GET' && url.includes(`${prefix}/_manifests/`);
    proxy.cut(1, manifestGet);
    // abort() reads the committed manifest to keep what it lists; a broken read must not lose them.
    await lake.abort(RUN);
    expect(seen(`${prefix}/_manifests/`, 'GET').map((r) => r.outcome)).toEqual(['cut', 'forwarded']);
    expect(await keys(s3.client, prefix)).toEqual(
      ['_manifests/20261129T0900.json', ...manifest!.files.map((f) => f.key)].sort(),
    );
    await lake.dispose?.();
  });

  it("stops at the run's signal while the SDK backs off: AbortedError, no request after it", async () => {
    const prefix = `signal-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'], retry: { limit: 10, backoffMs: 5 } });
    proxy.fail(1000, (method, url) => method === 'PUT' && url.includes(`${prefix}/`));
    const controller = new AbortController();
    const writing = lake
      .write({ dataset: 'postings', rows: [postingRow(1, RUN.runId)] }, { ...RUN, signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.waitFor(() => expect(seen(`${prefix}/`, 'PUT').length).toBeGreaterThan(0));
    controller.abort();
    const error = await writing;
    proxy.clear();
    expect(error).toMatchObject({ name: 'AbortError', code: 'aborted', sink: 's3', runId: RUN.runId });
    const puts = seen(`${prefix}/`, 'PUT').length;
    expect(puts).toBeLessThan(11);
    // Nothing the write started keeps sending after it has returned.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen(`${prefix}/`, 'PUT')).toHaveLength(puts);
    await lake.dispose?.();
  });

  it("stops at the run's signal in its own backoff (a delete S3 keeps refusing)", async () => {
    const prefix = `signal-delete-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'], partSize: 1, retry: { limit: 5, backoffMs: 60_000 } });
    const rows = [1, 2].map((i) => postingRow(i, RUN.runId));
    await lake.write({ dataset: 'postings', rows }, RUN);
    await lake.commit(RUN);
    const stale = `${prefix}/postings/dt=2026-11-29/hr=09/20261129T0900-00001.jsonl`;
    const deletes = (method: string, url: string) => method === 'POST' && url.includes('delete');
    proxy.reply(
      1000,
      deletes,
      200,
      `<?xml version="1.0" encoding="UTF-8"?>\n<DeleteResult><Error><Key>${stale}</Key><Code>SlowDown</Code><Message>slow down</Message></Error></DeleteResult>`,
    );
    const controller = new AbortController();
    const run = { ...RUN, signal: controller.signal };
    await lake.write({ dataset: 'postings', rows: rows.slice(0, 1) }, run);
    const before = proxy.requests.length;
    const committing = lake.commit(run).catch((e: unknown) => e);
    await vi.waitFor(() =>
      expect(proxy.requests.slice(before).some((r) => r.outcome === 'replied')).toBe(true),
    );
    controller.abort();
    const error = await committing;
    proxy.clear();
    expect(error).toMatchObject({ name: 'AbortError', code: 'aborted', sink: 's3' });
    const sent = proxy.requests.slice(before).filter((r) => r.outcome === 'replied').length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(proxy.requests.slice(before).filter((r) => r.outcome === 'replied')).toHaveLength(sent);
    await lake.dispose?.();
  });

  it('takes the AWS SDK modules as lib instead of importing them', async () => {
    const lib: S3SdkModules = {
      s3: await import('@aws-sdk/client-s3'),
      storage: await import('@aws-sdk/lib-storage'),
    };
    const prefix = `lib-${randomUUID().slice(0, 8)}`;
    const lake = sink({ prefix, formats: ['jsonl'], lib });
    await lake.write({ dataset: 'postings', rows: [postingRow(1, RUN.runId)] }, RUN);
    expect((await lake.commit(RUN)).rows.postings).toBe(1);
    await lake.dispose?.();
  });
});

// The shared conformance suite, reading back through manifests as a lake reader would.
const prefixes = new WeakMap<object, string>();
testSink({
  name: 's3',
  capabilities: {
    modes: ['replace'],
    atomicCommit: true,
    partitions: true,
    query: false,
    formats: ['jsonl'],
  },
  make: () => {
    const prefix = `suite-${randomUUID().slice(0, 8)}`;
    const made = sink({ prefix, formats: ['jsonl'] });
    prefixes.set(made, prefix);
    return made;
  },
  read: async (made, dataset) => {
    const prefix = prefixes.get(made)!;
    const rows: Record<string, unknown>[] = [];
    for (const key of await keys(s3.client, prefix)) {
      if (!key.startsWith('_manifests/')) continue;
      const manifest = parseManifest(JSON.parse(new TextDecoder().decode((await get(`${prefix}/${key}`))!)));
      for (const file of filesOfDataset(manifest, dataset, ['jsonl']))
        rows.push(...parseJsonl((await get(`${prefix}/${file.key}`))!));
    }
    return rows;
  },
});
