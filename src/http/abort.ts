// Abort plumbing shared by the HTTP client, the collector and the browser: every wait in the crawler
// core must end as soon as the caller's signal aborts, with one error type.
import { AbortedError } from '../model/errors/aborted-error.js';

/**
 * Returns the error to throw for an aborted `signal`: the signal's reason when it is already an
 * {@link AbortedError}, else a new one that keeps the reason as `cause`.
 *
 * @example throw abortedError(signal, { source: 'jumpit', what: 'GET https://…' })
 */
export function abortedError(
  signal: AbortSignal | undefined,
  context: { source?: string; url?: string; what?: string } = {},
): AbortedError {
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
export function throwIfAborted(
  signal: AbortSignal | undefined,
  context?: { source?: string; url?: string; what?: string },
): void {
  if (signal?.aborted) throw abortedError(signal, context);
}

/**
 * Returns a promise that resolves after `ms` milliseconds, or rejects as soon as `signal` aborts.
 *
 * @throws {AbortedError} when the signal aborts first.
 * @example await sleep(250, signal)
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortedError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
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
