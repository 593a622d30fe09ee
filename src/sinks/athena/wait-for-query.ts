// Athena queries are asynchronous: StartQueryExecution returns an id and the caller polls
// GetQueryExecution. The wait between polls grows (full jitter, capped) so a minutes-long scan costs a
// handful of calls, not hundreds.
import { sleep } from '../../http/abort.js';
import { backoffDelay, type ResolvedRetryOptions } from '../../model/retry.js';
import type { AwsClientLike } from '../aws/sdk.js';
import { AthenaQueryError } from './athena-query-error.js';
import type { AthenaModule, QueryExecutionOutput } from './sdk.js';

/** How {@link waitForQuery} polls. */
export interface WaitForQueryOptions {
  /** The waits between polls; `limit` is not read (polling lasts until the query ends or `signal` aborts). */
  poll: Pick<ResolvedRetryOptions, 'backoffMs' | 'maxBackoffMs'>;
  signal?: AbortSignal;
}

/** What a finished query says about itself. */
export interface FinishedQuery {
  /** 'DDL' | 'DML' | 'UTILITY'. */
  statementType: string | undefined;
}

/**
 * Returns once the query SUCCEEDED, polling GetQueryExecution with a growing wait between polls.
 *
 * @example await waitForQuery(client, sdk, id, { poll: { backoffMs: 200, maxBackoffMs: 5000 }, signal });
 * @throws {AthenaQueryError} when the query ends FAILED or CANCELLED, with Athena's reason.
 * @throws {AbortedError} when `signal` aborts.
 */
export async function waitForQuery(
  client: AwsClientLike,
  sdk: AthenaModule,
  queryExecutionId: string,
  options: WaitForQueryOptions,
): Promise<FinishedQuery> {
  for (let poll = 1; ; poll++) {
    const { QueryExecution } = (await client.send(
      new sdk.GetQueryExecutionCommand({ QueryExecutionId: queryExecutionId }),
      { abortSignal: options.signal },
    )) as QueryExecutionOutput;
    const status = QueryExecution?.Status;
    const state = status?.State;
    if (state === 'SUCCEEDED') return { statementType: QueryExecution?.StatementType };
    if (state === 'FAILED' || state === 'CANCELLED') {
      throw new AthenaQueryError({
        queryExecutionId,
        state,
        reason: status?.StateChangeReason ?? status?.AthenaError?.ErrorMessage ?? 'no reason given',
        errorType: status?.AthenaError?.ErrorType,
        retryable: status?.AthenaError?.Retryable,
      });
    }
    await sleep(backoffDelay(poll, options.poll), options.signal, { sink: 'athena', what: 'query' });
  }
}
