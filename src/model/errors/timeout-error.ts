import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link TimeoutError} is built from. */
export interface TimeoutErrorDetails extends ErrorDetails {
  /** The request method, e.g. 'GET'. */
  method: string;
  /** The timeout that ran out, in milliseconds: the whole attempt's, or the idle wait's for phase 'idle'. */
  timeoutMs: number;
  /** How many retries were made before giving up. @default 0 */
  retries?: number;
  /**
   * Where the attempt was when time ran out: still waiting for the headers, reading the body, or
   * waiting for the body's next chunk (phase 'idle'). @default unknown
   */
  phase?: 'headers' | 'body' | 'idle';
}

/**
 * Thrown when a request (headers and body) took longer than the client's timeout, or its body sent
 * nothing for the idle timeout, on every attempt. Retryable.
 *
 * @example
 * new TimeoutError({ source: 'jumpit', url, method: 'GET', timeoutMs: 10_000, retries: 2, phase: 'body' })
 */
export class TimeoutError extends OhmystackError {
  override name = 'TimeoutError';
  readonly method: string;
  readonly timeoutMs: number;
  readonly retries: number;
  /** Where the attempt was when time ran out; absent when unknown. */
  readonly phase: 'headers' | 'body' | 'idle' | undefined;

  constructor(details: TimeoutErrorDetails) {
    const { method, timeoutMs, retries = 0, phase, hint, ...context } = details;
    const url = context.url === undefined ? '' : ` ${redactUrl(context.url)}`;
    const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    super({
      ...context,
      message: `${method}${url} ${WHAT_RAN_OUT[phase ?? 'unknown'](timeoutMs)}${after}`,
      code: 'timeout',
      retryable: true,
      hint:
        hint ??
        (phase === 'idle'
          ? 'the site stalls mid-answer; raise `idleTimeout` or lower concurrency'
          : 'the site is slow; raise `timeout` or lower concurrency'),
    });
    this.method = method;
    this.timeoutMs = timeoutMs;
    this.retries = retries;
    this.phase = phase;
  }
}

const WHAT_RAN_OUT: Record<NonNullable<TimeoutErrorDetails['phase']> | 'unknown', (ms: number) => string> = {
  unknown: (ms) => `timed out after ${ms} ms`,
  headers: (ms) => `timed out after ${ms} ms waiting for the headers`,
  body: (ms) => `timed out after ${ms} ms while reading the body`,
  idle: (ms) => `timed out: no data for ${ms} ms while reading the body`,
};
