// S3 failures as ohmystack errors. The SDK's error objects carry the raw response; we keep only the
// name, status and message (with anything key-like redacted) so credentials can never ride along.
import { SinkWriteError } from '../../model/errors/sink-write-error.js';
import { isRetryableS3Error } from './retry.js';

const SECRETS = /(AKIA|ASIA)[A-Z0-9]{12,}|(?<=(?:Signature|Credential|X-Amz-Security-Token)=)[^&\s,]+/g;

/**
 * Returns a SinkWriteError for an S3 failure: name, HTTP status and redacted message only.
 *
 * @example s3SinkError(error, 'write', '20261129T0900', 'postings/dt=…/20261129T0900-00000.parquet')
 */
export function s3SinkError(error: unknown, operation: string, runId: string, key?: string): SinkWriteError {
  if (error instanceof SinkWriteError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const status = e.$metadata?.httpStatusCode;
  const message =
    `${e.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}: ${String(e.message ?? error)}`.replace(
      SECRETS,
      '***',
    );
  const cause = new Error(message);
  cause.name = e.name ?? 'Error';
  return new SinkWriteError({
    sink: 's3',
    operation,
    runId,
    message: key ? `${key}: ${message}` : message,
    retryable: isRetryableS3Error(error),
    cause,
  });
}
