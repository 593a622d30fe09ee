import { type ErrorContext, OhmystackError } from './ohmystack-error.js';

/** Thrown when a sink could not write, commit or abort a run. Retryable when the cause is transient. */
export class SinkWriteError extends OhmystackError {
  override name = 'SinkWriteError';
  /** What the sink was doing: 'write', 'commit', 'abort', 'read', 'query'. */
  readonly operation: string;

  /**
   * @example new SinkWriteError({ sink: 'file', operation: 'write', runId: '20261129T0900', cause })
   */
  constructor(
    details: ErrorContext & {
      sink: string;
      operation: string;
      message?: string;
      retryable?: boolean;
      hint?: string;
      cause?: unknown;
    },
  ) {
    const { operation, message, retryable, hint, cause, ...context } = details;
    const why = message ?? (cause instanceof Error ? cause.message : String(cause ?? 'unknown failure'));
    const transient = retryable ?? isTransient(cause);
    super(`${operation} failed${context.runId ? ` for run ${context.runId}` : ''}: ${why}`, {
      ...context,
      code: 'sink_write_failed',
      retryable: transient,
      hint:
        hint ??
        (transient
          ? 'a transient failure; rerun the same slot (reruns replace, never duplicate)'
          : 'check the destination (path, permissions, free space) and rerun the slot'),
      cause,
    });
    this.operation = operation;
  }
}

// Node's errno codes that say "try again" rather than "this will never work".
const TRANSIENT_CODES = new Set(['EAGAIN', 'EBUSY', 'EMFILE', 'ENFILE', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);

function isTransient(cause: unknown): boolean {
  if (typeof cause !== 'object' || cause === null) return false;
  const record = cause as { code?: unknown; retryable?: unknown };
  if (typeof record.retryable === 'boolean') return record.retryable;
  return typeof record.code === 'string' && TRANSIENT_CODES.has(record.code);
}
