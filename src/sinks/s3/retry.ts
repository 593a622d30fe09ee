// What the S3 sink retries itself, and what it leaves to the AWS SDK. The SDK's standard retry strategy (the
// retry middleware of @smithy/core, as installed with @aws-sdk/client-s3 3.11xx) already repeats every request
// the sink sends — a part's PutObject, each UploadPart and CompleteMultipartUpload of lib-storage's multipart
// upload, HeadObject, ListObjectsV2, DeleteObjects, GetObject — on timeouts, 500/502/503/504, throttling
// (429, SlowDown) and dropped connections, up to `maxAttempts` attempts, with its own capped full-jitter
// backoff (base 50 ms, 1 s when throttled, at most 20 s) and a retry quota per client; that wait ends when the
// request's abortSignal aborts, and S3's "200 with an <Error> body" comes back as a retried 503. It resends
// only bodies it can replay — the sink's parts are bytes, never streams. Retrying whole uploads on top only
// multiplied the attempts (5 uploads × 3 PUTs per part). The SDK cannot retry what happens outside one
// request's failure, so the sink does, with {@link withS3Retry}:
// - DeleteObjects answers 200 and lists the keys it could not delete (InternalError, SlowDown per key);
// - a GetObject body that breaks off while the sink reads it: the SDK has returned by then.
import { abortedError, sleep } from '../../http/abort.js';
import {
  backoffDelay,
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
} from '../../model/retry.js';

/**
 * The S3 sink's retry options before {@link RetryOptions}.
 *
 * @deprecated Use {@link RetryOptions} (`s3Sink({ retry })`); the old names keep working until the next minor version.
 */
export interface S3RetryOptions extends RetryOptions {
  /** @deprecated Use `limit`. */
  retries?: number;
  /** @deprecated Use `backoffMs`. */
  baseMs?: number;
  /** @deprecated Use `maxBackoffMs`. */
  maxMs?: number;
  /** @deprecated Ignored: the sink honours the run's signal (`RunContext.signal`). */
  signal?: AbortSignal;
}

/** The S3 sink's retry policy when `retry` leaves a field out. */
export const S3_RETRY_DEFAULTS: ResolvedRetryOptions = { limit: 3, backoffMs: 200, maxBackoffMs: 10_000 };

/** The sink options that set retries before `retry` did, all deprecated. */
export interface LegacyS3RetrySettings {
  maxAttempts?: number;
  uploadRetries?: number;
  retryBaseMs?: number;
}

/**
 * Returns the S3 sink's retry policy: `retry` first, then the deprecated names in it and beside it
 * (`maxAttempts` counts the first attempt, so it is one more than `limit`), then the defaults.
 *
 * @example resolveS3Retry(2, {}) // { limit: 2, backoffMs: 200, maxBackoffMs: 10000 }
 * @example resolveS3Retry(undefined, { maxAttempts: 2, retryBaseMs: 5 }) // { limit: 1, backoffMs: 5, … }
 */
export function resolveS3Retry(
  retry: number | S3RetryOptions | undefined,
  legacy: LegacyS3RetrySettings = {},
): ResolvedRetryOptions {
  const given: S3RetryOptions = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  const legacyLimit = legacy.maxAttempts !== undefined ? legacy.maxAttempts - 1 : legacy.uploadRetries;
  return resolveRetryOptions(
    {
      limit: given.limit ?? given.retries ?? legacyLimit,
      backoffMs: given.backoffMs ?? given.baseMs ?? legacy.retryBaseMs,
      maxBackoffMs: given.maxBackoffMs ?? given.maxMs,
    },
    S3_RETRY_DEFAULTS,
  );
}

// Throttling, timeout and server codes, and objects.ts's body that broke off while being read.
const RETRYABLE_NAMES = new Set([
  'BodyCutOffError',
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'ServiceUnavailable',
  'TooManyRequestsException',
  'TimeoutError',
]);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

/**
 * Returns true for S3 failures a later attempt may fix: 5xx, 429, throttling and timeout codes, and
 * dropped connections.
 *
 * @example isRetryableS3Error({ name: 'SlowDown', $metadata: { httpStatusCode: 503 } }) // true
 */
export function isRetryableS3Error(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as {
    name?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
    $retryable?: unknown;
  };
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (e.$retryable) return true;
  return RETRYABLE_NAMES.has(e.name ?? '') || NETWORK.has(e.code ?? '');
}

/** How {@link withS3Retry} retries one step. */
export interface S3RetryStep {
  policy: ResolvedRetryOptions;
  /** Which failures a later attempt may fix; the others throw at once. */
  retryable: (error: unknown) => boolean;
  /** The run's signal: it ends the backoff and stops further attempts. */
  signal?: AbortSignal;
  /** What the step does, for the AbortedError, e.g. 'delete'. */
  what: string;
}

/**
 * Returns the value of `work`, run again after a full-jitter backoff while it fails retryably, at most
 * `policy.limit` more times. `work` gets the attempt number (1 for the first).
 *
 * @example await withS3Retry((attempt) => readManifest(attempt), { policy, retryable, signal, what: 'read' })
 * @throws the last error when the retries run out or it is not retryable.
 * @throws {AbortedError} when `signal` aborts, during an attempt or the wait after one.
 */
export async function withS3Retry<T>(work: (attempt: number) => Promise<T>, step: S3RetryStep): Promise<T> {
  const context = { sink: 's3', what: step.what };
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (step.signal?.aborted) throw abortedError(step.signal, context);
      if (attempt > step.policy.limit || !step.retryable(error)) throw error;
      await sleep(backoffDelay(attempt, step.policy), step.signal, context);
    }
  }
}
