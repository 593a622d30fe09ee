// The warehouse catalog over the lake: Athena tables with partition projection, and SQL through Athena's
// asynchronous query API (start, poll, page through results).
import { ValidationError } from '../../model/errors/validation-error.js';
import {
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
  retryOptionIssues,
} from '../../model/retry.js';
import {
  type DemandByJobFamilyRow,
  demandByJobFamilySql,
  type NewVsClosedRow,
  newVsClosedSql,
  type StackDemandByRegionRow,
  type StackDemandByWeekRow,
  stackDemandByRegionSql,
  stackDemandByWeekSql,
  type TrendTables,
} from '../../query/trend-queries.js';
import { type AwsClientConfig, type AwsClientInit, type AwsClientLike, isAwsClient } from '../aws/sdk.js';
import { type AthenaDdlOptions, athenaDdl, normalizeS3Location } from './ddl.js';
import { toExecutionParameter } from './params.js';
import { type AthenaResultSetLike, parseResultPage } from './parse-results.js';
import { type AthenaModule, loadAthenaModule } from './sdk.js';
import { waitForQuery } from './wait-for-query.js';

/** The catalog's name in results and errors. */
export const SINK_NAME = 'athena';

/** Options of {@link athenaCatalog}. */
export interface AthenaCatalogOptions {
  /** The Glue/Athena database the tables live in. */
  database: string;
  /** The lake root the tables read, 's3://bucket/prefix' (where s3Sink writes). */
  s3Location: string;
  /** @default Athena's 'primary' workgroup (the option is left out) */
  workgroup?: string;
  /** Where Athena writes result files, 's3://bucket/athena-results/'; needed unless the workgroup sets one. */
  outputLocation?: string;
  /**
   * An AthenaClient to reuse, or the AthenaClientConfig to create one with (created once, on first use;
   * its `maxAttempts` sets the SDK's attempts per request).
   */
  client?: AwsClientLike | AwsClientConfig;
  /**
   * The `@aws-sdk/client-athena` module to use instead of importing the optional peer on first use.
   * @default imported on first use
   * @example athenaCatalog({ database: 'ohmystack', s3Location, lib: await import('@aws-sdk/client-athena') })
   */
  lib?: AthenaModule;
  /** The lake's file format. @default 'parquet' */
  format?: 'parquet' | 'json';
  /**
   * The waits between GetQueryExecution polls, as retry backoffs (full jitter, capped); polling lasts until
   * the query ends or the signal aborts, so `limit` is not read.
   * @default { backoffMs: 200, maxBackoffMs: 5000 }
   */
  poll?: Omit<RetryOptions, 'limit'>;
  /** @deprecated Use `poll.backoffMs`. */
  pollInitialMs?: number;
  /** @deprecated Use `poll.maxBackoffMs`. */
  pollMaxMs?: number;
  /** MaxResults per GetQueryResults page (Athena allows up to 1000). @default 1000 */
  pageSize?: number;
}

/** Per-call options of {@link AthenaCatalog.query}. */
export interface AthenaQueryOptions {
  /** Aborting stops polling and sends StopQueryExecution. */
  signal?: AbortSignal;
}

/** The Athena catalog: DDL, table creation and SQL over the lake. */
export interface AthenaCatalog {
  readonly name: string;
  /** The statements `createTables` runs: the database, then raw, postings, features. */
  ddl(): string[];
  /** Runs {@link AthenaCatalog.ddl} in order; idempotent (IF NOT EXISTS). */
  createTables(options?: AthenaQueryOptions): Promise<void>;
  /** Runs one statement and returns its typed rows (empty for DDL). */
  query(
    sql: string,
    params?: readonly unknown[],
    options?: AthenaQueryOptions,
  ): Promise<Record<string, unknown>[]>;
  /** Distinct postings per (KST week, stack), from `features`. */
  stackDemandByWeek(options?: AthenaQueryOptions): Promise<StackDemandByWeekRow[]>;
  /** Distinct postings per (시도, stack), from `features`. */
  stackDemandByRegion(options?: AthenaQueryOptions): Promise<StackDemandByRegionRow[]>;
  /** Distinct postings and companies per job family, from `features`. */
  demandByJobFamily(options?: AthenaQueryOptions): Promise<DemandByJobFamilyRow[]>;
  /** New and closed postings per partition day, from `postings`. */
  newVsClosed(options?: AthenaQueryOptions): Promise<NewVsClosedRow[]>;
  /** Destroys the client if the catalog created it. */
  dispose(): Promise<void>;
}

/** The waits between polls when `poll` leaves a field out. */
const POLL_DEFAULTS: ResolvedRetryOptions = {
  limit: Number.POSITIVE_INFINITY,
  backoffMs: 200,
  maxBackoffMs: 5000,
};

/**
 * Returns an Athena catalog over an ohmystack lake on S3. Tables use partition projection on `dt`/`hr`,
 * so new run partitions are queryable the moment their files land — no crawler, no MSCK REPAIR.
 *
 * @default format 'parquet', poll { backoffMs: 200, maxBackoffMs: 5000 }, pageSize 1000
 * @example
 * // Real AWS: credentials from the default provider chain (env, profile, role).
 * const athena = athenaCatalog({
 *   database: 'ohmystack',
 *   s3Location: 's3://my-lake/ohmystack',
 *   outputLocation: 's3://my-lake/athena-results/',
 *   client: { region: 'ap-northeast-2' },
 * });
 * await athena.createTables();
 * const rows = await athena.query('SELECT value, count(*) AS n FROM features WHERE dt = ? GROUP BY 1', ['2026-11-29']);
 * @throws TypeError when `s3Location` is not an s3:// URL.
 * @throws ValidationError for a negative or non-numeric `poll` setting, or an `s3Location` whose prefix
 *   s3Sink would refuse ('s3://lake/../other').
 * @throws AthenaQueryError (from query/createTables) when a query ends FAILED or CANCELLED.
 * @throws AbortedError when the caller's signal aborts (the query is stopped).
 * @throws CapabilityError on first use when `@aws-sdk/client-athena` is not installed and `lib` does not give it.
 */
export function athenaCatalog(options: AthenaCatalogOptions): AthenaCatalog {
  const ddlOptions: AthenaDdlOptions = {
    database: options.database,
    s3Location: normalizeS3Location(options.s3Location),
    format: options.format ?? 'parquet',
  };
  const pageSize = Math.min(Math.max(options.pageSize ?? 1000, 1), 1000);
  const poll = resolveRetryOptions(
    {
      backoffMs: options.poll?.backoffMs ?? options.pollInitialMs,
      maxBackoffMs: options.poll?.maxBackoffMs ?? options.pollMaxMs,
    },
    POLL_DEFAULTS,
  );
  const pollIssues = retryOptionIssues(poll, 'poll');
  if (pollIssues.length > 0)
    throw new ValidationError({ what: 'athenaCatalog options', issues: pollIssues, sink: SINK_NAME });
  const owned = !isAwsClient(options.client);
  let connection: Promise<{ client: AwsClientLike; sdk: AthenaModule }> | undefined;

  // Created once, lazily, so importing ohmystack/sinks never loads the Athena SDK.
  const connect = (): Promise<{ client: AwsClientLike; sdk: AthenaModule }> => {
    connection ??= loadAthenaModule(options.lib).then((sdk) => ({
      client: isAwsClient(options.client)
        ? options.client
        : new sdk.AthenaClient((options.client as AwsClientInit | undefined) ?? {}),
      sdk,
    }));
    return connection;
  };

  const query = async (
    sql: string,
    params: readonly unknown[] = [],
    queryOptions: AthenaQueryOptions = {},
  ): Promise<Record<string, unknown>[]> => {
    const { client: athena, sdk } = await connect();
    const started = (await athena.send(
      new sdk.StartQueryExecutionCommand({
        QueryString: sql,
        QueryExecutionContext: { Database: options.database },
        ...(options.workgroup === undefined ? {} : { WorkGroup: options.workgroup }),
        ...(options.outputLocation === undefined
          ? {}
          : { ResultConfiguration: { OutputLocation: options.outputLocation } }),
        ...(params.length === 0 ? {} : { ExecutionParameters: params.map(toExecutionParameter) }),
      }),
      { abortSignal: queryOptions.signal },
    )) as { QueryExecutionId?: string };
    const id = started.QueryExecutionId;
    if (!id) throw new Error('Athena returned no QueryExecutionId');
    const finished = await waitForQuery(athena, sdk, id, { poll, signal: queryOptions.signal }).catch(
      async (error: unknown) => {
        // An aborted caller stops the query too: Athena bills scanned bytes until it ends.
        if (queryOptions.signal?.aborted)
          await athena
            .send(new sdk.StopQueryExecutionCommand({ QueryExecutionId: id }))
            .catch(() => undefined);
        throw error;
      },
    );
    const rows: Record<string, unknown>[] = [];
    let nextToken: string | undefined;
    let first = true;
    do {
      const page = (await athena.send(
        new sdk.GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: pageSize, NextToken: nextToken }),
        { abortSignal: queryOptions.signal },
      )) as { ResultSet?: AthenaResultSetLike; NextToken?: string };
      // Only a SELECT's first page starts with the header row.
      rows.push(...parseResultPage(page.ResultSet ?? {}, first && finished.statementType === 'DML'));
      nextToken = page.NextToken;
      first = false;
    } while (nextToken);
    return rows;
  };

  // Qualified with the database so the canned SQL works whatever the session's default database is.
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const tables: TrendTables = {
    postings: `${quoted(options.database)}.${quoted('postings')}`,
    features: `${quoted(options.database)}.${quoted('features')}`,
  };
  const canned =
    <Row>(sql: (t: TrendTables) => string) =>
    async (queryOptions?: AthenaQueryOptions): Promise<Row[]> =>
      (await query(sql(tables), [], queryOptions)) as Row[];

  return {
    name: SINK_NAME,
    ddl: () => athenaDdl(ddlOptions),
    async createTables(queryOptions = {}) {
      for (const statement of athenaDdl(ddlOptions)) await query(statement, [], queryOptions);
    },
    query,
    stackDemandByWeek: canned<StackDemandByWeekRow>(stackDemandByWeekSql),
    stackDemandByRegion: canned<StackDemandByRegionRow>(stackDemandByRegionSql),
    demandByJobFamily: canned<DemandByJobFamilyRow>(demandByJobFamilySql),
    newVsClosed: canned<NewVsClosedRow>(newVsClosedSql),
    async dispose() {
      const made = connection;
      connection = undefined;
      // A connection that never came (the SDK missing) has no client to destroy.
      if (owned && made) (await made.catch(() => undefined))?.client.destroy();
    },
  };
}
