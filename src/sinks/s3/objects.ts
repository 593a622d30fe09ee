// The S3 calls the sink makes, each a small function over an injected client: put (single PUT or
// multipart), confirm, list, delete, get. The SDK modules load lazily (they are heavy).
import { createHash } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';

/** How {@link putObject} uploads. */
export interface PutObjectOptions {
  /** Above this many bytes, a multipart upload. */
  multipartThresholdBytes: number;
  /** Bytes per multipart part (S3's minimum is 5 MiB). */
  uploadPartSizeBytes: number;
  contentType: string;
  signal?: AbortSignal;
}

/** What an upload left in S3, as far as the client saw. */
export interface PutResult {
  etag: string | undefined;
  multipart: boolean;
}

/**
 * Uploads bytes under `key`: one PutObject (atomic per object in S3) or, above the threshold, a
 * multipart upload through lib-storage's Upload, which S3 only assembles into the object on completion —
 * so either way readers never see a partial object.
 *
 * @example await putObject(client, 'lake', 'postings/…/20261129T0900-00000.parquet', bytes, options)
 * @throws the SDK's error when S3 refuses.
 */
export async function putObject(
  client: S3Client,
  bucket: string,
  key: string,
  bytes: Uint8Array,
  options: PutObjectOptions,
): Promise<PutResult> {
  if (bytes.byteLength > options.multipartThresholdBytes) {
    const { Upload } = await import('@aws-sdk/lib-storage');
    const upload = new Upload({
      client,
      params: { Bucket: bucket, Key: key, Body: bytes, ContentType: options.contentType },
      partSize: options.uploadPartSizeBytes,
      queueSize: 4,
      // A failed upload aborts its multipart upload, so no orphan parts are billed.
      leavePartsOnError: false,
    });
    const onAbort = () => void upload.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const done = await upload.done();
      return { etag: done.ETag, multipart: bytes.byteLength > options.uploadPartSizeBytes };
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const md5 = createHash('md5').update(bytes).digest('base64');
  const put = await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: bytes,
      ContentType: options.contentType,
      ContentMD5: md5,
    }),
    { abortSignal: options.signal },
  );
  return { etag: put.ETag, multipart: false };
}

/**
 * Returns null when `key` holds exactly `bytes` bytes (and, for a single PUT, the same MD5 as its ETag),
 * else what differs. HEAD is what the manifest trusts: a part is listed only after S3 shows it.
 *
 * @example await confirmObject(client, 'lake', key, 1024, md5Hex) // null
 * @throws the SDK's error on anything but 404.
 */
export async function confirmObject(
  client: S3Client,
  bucket: string,
  key: string,
  expected: { bytes: number; md5?: string },
  signal?: AbortSignal,
): Promise<string | null> {
  const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), {
      abortSignal: signal,
    });
    if (head.ContentLength !== expected.bytes) return `size ${head.ContentLength} ≠ ${expected.bytes}`;
    const etag = head.ETag?.replaceAll('"', '');
    if (expected.md5 && etag && !etag.includes('-') && etag !== expected.md5)
      return `ETag ${etag} ≠ MD5 ${expected.md5}`;
    return null;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
      return 'missing';
    throw error;
  }
}

/**
 * Returns every key under `prefix` (all pages of ListObjectsV2).
 *
 * @example await listKeys(client, 'lake', 'ohmystack/postings/dt=2026-11-29/hr=09/20261129T0900-')
 */
export async function listKeys(
  client: S3Client,
  bucket: string,
  prefix: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      { abortSignal: signal },
    );
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/**
 * Deletes keys, 1000 per DeleteObjects call (S3's limit).
 *
 * @example await deleteKeys(client, 'lake', ['a', 'b'])
 * @throws Error naming the first key S3 refused to delete.
 */
export async function deleteKeys(
  client: S3Client,
  bucket: string,
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<void> {
  const { DeleteObjectsCommand } = await import('@aws-sdk/client-s3');
  for (let start = 0; start < keys.length; start += 1000) {
    const chunk = keys.slice(start, start + 1000);
    const result = await client.send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: { Objects: chunk.map((Key) => ({ Key })), Quiet: true },
      }),
      { abortSignal: signal },
    );
    const failed = result.Errors?.[0];
    if (failed)
      throw new Error(`DeleteObjects refused ${failed.Key}: ${failed.Code} ${failed.Message ?? ''}`);
  }
}

/**
 * Returns the object's bytes, or null when it does not exist.
 *
 * @example await getObject(client, 'lake', 'ohmystack/_manifests/20261129T0900.json')
 * @throws the SDK's error on anything but 404/NoSuchKey.
 */
export async function getObject(
  client: S3Client,
  bucket: string,
  key: string,
  signal?: AbortSignal,
): Promise<Uint8Array | null> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  try {
    const result = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), {
      abortSignal: signal,
    });
    return result.Body ? await result.Body.transformToByteArray() : new Uint8Array();
  } catch (error) {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404) return null;
    throw error;
  }
}
