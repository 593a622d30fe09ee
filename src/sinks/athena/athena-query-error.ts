import { OhmystackError } from '../../model/errors/ohmystack-error.js';

/** What {@link AthenaQueryError} carries. */
export interface AthenaQueryErrorDetails {
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
 */
export class AthenaQueryError extends OhmystackError {
  override name = 'AthenaQueryError';
  readonly queryExecutionId: string;
  readonly state: string;
  readonly reason: string;
  readonly errorType: number | undefined;

  constructor(details: AthenaQueryErrorDetails) {
    super(`query ${details.queryExecutionId} ${details.state}: ${details.reason}`, {
      code: 'query_failed',
      sink: 'athena',
      retryable: details.retryable ?? false,
      hint:
        details.state === 'CANCELLED'
          ? 'the query was cancelled; run it again'
          : 'check the SQL and that the tables exist (createTables)',
    });
    this.queryExecutionId = details.queryExecutionId;
    this.state = details.state;
    this.reason = details.reason;
    this.errorType = details.errorType;
  }
}
