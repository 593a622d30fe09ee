// The warehouse catalog over the lake: Athena tables with partition projection, and SQL through Athena's
// asynchronous query API (start, poll, page through results).
import type { AthenaClient, AthenaClientConfig } from '@aws-sdk/client-athena';
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
import { type AthenaDdlOptions, athenaDdl, normalizeS3Location } from './ddl.js';
import { toExecutionParameter } from './params.js';
import { parseResultPage } from './parse-results.js';
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
  /** An AthenaClient to reuse, or the config to create one with (created once, on first use). */
  client?: AthenaClient | AthenaClientConfig;
  /** The lake's file format. @default 'parquet' */
  format?: 'parquet' | 'json';
  /** First delay between GetQueryExecution polls, ms. @default 200 */
  pollInitialMs?: number;
  /** Longest delay between polls, ms. @default 5000 */
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

const isClient = (value: unknown): value is AthenaClient =>
  typeof (value as { send?: unknown } | undefined)?.send === 'function';

/**
 * Returns an Athena catalog over an ohmystack lake on S3. Tables use partition projection on `dt`/`hr`,
 * so new run partitions are queryable the moment their files land — no crawler, no MSCK REPAIR.
 *
 * @default format 'parquet', pollInitialMs 200, pollMaxMs 5000, pageSize 1000
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
 * @throws AthenaQueryError (from query/createTables) when a query ends FAILED or CANCELLED.
 * @throws AbortedError when the caller's signal aborts (the query is stopped).
 */
export function athenaCatalog(options: AthenaCatalogOptions): AthenaCatalog {
  const ddlOptions: AthenaDdlOptions = {
    database: options.database,
    s3Location: normalizeS3Location(options.s3Location),
    format: options.format ?? 'parquet',
  };
  const pageSize = Math.min(Math.max(options.pageSize ?? 1000, 1), 1000);
  const owned = !isClient(options.client);
  let clientPromise: Promise<AthenaClient> | undefined;

  // Created once, lazily, so importing ohmystack/sinks never loads the Athena SDK.
  const client = (): Promise<AthenaClient> => {
    clientPromise ??= isClient(options.client)
      ? Promise.resolve(options.client)
      : import('@aws-sdk/client-athena').then(
          ({ AthenaClient }) => new AthenaClient((options.client as AthenaClientConfig | undefined) ?? {}),
        );
    return clientPromise;
  };

  const query = async (
    sql: string,
    params: readonly unknown[] = [],
    queryOptions: AthenaQueryOptions = {},
  ): Promise<Record<string, unknown>[]> => {
    const athena = await client();
    const { StartQueryExecutionCommand, GetQueryResultsCommand } = await import('@aws-sdk/client-athena');
    const started = await athena.send(
      new StartQueryExecutionCommand({
        QueryString: sql,
        QueryExecutionContext: { Database: options.database },
        ...(options.workgroup === undefined ? {} : { WorkGroup: options.workgroup }),
        ...(options.outputLocation === undefined
          ? {}
          : { ResultConfiguration: { OutputLocation: options.outputLocation } }),
        ...(params.length === 0 ? {} : { ExecutionParameters: params.map(toExecutionParameter) }),
      }),
      { abortSignal: queryOptions.signal },
    );
    const id = started.QueryExecutionId;
    if (!id) throw new Error('Athena returned no QueryExecutionId');
    const finished = await waitForQuery(athena, id, {
      initialMs: options.pollInitialMs ?? 200,
      maxMs: options.pollMaxMs ?? 5000,
      signal: queryOptions.signal,
    }).catch(async (error: unknown) => {
      // An aborted caller stops the query too: Athena bills scanned bytes until it ends.
      if (queryOptions.signal?.aborted) {
        const { StopQueryExecutionCommand } = await import('@aws-sdk/client-athena');
        await athena.send(new StopQueryExecutionCommand({ QueryExecutionId: id })).catch(() => undefined);
      }
      throw error;
    });
    const rows: Record<string, unknown>[] = [];
    let nextToken: string | undefined;
    let first = true;
    do {
      const page = await athena.send(
        new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: pageSize, NextToken: nextToken }),
        { abortSignal: queryOptions.signal },
      );
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
      if (owned && clientPromise) (await clientPromise).destroy();
    },
  };
}
