// Abort plumbing shared by the HTTP client, the collector, the browser and the S3 and Athena clients:
// every wait must end as soon as the caller's signal aborts, with one error type.
import { AbortedError } from '../model/errors/aborted-error.js';
import type { ErrorContext } from '../model/errors/ohmystack-error.js';

/** What an {@link AbortedError} says about the aborted work: where it ran and what it was doing. */
export type AbortContext = ErrorContext & {
  /** What was aborted, e.g. 'query' or 'upload'. @default 'operation' */
  what?: string;
};

/**
 * Returns the error to throw for an aborted `signal`: the signal's reason when it is already an
 * {@link AbortedError}, else a new one that keeps the reason as `cause`.
 *
 * @example throw abortedError(signal, { source: 'jumpit', what: 'GET https://…' })
 */
export function abortedError(signal: AbortSignal | undefined, context: AbortContext = {}): AbortedError {
  const reason: unknown = signal?.reason;
  if (reason instanceof AbortedError) return reason;
  return new AbortedError({ ...context, cause: reason });
}

/**
 * Returns nothing; throws when `signal` has already aborted, so loops stop between steps.
 *
 * @throws {AbortedError} when the signal aborted.
 * @example throwIfAborted(options.signal)
 */
export function throwIfAborted(signal: AbortSignal | undefined, context?: AbortContext): void {
  if (signal?.aborted) throw abortedError(signal, context);
}

/**
 * Returns a promise that resolves after `ms` milliseconds, or rejects as soon as `signal` aborts — the
 * one sleep of every retry backoff, poll interval and rate-limit wait in ohmystack.
 *
 * @throws {AbortedError} when the signal aborts first (or had already), carrying `context`.
 * @example await sleep(250, signal, { sink: 's3', what: 'delete' })
 */
export function sleep(ms: number, signal?: AbortSignal, context?: AbortContext): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortedError(signal, context));
  if (ms <= 0) return Promise.resolve();
  // The global setTimeout rather than node:timers/promises: vitest's fake timers (4.1) replace the global
  // but never reach node:timers/promises (vitest-dev/vitest#10871), and tests move backoffs with them.
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal, context));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Returns `promise`'s outcome, or rejects as soon as `signal` aborts (the promise keeps running, so
 * pass the same signal into it to stop its work too).
 *
 * @throws {AbortedError} when the signal aborts first.
 * @example await raceAbort(limit(() => send()), signal)
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(abortedError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => undefined);
      reject(abortedError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
