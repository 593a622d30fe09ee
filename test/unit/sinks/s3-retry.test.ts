// The S3 sink's retry vocabulary (RetryOptions, with the old names as deprecated aliases) and its own
// retry loop: attempts counted, the backoff on vitest's fake clock, the run's signal ending the wait.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbortedError } from '../../../src/model/errors/aborted-error.js';
import type { S3SinkOptions } from '../../../src/sinks/s3/index.js';
import {
  isRetryableS3Error,
  resolveS3Retry,
  type S3RetryOptions,
  withS3Retry,
} from '../../../src/sinks/s3/retry.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('resolveS3Retry', () => {
  it.each<[string, S3SinkOptions['retry'], Parameters<typeof resolveS3Retry>[1], object]>([
    ['the defaults', undefined, {}, { limit: 3, backoffMs: 200, maxBackoffMs: 10_000 }],
    ['a number as limit', 1, {}, { limit: 1, backoffMs: 200, maxBackoffMs: 10_000 }],
    [
      'RetryOptions',
      { limit: 0, backoffMs: 5, maxBackoffMs: 50 },
      {},
      { limit: 0, backoffMs: 5, maxBackoffMs: 50 },
    ],
    ['deprecated maxAttempts (one more than limit)', undefined, { maxAttempts: 2 }, { limit: 1 }],
    [
      'deprecated uploadRetries and retryBaseMs',
      undefined,
      { uploadRetries: 2, retryBaseMs: 5 },
      { limit: 2, backoffMs: 5 },
    ],
    [
      'retry over the deprecated options',
      { limit: 4 },
      { maxAttempts: 2, retryBaseMs: 5 },
      { limit: 4, backoffMs: 5 },
    ],
  ])('reads %s', (_, retry, legacy, expected) => {
    expect(resolveS3Retry(retry, legacy)).toMatchObject(expected);
  });

  it("keeps S3RetryOptions' old field names as aliases", () => {
    const old: S3RetryOptions = { retries: 2, baseMs: 50, maxMs: 500 };
    expect(resolveS3Retry(old)).toEqual({ limit: 2, backoffMs: 50, maxBackoffMs: 500 });
    expect(resolveS3Retry({ ...old, limit: 1 })).toMatchObject({ limit: 1 });
  });
});

describe('isRetryableS3Error', () => {
  it.each([
    [{ name: 'SlowDown', $metadata: { httpStatusCode: 503 } }, true],
    [{ name: 'InternalError' }, true],
    [{ name: 'BodyCutOffError' }, true],
    [{ code: 'ECONNRESET' }, true],
    [{ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, false],
    ['not an object', false],
  ])('%j → %s', (error, expected) => {
    expect(isRetryableS3Error(error)).toBe(expected);
  });
});

describe('withS3Retry', () => {
  const policy = { limit: 3, backoffMs: 1000, maxBackoffMs: 10_000 };
  const retryable = (error: unknown) => (error as Error).message === 'again';

  it('runs again after a backoff while the failure is retryable, and returns the first success', async () => {
    vi.useFakeTimers();
    const attempts: number[] = [];
    const running = withS3Retry(
      async (attempt) => {
        attempts.push(attempt);
        if (attempt < 3) throw new Error('again');
        return 'stored';
      },
      { policy, retryable, what: 'delete' },
    );
    await vi.runAllTimersAsync();
    expect(await running).toBe('stored');
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('gives up after limit + 1 attempts with the last error, and at once on a final one', async () => {
    vi.useFakeTimers();
    let attempts = 0;
    const exhausted = withS3Retry(
      async () => {
        attempts++;
        throw new Error('again');
      },
      { policy, retryable, what: 'delete' },
    ).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await exhausted).toEqual(new Error('again'));
    expect(attempts).toBe(4);

    attempts = 0;
    const final = withS3Retry(
      async () => {
        attempts++;
        throw new Error('AccessDenied');
      },
      { policy, retryable, what: 'delete' },
    );
    await expect(final).rejects.toThrow('AccessDenied');
    expect(attempts).toBe(1);
  });

  it("ends the backoff when the run's signal aborts: AbortedError, no further attempt", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let attempts = 0;
    const running = withS3Retry(
      async () => {
        attempts++;
        throw new Error('again');
      },
      { policy: { ...policy, backoffMs: 60_000 }, retryable, signal: controller.signal, what: 'delete' },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toBe(1);
    controller.abort();
    const error = await running;
    expect(error).toBeInstanceOf(AbortedError);
    expect(error).toMatchObject({ code: 'aborted', sink: 's3' });
    await vi.runAllTimersAsync();
    expect(attempts).toBe(1);
  });
});
