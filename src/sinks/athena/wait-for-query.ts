// Athena queries are asynchronous: StartQueryExecution returns an id and the caller polls
// GetQueryExecution. Backoff grows so a minutes-long scan costs a handful of calls, not hundreds.
import type { AthenaClient } from '@aws-sdk/client-athena';
import { AbortedError } from '../../model/errors/aborted-error.js';
import { AthenaQueryError } from './athena-query-error.js';

/** How {@link waitForQuery} polls. */
export interface WaitForQueryOptions {
  /** First delay between polls, ms. @default 200 */
  initialMs?: number;
  /** Longest delay between polls, ms. @default 5000 */
  maxMs?: number;
  signal?: AbortSignal;
}

/** What a finished query says about itself. */
export interface FinishedQuery {
  /** 'DDL' | 'DML' | 'UTILITY'. */
  statementType: string | undefined;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted)
      return reject(new AbortedError({ sink: 'athena', what: 'query', cause: signal.reason }));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError({ sink: 'athena', what: 'query', cause: signal?.reason }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Returns once the query SUCCEEDED, polling GetQueryExecution with exponential backoff (×2 per poll,
 * capped at `maxMs`).
 *
 * @default initialMs 200, maxMs 5000
 * @example await waitForQuery(client, id, { initialMs: 100 });
 * @throws AthenaQueryError when the query ends FAILED or CANCELLED, with Athena's reason.
 * @throws AbortedError when `signal` aborts.
 */
export async function waitForQuery(
  client: AthenaClient,
  queryExecutionId: string,
  options: WaitForQueryOptions = {},
): Promise<FinishedQuery> {
  const { GetQueryExecutionCommand } = await import('@aws-sdk/client-athena');
  let delay = options.initialMs ?? 200;
  const maxMs = options.maxMs ?? 5000;
  for (;;) {
    const { QueryExecution } = await client.send(
      new GetQueryExecutionCommand({ QueryExecutionId: queryExecutionId }),
      {
        abortSignal: options.signal,
      },
    );
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
    await sleep(delay, options.signal);
    delay = Math.min(delay * 2, maxMs);
  }
}
