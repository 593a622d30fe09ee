// Public types of the Athena replica.

/** The Athena API actions the replica answers. */
export type AthenaReplicaAction =
  | 'StartQueryExecution'
  | 'GetQueryExecution'
  | 'GetQueryResults'
  | 'StopQueryExecution';

/** Options of `createAthenaReplica`. */
export interface AthenaReplicaOptions {
  /** The local lake directory that stands for `s3Location` (same layout: `{dataset}/dt=…/hr=…/…`). */
  lakeDir: string;
  /** The S3 URL tables point at; LOCATIONs under it read from `lakeDir`. @default 's3://ohmystack-lake/lake' */
  s3Location?: string;
  /** GetQueryExecution calls a query spends QUEUED then RUNNING before its final state. @default 2 */
  pollsUntilDone?: number;
  /** The region reported in ARNs and used by clients. @default 'ap-northeast-2' */
  region?: string;
}

/** A running Athena replica. */
export interface AthenaReplica {
  /** 'http://127.0.0.1:<port>', the AthenaClient `endpoint`. */
  url: string;
  region: string;
  /** Fake credentials; any signature is accepted, but a request must carry an Authorization header. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  s3Location: string;
  /** Calls per action so far. */
  readonly calls: Readonly<Record<AthenaReplicaAction, number>>;
  /** Requests refused for a missing Authorization header. */
  readonly unauthorized: number;
  /** Runs SQL on the replica's DuckDB directly (views refreshed first), for comparisons in tests. */
  duckdb(sql: string): Promise<Record<string, unknown>[]>;
  resetCalls(): void;
  close(): Promise<void>;
}
