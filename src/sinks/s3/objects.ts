// The S3 calls the sink makes, each a small function over one connection: put (single PUT or multipart),
// confirm, list, delete, get. The SDK retries each request itself; the two retries here cover what it
// cannot see (retry.ts says which).
import { createHash } from 'node:crypto';
import type { ResolvedRetryOptions } from '../../model/retry.js';
import type { AwsClientLike } from '../aws/sdk.js';
import { isRetryableS3Error, withS3Retry } from './retry.js';
import type { S3Module, S3StorageModule } from './sdk.js';

/** A client, its SDK module and the bucket: what every call below works on. */
export interface S3Connection {
  client: AwsClientLike;
  sdk: S3Module;
  bucket: string;
  /** lib-storage, loaded on the first multipart upload. */
  storage(): Promise<S3StorageModule>;
  /** The sink's own retries (failed keys of a delete, a download cut off). */
  retry: ResolvedRetryOptions;
}

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
 * @example await putObject(s3, 'postings/…/20261129T0900-00000.parquet', bytes, options)
 * @throws the SDK's error when S3 refuses after the SDK's retries.
 */
export async function putObject(
  s3: S3Connection,
  key: string,
  bytes: Uint8Array,
  options: PutObjectOptions,
): Promise<PutResult> {
  if (bytes.byteLength > options.multipartThresholdBytes) {
    const { Upload } = await s3.storage();
    const upload = new Upload({
      client: s3.client as never,
      params: { Bucket: s3.bucket, Key: key, Body: bytes, ContentType: options.contentType },
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
  const md5 = createHash('md5').update(bytes).digest('base64');
  const put = (await s3.client.send(
    new s3.sdk.PutObjectCommand({
      Bucket: s3.bucket,
      Key: key,
      Body: bytes,
      ContentType: options.contentType,
      ContentMD5: md5,
    }),
    { abortSignal: options.signal },
  )) as { ETag?: string };
  return { etag: put.ETag, multipart: false };
}

/**
 * Returns null when `key` holds exactly `bytes` bytes (and, for a single PUT, the same MD5 as its ETag),
 * else what differs. HEAD is what the manifest trusts: a part is listed only after S3 shows it.
 *
 * @example await confirmObject(s3, key, { bytes: 1024, md5: md5Hex }) // null
 * @throws the SDK's error on anything but 404.
 */
export async function confirmObject(
  s3: S3Connection,
  key: string,
  expected: { bytes: number; md5?: string },
  signal?: AbortSignal,
): Promise<string | null> {
  try {
    const head = (await s3.client.send(new s3.sdk.HeadObjectCommand({ Bucket: s3.bucket, Key: key }), {
      abortSignal: signal,
    })) as { ContentLength?: number; ETag?: string };
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
 * @example await listKeys(s3, 'ohmystack/postings/dt=2026-11-29/hr=09/20261129T0900-')
 */
export async function listKeys(s3: S3Connection, prefix: string, signal?: AbortSignal): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = (await s3.client.send(
      new s3.sdk.ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, ContinuationToken: token }),
      { abortSignal: signal },
    )) as { Contents?: { Key?: string }[]; IsTruncated?: boolean; NextContinuationToken?: string };
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** Keys a DeleteObjects call answered 200 for but did not delete, named by S3's per-key error code. */
class KeysNotDeletedError extends Error {
  override name: string;
  readonly keys: string[];

  constructor(failures: readonly { Key?: string; Code?: string; Message?: string }[]) {
    const first = failures[0];
    super(`DeleteObjects refused ${first?.Key}: ${first?.Code} ${first?.Message ?? ''}`.trim());
    // S3's code as the name, so isRetryableS3Error judges it as it judges any S3 error.
    this.name = first?.Code ?? 'Error';
    this.keys = failures.flatMap((failure) => (failure.Key ? [failure.Key] : []));
  }
}

/**
 * Deletes keys, 1000 per DeleteObjects call (S3's limit), and again (after a backoff) the keys S3 lists
 * as not deleted with a retryable code such as InternalError or SlowDown.
 *
 * @example await deleteKeys(s3, ['a', 'b'], signal)
 * @throws Error naming the first key S3 refused to delete, when the retries run out or its code is final.
 * @throws {AbortedError} when `signal` aborts during the backoff.
 */
export async function deleteKeys(
  s3: S3Connection,
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<void> {
  for (let start = 0; start < keys.length; start += 1000) {
    let pending = keys.slice(start, start + 1000);
    await withS3Retry(
      async () => {
        const result = (await s3.client.send(
          new s3.sdk.DeleteObjectsCommand({
            Bucket: s3.bucket,
            Delete: { Objects: pending.map((Key) => ({ Key })), Quiet: true },
          }),
          { abortSignal: signal },
        )) as { Errors?: { Key?: string; Code?: string; Message?: string }[] };
        if (!result.Errors?.length) return;
        const refused = new KeysNotDeletedError(result.Errors);
        pending = refused.keys;
        throw refused;
      },
      {
        policy: s3.retry,
        // Only S3's per-key answer: a failed request was the SDK's to retry, and it has.
        retryable: (error) => error instanceof KeysNotDeletedError && isRetryableS3Error(error),
        signal,
        what: 'delete',
      },
    );
  }
}

/** The object's body broke off after S3 had answered; reading it again may succeed. */
class BodyCutOffError extends Error {
  override name = 'BodyCutOffError';
}

/**
 * Returns the object's bytes, or null when it does not exist. A body that breaks off while it is read
 * is fetched again (after a backoff).
 *
 * @example await getObject(s3, 'ohmystack/_manifests/20261129T0900.json', signal)
 * @throws the SDK's error on anything but 404/NoSuchKey; the read error when the retries run out.
 * @throws {AbortedError} when `signal` aborts during the backoff.
 */
export async function getObject(
  s3: S3Connection,
  key: string,
  signal?: AbortSignal,
): Promise<Uint8Array | null> {
  return withS3Retry(
    async () => {
      let body: { transformToByteArray(): Promise<Uint8Array> } | undefined;
      try {
        ({ Body: body } = (await s3.client.send(
          new s3.sdk.GetObjectCommand({ Bucket: s3.bucket, Key: key }),
          {
            abortSignal: signal,
          },
        )) as { Body?: { transformToByteArray(): Promise<Uint8Array> } });
      } catch (error) {
        const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
        if (e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404) return null;
        throw error;
      }
      if (!body) return new Uint8Array();
      try {
        return await body.transformToByteArray();
      } catch (cause) {
        throw new BodyCutOffError(`${key}: the body broke off while reading`, { cause });
      }
    },
    { policy: s3.retry, retryable: (error) => error instanceof BodyCutOffError, signal, what: 'read' },
  );
}
