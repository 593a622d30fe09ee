// The lake on S3 (or any S3-compatible store): the file sink's layout and manifest, through the AWS SDK.
// Parts go under their final keys (a PUT, or a completed multipart upload, is atomic per object); the
// manifest is PUT last and only after a HEAD confirmed every part, so a reader that trusts manifests never
// sees half a run. Part numbers restart at 00000 per run attempt, so a rerun overwrites the same keys, and
// commit deletes this run's keys its new manifest does not list.
import { createHash } from 'node:crypto';
import { abortedError, throwIfAborted } from '../../http/abort.js';
import { MissingOptionError } from '../../model/errors/missing-option-error.js';
import { isOhmystackError, type OhmystackError } from '../../model/errors/ohmystack-error.js';
import { SinkWriteError } from '../../model/errors/sink-write-error.js';
import { ValidationError } from '../../model/errors/validation-error.js';
import { type ResolvedRetryOptions, type RetryOptions, retryOptionIssues } from '../../model/retry.js';
import { type AwsClientConfig, type AwsClientInit, type AwsClientLike, isAwsClient } from '../aws/sdk.js';
import { DATASETS, dataKey, isRunFile, type LakeFormat, manifestKey, partitionPath } from '../lake/layout.js';
import { buildManifest, manifestFile, parseManifest } from '../lake/manifest.js';
import { serializeCsv } from '../lake/serialize-csv.js';
import { serializeJsonl } from '../lake/serialize-jsonl.js';
import { parquetColumnsFor, serializeParquet } from '../lake/serialize-parquet.js';
import type {
  Batch,
  Dataset,
  ManifestFile,
  RunContext,
  RunManifest,
  Sink,
  SinkCapabilities,
  SinkResult,
} from '../types.js';
import { keyPrefixOf, keyPrefixProblem } from './key-prefix.js';
import { confirmObject, deleteKeys, getObject, listKeys, putObject, type S3Connection } from './objects.js';
import { resolveS3Retry } from './retry.js';
import { s3SinkError } from './s3-errors.js';
import { loadS3Module, loadS3Storage, type S3SdkModules } from './sdk.js';

/** The name s3Sink reports. */
export const SINK_NAME = 's3';

/** The packages s3Sink loads (lazily, on first use). */
export const SINK_DEPENDENCIES: readonly string[] = ['@aws-sdk/client-s3', '@aws-sdk/lib-storage'];

const MIB = 1024 * 1024;
const CONTENT_TYPES: Record<LakeFormat, string> = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
};

/** Options of {@link s3Sink}. */
export interface S3SinkOptions {
  bucket: string;
  /**
   * Key prefix of the lake root, e.g. 'ohmystack' or 'ohmystack/lake/' (a trailing '/' is dropped); no
   * leading '/', no '.' or '..' or empty segments, no backslash or control characters.
   * @default ''
   */
  prefix?: string;
  /**
   * An S3Client to reuse, or the S3ClientConfig to create one with; endpoint, forcePathStyle, region,
   * requestTimeoutMs and the SDK's attempts (`retry.limit`) apply only then.
   */
  client?: AwsClientLike | AwsClientConfig;
  /**
   * The AWS SDK modules to use instead of importing the optional peers `@aws-sdk/client-s3` and
   * `@aws-sdk/lib-storage` on first use.
   * @default imported on first use
   * @example s3Sink({ bucket: 'my-lake', lib: { s3: await import('@aws-sdk/client-s3') } })
   */
  lib?: S3SdkModules;
  /** An S3-compatible endpoint (MinIO, R2, s3rver), e.g. 'http://127.0.0.1:4569'. */
  endpoint?: string;
  /** Path-style URLs (`endpoint/bucket/key`), which most S3-compatible stores need. @default false */
  forcePathStyle?: boolean;
  /** @default 'ap-northeast-2' (Seoul) */
  region?: string;
  /** Formats of postings and features; raw is always JSONL. @default ['jsonl', 'parquet'] */
  formats?: readonly LakeFormat[];
  /** Rows per part file (as fileSink). @default 50_000 */
  partSize?: number;
  /** Parts above this many bytes go up as multipart uploads. @default 8 MiB */
  multipartThresholdBytes?: number;
  /** Bytes per multipart part; S3 requires at least 5 MiB. @default 8 MiB */
  uploadPartSizeBytes?: number;
  /**
   * Retries: `limit` is the AWS SDK's retries of each request of a client the sink creates (its
   * `maxAttempts` is `limit + 1`; the SDK waits with its own backoff), and of the sink's own retries of
   * what the SDK cannot retry — keys a DeleteObjects answer lists as not deleted, a download cut off
   * mid-body — which wait `backoffMs`/`maxBackoffMs` (full jitter). A number sets `limit`.
   * @default { limit: 3, backoffMs: 200, maxBackoffMs: 10000 }
   */
  retry?: number | RetryOptions;
  /** @deprecated Use `retry` (`maxAttempts` is `retry.limit + 1`). */
  maxAttempts?: number;
  /** @deprecated Use `retry.limit`: the sink no longer retries whole uploads on top of the SDK's retries. */
  uploadRetries?: number;
  /** @deprecated Use `retry.backoffMs`. */
  retryBaseMs?: number;
  /** Per-request socket timeout of a client the sink creates, ms. @default 30_000 */
  requestTimeoutMs?: number;
}

/** {@link S3SinkOptions} after defaults. */
export interface ResolvedS3SinkOptions
  extends Required<
    Omit<
      S3SinkOptions,
      'client' | 'endpoint' | 'lib' | 'retry' | 'maxAttempts' | 'uploadRetries' | 'retryBaseMs'
    >
  > {
  client: AwsClientLike | AwsClientConfig | undefined;
  endpoint: string | undefined;
  lib: S3SdkModules | undefined;
  retry: ResolvedRetryOptions;
  /** @deprecated Read `retry.limit + 1`. */
  maxAttempts: number;
  /** @deprecated Read `retry.limit`. */
  uploadRetries: number;
  /** @deprecated Read `retry.backoffMs`. */
  retryBaseMs: number;
}

interface RunState {
  files: ManifestFile[];
  md5: Map<string, string>;
  parts: Map<Dataset, number>;
  failed: string[];
  result?: SinkResult;
}

const newState = (): RunState => ({ files: [], md5: new Map(), parts: new Map(), failed: [] });

/**
 * Returns a sink writing the lake to S3: `{prefix}/{dataset}/dt=…/hr=…/{runId}-{part}.{ext}` and
 * `{prefix}/_manifests/{runId}.json`, the manifest last.
 *
 * @default prefix '', region 'ap-northeast-2', formats ['jsonl', 'parquet'], partSize 50_000,
 *   multipartThresholdBytes 8 MiB, uploadPartSizeBytes 8 MiB, retry { limit: 3, backoffMs: 200, maxBackoffMs: 10000 }
 * @example
 * // Real AWS: credentials from the default provider chain, never from options that get logged.
 * const sink = s3Sink({ bucket: 'my-lake', prefix: 'ohmystack' });
 * // S3-compatible (MinIO): s3Sink({ bucket: 'lake', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true })
 * const slot = runSlot();
 * await sink.write({ dataset: 'postings', rows }, slot);
 * await sink.commit(slot); // s3://my-lake/ohmystack/_manifests/{runId}.json
 * @throws {MissingOptionError} without `bucket`
 * @throws {ValidationError} for a negative or non-numeric retry setting, or a prefix that is not a plain
 *   key path ('../other-bucket', '/x', 'a//b')
 * @throws {SinkWriteError} from write/commit/abort when S3 refuses after retries (retryable for 5xx/throttling)
 * @throws {CapabilityError} on first use when `@aws-sdk/client-s3` (or, for a multipart upload,
 *   `@aws-sdk/lib-storage`) is not installed and `lib` does not give it
 * @throws {AbortedError} when the run's signal aborts a request or a backoff
 */
export function s3Sink(options: S3SinkOptions): Sink {
  if (!options?.bucket) throw new MissingOptionError({ source: 's3Sink', option: 'bucket' });
  const retry = resolveS3Retry(options.retry, options);
  const retryIssues = retryOptionIssues(retry);
  if (retryIssues.length > 0)
    throw new ValidationError({ what: 's3Sink options', issues: retryIssues, sink: SINK_NAME });
  const prefixProblem = options.prefix === undefined ? undefined : keyPrefixProblem(options.prefix);
  if (prefixProblem !== undefined) {
    throw new ValidationError({
      what: 's3Sink options',
      issues: [{ path: ['prefix'], message: prefixProblem }],
      sink: SINK_NAME,
      hint: "fix the prefix (a pipeline config's lake.s3.prefix or OHMYSTACK_S3_PREFIX), e.g. 'ohmystack/lake'",
    });
  }
  const o: ResolvedS3SinkOptions = {
    bucket: options.bucket,
    prefix: keyPrefixOf(options.prefix ?? ''),
    client: options.client,
    endpoint: options.endpoint,
    lib: options.lib,
    forcePathStyle: options.forcePathStyle ?? false,
    region: options.region ?? 'ap-northeast-2',
    formats: options.formats ?? ['jsonl', 'parquet'],
    partSize: Math.max(1, options.partSize ?? 50_000),
    multipartThresholdBytes: options.multipartThresholdBytes ?? 8 * MIB,
    uploadPartSizeBytes: Math.max(5 * MIB, options.uploadPartSizeBytes ?? 8 * MIB),
    retry,
    maxAttempts: retry.limit + 1,
    uploadRetries: retry.limit,
    retryBaseMs: retry.backoffMs,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
  };
  const capabilities: SinkCapabilities = {
    modes: ['replace'],
    atomicCommit: true,
    partitions: true,
    query: false,
    formats: o.formats,
  };
  const runs = new Map<string, RunState>();
  const owned = !isAwsClient(o.client);
  let connection: Promise<S3Connection> | undefined;

  // Created once, on first use: importing ohmystack/sinks never loads the AWS SDK.
  const connect = (): Promise<S3Connection> => {
    connection ??= loadS3Module(o.lib?.s3).then((sdk) => ({
      client: isAwsClient(o.client)
        ? o.client
        : new sdk.S3Client({
            region: o.region,
            maxAttempts: o.retry.limit + 1,
            forcePathStyle: o.forcePathStyle,
            requestHandler: { requestTimeout: o.requestTimeoutMs, throwOnRequestTimeout: true },
            ...(o.endpoint ? { endpoint: o.endpoint } : {}),
            ...(o.client as AwsClientInit | undefined),
          }),
      sdk,
      bucket: o.bucket,
      storage: () => loadS3Storage(o.lib?.storage),
      retry: o.retry,
    }));
    return connection;
  };
  const full = (key: string) => (o.prefix ? `${o.prefix}/${key}` : key);
  // A request the run's signal cut short is an abort, whatever the SDK called it; our own errors (a
  // missing SDK, a refused commit) stay as they are; an S3 failure becomes a SinkWriteError.
  const failure = (error: unknown, operation: string, context: RunContext, key?: string): OhmystackError => {
    if (context.signal?.aborted)
      return abortedError(context.signal, { sink: SINK_NAME, runId: context.runId, what: operation });
    return isOhmystackError(error) ? error : s3SinkError(error, operation, context.runId, key);
  };

  function serialize(dataset: Dataset, format: LakeFormat, rows: readonly unknown[]): Uint8Array {
    if (format === 'jsonl') return serializeJsonl(rows);
    const records = rows as readonly Record<string, unknown>[];
    const columns = parquetColumnsFor(dataset);
    if (format === 'csv')
      return serializeCsv(records, columns ? { columns: columns.map((c) => c.name) } : {});
    if (!columns) throw new TypeError(`dataset ${dataset} has no Parquet columns`);
    return serializeParquet(records, { columns });
  }

  /** Deletes this run's keys in its partitions, except those listed. */
  async function removeRunKeys(
    s3: S3Connection,
    context: RunContext,
    keep: ReadonlySet<string>,
  ): Promise<void> {
    const stale: string[] = [];
    for (const dataset of DATASETS) {
      const folder = full(`${partitionPath(dataset, context)}/`);
      const keys = await listKeys(s3, `${folder}${context.runId}-`, context.signal);
      for (const key of keys)
        if (isRunFile(key.slice(folder.length), context.runId) && !keep.has(key)) stale.push(key);
    }
    if (stale.length > 0) await deleteKeys(s3, stale, context.signal);
  }

  async function committedManifest(s3: S3Connection, context: RunContext): Promise<RunManifest | null> {
    const bytes = await getObject(s3, full(manifestKey(context.runId)), context.signal);
    return bytes ? parseManifest(JSON.parse(new TextDecoder().decode(bytes))) : null;
  }

  return {
    name: SINK_NAME,
    capabilities,
    async write(batch: Batch, context: RunContext) {
      let state = runs.get(context.runId);
      // A write after a commit starts the run over: parts from 00000 again, overwriting the same keys.
      if (!state || state.result) {
        state = newState();
        runs.set(context.runId, state);
      }
      const s3 = await connect();
      const formats = batch.dataset === 'raw' ? (['jsonl'] as const) : o.formats;
      for (let start = 0; start < batch.rows.length; start += o.partSize) {
        throwIfAborted(context.signal, { sink: SINK_NAME, runId: context.runId, what: 'write' });
        const rows = batch.rows.slice(start, start + o.partSize);
        const part = state.parts.get(batch.dataset) ?? 0;
        state.parts.set(batch.dataset, part + 1);
        for (const format of formats) {
          const key = dataKey(batch.dataset, context, part, format);
          const bytes = serialize(batch.dataset, format, rows);
          try {
            await putObject(s3, full(key), bytes, {
              multipartThresholdBytes: o.multipartThresholdBytes,
              uploadPartSizeBytes: o.uploadPartSizeBytes,
              contentType: CONTENT_TYPES[format],
              signal: context.signal,
            });
          } catch (error) {
            // Remembered so commit refuses: a manifest must never list, or silently miss, a lost part.
            state.failed.push(key);
            throw failure(error, 'write', context, key);
          }
          state.files.push(manifestFile(key, batch.dataset, format, rows.length, bytes));
          state.md5.set(key, createHash('md5').update(bytes).digest('hex'));
        }
      }
    },
    async commit(context: RunContext): Promise<SinkResult> {
      const state: RunState = runs.get(context.runId) ?? newState();
      if (state.result) return state.result;
      if (state.failed.length > 0)
        throw new SinkWriteError({
          sink: SINK_NAME,
          operation: 'commit',
          runId: context.runId,
          message: `${state.failed.length} part(s) never reached S3 (${state.failed[0]}); no manifest written`,
          retryable: true,
          hint: 'abort the run and write it again (reruns replace, never duplicate)',
        });
      try {
        const s3 = await connect();
        for (const file of state.files) {
          const problem = await confirmObject(
            s3,
            full(file.key),
            { bytes: file.bytes, md5: state.md5.get(file.key) },
            context.signal,
          );
          if (problem)
            throw new SinkWriteError({
              sink: SINK_NAME,
              operation: 'commit',
              runId: context.runId,
              message: `${file.key}: ${problem}`,
              retryable: true,
            });
        }
        const manifest = buildManifest(context, state.files);
        const bytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
        const key = full(manifestKey(context.runId));
        await putObject(s3, key, bytes, {
          multipartThresholdBytes: Number.POSITIVE_INFINITY,
          uploadPartSizeBytes: o.uploadPartSizeBytes,
          contentType: 'application/json',
          signal: context.signal,
        });
        // After the manifest: what it does not list is invisible to manifest readers already.
        await removeRunKeys(s3, context, new Set(manifest.files.map((f) => full(f.key))));
        state.result = { sink: SINK_NAME, rows: manifest.rows, manifest, warnings: [] };
        runs.set(context.runId, state);
        return state.result;
      } catch (error) {
        throw failure(error, 'commit', context);
      }
    },
    async abort(context: RunContext) {
      runs.delete(context.runId);
      try {
        const s3 = await connect();
        const committed = await committedManifest(s3, context);
        await removeRunKeys(s3, context, new Set(committed?.files.map((f) => full(f.key)) ?? []));
      } catch (error) {
        throw failure(error, 'abort', context);
      }
    },
    async dispose() {
      const made = connection;
      connection = undefined;
      // A connection that never came (the SDK missing) has no client to destroy.
      if (owned && made) (await made.catch(() => undefined))?.client.destroy();
    },
  };
}
