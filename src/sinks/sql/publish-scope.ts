// What every step of a publish shares: one way to run a statement inside the publish's transaction,
// the qualified table names, and the run being published.
import type { SqlResult, SqlSession } from './client.js';
import type { Dialect } from './dialect.js';
import type { TableNames } from './identifiers.js';

/** Runs one statement written with `?` placeholders, in the session's transaction. */
export type PublishExec = (sql: string, params?: readonly unknown[]) => Promise<SqlResult>;

/** The run a publish moves from staging into the published tables. */
export interface PublishedRun {
  runId: string;
  /** KST partition date 'YYYY-MM-DD'. */
  dt: string;
  /** KST partition hour 'HH'. */
  hr: string;
  /** When the commit happened (ISO 8601); postings it closes carry it as closed_at. */
  committedAt: string;
}

/** What each step of a publish needs. */
export interface PublishScope {
  exec: PublishExec;
  /** Qualified table names to use in SQL. */
  q: TableNames['qualified'];
  runId: string;
}

/**
 * Returns the scope of a publish of `runId` over `session`, its statements translated to `dialect`'s
 * placeholders ('?' → '$1' on PostgreSQL).
 *
 * @example
 * const { exec } = publishScope(session, dialectOf('postgres'), tables, '20261129T0900');
 * await exec('SELECT 1 FROM stg_closed WHERE run_id = ?', ['20261129T0900']);
 */
export function publishScope(
  session: SqlSession,
  dialect: Dialect,
  tables: TableNames,
  runId: string,
): PublishScope {
  const exec: PublishExec = (sql, params = []) => session.run(dialect.sql(sql), params);
  return { exec, q: tables.qualified, runId };
}
