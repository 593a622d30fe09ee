import { type ErrorDetails, OhmystackError } from '../../model/errors/ohmystack-error.js';

/** What {@link AthenaQueryError} is built from; its sink is always 'athena'. */
export interface AthenaQueryErrorDetails extends Pick<ErrorDetails, 'hint' | 'cause' | 'runId'> {
  queryExecutionId: string;
  /** The final state: FAILED or CANCELLED. */
  state: string;
  /** Athena's StateChangeReason, e.g. "SYNTAX_ERROR: line 1:8: Column 'x' cannot be resolved". */
  reason: string;
  /** Athena's AthenaError.ErrorType code when it sent one. */
  errorType?: number;
  /** AthenaError.Retryable: Athena's own word on whether a retry may help. */
  retryable?: boolean;
}

/**
 * Thrown when an Athena query ends FAILED or CANCELLED (code 'query_failed'); carries the execution id
 * and the state-change reason.
 *
 * @example
 * new AthenaQueryError({ queryExecutionId, state: 'FAILED', reason: "SYNTAX_ERROR: line 1:8: Column '회사' cannot be resolved" })
 */
export class AthenaQueryError extends OhmystackError {
  override name = 'AthenaQueryError';
  readonly queryExecutionId: string;
  readonly state: string;
  readonly reason: string;
  readonly errorType: number | undefined;

  constructor(details: AthenaQueryErrorDetails) {
    const { queryExecutionId, state, reason, errorType, retryable = false, hint, ...context } = details;
    super({
      ...context,
      message: `query ${queryExecutionId} ${state}: ${reason}`,
      code: 'query_failed',
      sink: 'athena',
      retryable,
      hint:
        hint ??
        (state === 'CANCELLED'
          ? 'the query was cancelled; run it again'
          : 'check the SQL and that the tables exist (createTables)'),
    });
    this.queryExecutionId = queryExecutionId;
    this.state = state;
    this.reason = reason;
    this.errorType = errorType;
  }
}
