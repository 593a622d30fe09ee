import { type ErrorDetails, OhmystackError } from './ohmystack-error.js';

/** What {@link SinkWriteError} is built from. */
export interface SinkWriteErrorDetails extends ErrorDetails {
  /** The sink that failed, e.g. 'file'. */
  sink: string;
  /** What the sink was doing: 'write', 'commit', 'abort', 'read', 'query'. */
  operation: string;
  /** What went wrong. @default the cause's message */
  message?: string;
  /** Whether rerunning may succeed. @default true when the cause is a transient errno (EBUSY, ECONNRESET, …) or says it is retryable */
  retryable?: boolean;
}

/**
 * Thrown when a sink could not write, commit or abort a run. Retryable when the cause is transient.
 *
 * @example
 * new SinkWriteError({ sink: 'file', operation: 'write', runId: '20261129T0900', cause })
 */
export class SinkWriteError extends OhmystackError {
  override name = 'SinkWriteError';
  /** What the sink was doing: 'write', 'commit', 'abort', 'read', 'query'. */
  readonly operation: string;

  constructor(details: SinkWriteErrorDetails) {
    const { operation, message, retryable, hint, ...context } = details;
    const { cause } = context;
    const why = message ?? (cause instanceof Error ? cause.message : String(cause ?? 'unknown failure'));
    const transient = retryable ?? isTransient(cause);
    super({
      ...context,
      message: `${operation} failed${context.runId ? ` for run ${context.runId}` : ''}: ${why}`,
      code: 'sink_write_failed',
      retryable: transient,
      hint:
        hint ??
        (transient
          ? 'a transient failure; rerun the same slot (reruns replace, never duplicate)'
          : 'check the destination (path, permissions, free space) and rerun the slot'),
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
