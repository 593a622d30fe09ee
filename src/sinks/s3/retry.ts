// Our own retry around whole uploads, on top of the SDK's per-request retries: the SDK gives up after
// `maxAttempts` on one request, while a part upload (PUT, or a multipart upload) can be redone as a unit.
import { AbortedError } from '../../model/errors/aborted-error.js';

/** How {@link withS3Retry} retries. */
export interface S3RetryOptions {
  /** Retries after the first attempt. @default 4 */
  retries?: number;
  /** First backoff, ms; doubles per retry, with ±50 % jitter. @default 200 */
  baseMs?: number;
  /** Longest backoff, ms. @default 10_000 */
  maxMs?: number;
  signal?: AbortSignal;
}

const THROTTLING = new Set([
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
  return THROTTLING.has(e.name ?? '') || NETWORK.has(e.code ?? '');
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError({ sink: 's3', what: 'upload', cause: signal?.reason }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Returns the result of `work`, retried with exponential backoff while it fails retryably; `attempts`
 * counts the tries made (for reports).
 *
 * @default retries 4, baseMs 200, maxMs 10_000
 * @example await withS3Retry(() => client.send(new PutObjectCommand(input)), { retries: 3 });
 * @throws the last error when retries run out or the error is not retryable; AbortedError on abort.
 */
export async function withS3Retry<T>(
  work: (attempt: number) => Promise<T>,
  options: S3RetryOptions = {},
): Promise<T> {
  const retries = options.retries ?? 4;
  const base = options.baseMs ?? 200;
  const max = options.maxMs ?? 10_000;
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted)
      throw new AbortedError({ sink: 's3', what: 'upload', cause: options.signal.reason });
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= retries || !isRetryableS3Error(error)) throw error;
      const backoff = Math.min(base * 2 ** attempt, max);
      await sleep(backoff * (0.5 + Math.random()), options.signal);
    }
  }
}
