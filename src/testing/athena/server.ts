import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../_loopback-server.js';
import { type AthenaResult, bindParameters, DuckdbLake } from './duckdb-lake.js';
import type { AthenaReplica, AthenaReplicaAction, AthenaReplicaOptions } from './types.js';

interface Execution {
  id: string;
  sql: string;
  database: string | undefined;
  workGroup: string;
  submittedAt: number;
  polls: number;
  cancelled: boolean;
  outcome: Promise<{ ok: true; result: AthenaResult } | { ok: false; reason: string }>;
  settled?: { ok: true; result: AthenaResult } | { ok: false; reason: string };
}

const ACTIONS: readonly AthenaReplicaAction[] = [
  'StartQueryExecution',
  'GetQueryExecution',
  'GetQueryResults',
  'StopQueryExecution',
];

class AthenaFault extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const zeroCalls = () => Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<AthenaReplicaAction, number>;

/**
 * Starts an Athena replica: a real HTTP server on 127.0.0.1 speaking the Athena JSON protocol (AWS JSON
 * 1.1: `POST /`, `X-Amz-Target: AmazonAthena.<Action>`) for StartQueryExecution, GetQueryExecution
 * (QUEUED → RUNNING → final over `pollsUntilDone` polls), GetQueryResults (MaxResults/NextToken pages,
 * header row first for SELECTs) and StopQueryExecution. It answers from DuckDB over `lakeDir`, which
 * stands for `s3Location`: CREATE EXTERNAL TABLE becomes a view over the table's files. Signatures are
 * not checked, but an Authorization header is required.
 *
 * @default s3Location 's3://ohmystack-lake/lake', pollsUntilDone 2, region 'ap-northeast-2'
 * @example
 * const replica = await createAthenaReplica({ lakeDir: '/tmp/lake' });
 * const athena = athenaCatalog({ database: 'jobs', s3Location: replica.s3Location,
 *   client: { endpoint: replica.url, region: replica.region, credentials: replica.credentials } });
 * await replica.close();
 * @throws Error when @duckdb/node-api is not installed.
 */
export async function createAthenaReplica(options: AthenaReplicaOptions): Promise<AthenaReplica> {
  const region = options.region ?? 'ap-northeast-2';
  const s3Location = options.s3Location ?? 's3://ohmystack-lake/lake';
  const pollsUntilDone = options.pollsUntilDone ?? 2;
  // An optional peer: loaded only when a replica is started.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const lake = new DuckdbLake(connection, options.lakeDir, s3Location);
  const executions = new Map<string, Execution>();
  let calls = zeroCalls();
  let unauthorized = 0;

  const find = (body: Record<string, unknown>): Execution => {
    const id = body.QueryExecutionId;
    const execution = typeof id === 'string' ? executions.get(id) : undefined;
    if (!execution)
      throw new AthenaFault('InvalidRequestException', `QueryExecution ${String(id)} was not found`);
    return execution;
  };

  const stateOf = (e: Execution): string => {
    if (e.cancelled) return 'CANCELLED';
    if (e.polls <= 1 || !e.settled) return e.polls <= 1 ? 'QUEUED' : 'RUNNING';
    if (e.polls <= pollsUntilDone) return 'RUNNING';
    return e.settled.ok ? 'SUCCEEDED' : 'FAILED';
  };

  const describe = (e: Execution) => {
    const state = stateOf(e);
    const failed = state === 'FAILED' && e.settled && !e.settled.ok ? e.settled.reason : undefined;
    const done = state === 'SUCCEEDED' || state === 'FAILED' || state === 'CANCELLED';
    return {
      QueryExecutionId: e.id,
      Query: e.sql,
      StatementType: e.settled?.ok ? e.settled.result.statementType : 'DML',
      QueryExecutionContext: e.database ? { Database: e.database } : {},
      WorkGroup: e.workGroup,
      Status: {
        State: state,
        SubmissionDateTime: e.submittedAt / 1000,
        ...(done ? { CompletionDateTime: Date.now() / 1000 } : {}),
        ...(failed ? { StateChangeReason: failed } : {}),
        ...(failed
          ? { AthenaError: { ErrorCategory: 2, ErrorType: 1006, Retryable: false, ErrorMessage: failed } }
          : {}),
        ...(state === 'CANCELLED' ? { StateChangeReason: 'Query cancelled by user' } : {}),
      },
    };
  };

  const actions: Record<AthenaReplicaAction, (body: Record<string, unknown>) => Promise<unknown>> = {
    async StartQueryExecution(body) {
      if (typeof body.QueryString !== 'string' || body.QueryString.trim() === '')
        throw new AthenaFault('InvalidRequestException', 'QueryString is required');
      const params = Array.isArray(body.ExecutionParameters) ? body.ExecutionParameters.map(String) : [];
      const context = body.QueryExecutionContext as { Database?: string } | undefined;
      const id = randomUUID();
      const sql = body.QueryString;
      const outcome = (async () => {
        try {
          return {
            ok: true as const,
            result: await lake.run(bindParameters(sql, params), context?.Database),
          };
        } catch (error) {
          return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
        }
      })();
      const execution: Execution = {
        id,
        sql,
        database: context?.Database,
        workGroup: typeof body.WorkGroup === 'string' ? body.WorkGroup : 'primary',
        submittedAt: Date.now(),
        polls: 0,
        cancelled: false,
        outcome,
      };
      void outcome.then((settled) => {
        execution.settled = settled;
      });
      executions.set(id, execution);
      return { QueryExecutionId: id };
    },
    async GetQueryExecution(body) {
      const execution = find(body);
      execution.polls++;
      // The final poll waits for DuckDB, so "SUCCEEDED" always means the rows are there.
      if (execution.polls > pollsUntilDone) await execution.outcome;
      return { QueryExecution: describe(execution) };
    },
    async GetQueryResults(body) {
      const execution = find(body);
      const state = stateOf(execution);
      if (state !== 'SUCCEEDED' || !execution.settled?.ok)
        throw new AthenaFault(
          'InvalidRequestException',
          `Query has not yet finished. Current state: ${state}`,
        );
      const maxResults = typeof body.MaxResults === 'number' ? body.MaxResults : 1000;
      if (maxResults < 1 || maxResults > 1000)
        throw new AthenaFault('InvalidRequestException', 'MaxResults must be between 1 and 1000');
      const { result } = execution.settled;
      const header = result.statementType === 'DML' ? [result.columns.map((c) => c.name)] : [];
      const all = [...header, ...result.rows];
      const offset =
        typeof body.NextToken === 'string' ? Number(Buffer.from(body.NextToken, 'base64url').toString()) : 0;
      if (!Number.isInteger(offset) || offset < 0)
        throw new AthenaFault('InvalidRequestException', 'invalid NextToken');
      const end = offset + maxResults;
      return {
        UpdateCount: 0,
        ResultSet: {
          Rows: all
            .slice(offset, end)
            .map((row) => ({ Data: row.map((v) => (v === null ? {} : { VarCharValue: v })) })),
          ResultSetMetadata: {
            ColumnInfo: result.columns.map((c) => ({
              CatalogName: 'hive',
              Name: c.name,
              Label: c.name,
              Type: c.type,
              Nullable: 'UNKNOWN',
              CaseSensitive: c.type === 'varchar',
            })),
          },
        },
        ...(end < all.length ? { NextToken: Buffer.from(String(end)).toString('base64url') } : {}),
      };
    },
    async StopQueryExecution(body) {
      const execution = find(body);
      const state = stateOf(execution);
      if (state === 'QUEUED' || state === 'RUNNING') execution.cancelled = true;
      return {};
    },
  };

  const send = (res: ServerResponse, status: number, value: unknown, errorType?: string) => {
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'content-length': String(body.length),
      'x-amzn-requestid': randomUUID(),
      ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
    });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      if (!req.headers.authorization)
        throw new AthenaFault('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
      const target = String(req.headers['x-amz-target'] ?? '');
      const action = target.startsWith('AmazonAthena.') ? target.slice('AmazonAthena.'.length) : '';
      if (req.method !== 'POST' || !ACTIONS.includes(action as AthenaReplicaAction))
        throw new AthenaFault('UnknownOperationException', `unknown operation ${target || '(none)'}`);
      calls[action as AthenaReplicaAction]++;
      const text = Buffer.concat(chunks).toString('utf8');
      const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      send(res, 200, await actions[action as AthenaReplicaAction](body));
    } catch (error) {
      const fault =
        error instanceof AthenaFault ? error : new AthenaFault('InternalServerException', String(error), 500);
      if (fault.type === 'MissingAuthenticationTokenException') unauthorized++;
      send(res, fault.status, { __type: fault.type, Message: fault.message }, fault.type);
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  const url = await listenOnLoopback(server);

  return {
    url,
    region,
    credentials: { accessKeyId: 'AKIAREPLICA', secretAccessKey: 'replica-secret' },
    s3Location,
    get calls() {
      return { ...calls };
    },
    get unauthorized() {
      return unauthorized;
    },
    async duckdb(sql) {
      const result = await lake.run(sql, undefined);
      return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c.name, row[i]])));
    },
    resetCalls() {
      calls = zeroCalls();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      connection.closeSync();
      instance.closeSync();
    },
  };
}
