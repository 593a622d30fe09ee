// sqlSink: the production database. Rows are staged per run and published in one transaction into
// normalized tables (companies, branches, job_families, stacks, postings, their link tables and
// posting_seen, each posting's last-seen run, moved for every posting the run wrote or reported seen).
import { isOhmystackError } from '../../model/errors/ohmystack-error.js';
import { SinkWriteError } from '../../model/errors/sink-write-error.js';
import type { Batch, RunContext, Sink, SinkCapabilities, SinkResult } from '../types.js';
import { openClient, type SqlClient, type SqlSession } from './client.js';
import { type DialectName, dialectOf } from './dialect.js';
import { type TableName, type TableNames, tableNames } from './identifiers.js';
import { type MigrateResult, migrate } from './migrate.js';
import { publishRun } from './publish.js';
import { publishPostgresRun } from './publish-postgres.js';
import { stageRows, writeStaged } from './stage.js';
import { stagePostgresRows, writeStagedPostgres } from './stage-postgres.js';
import { storedSeenIds, writeStagedSeen } from './stage-seen.js';
import { stagedRuns } from './staged-runs.js';
import { CHECK_THE_SQL, isStatementError } from './statement-error.js';
import { type StorableTally, storableTally, storableWarnings } from './storable-row.js';

/** The sink's name in results and errors. */
export const SINK_NAME = 'sql';

/**
 * The npm package each dialect needs (optional peers, imported on first use). PostgreSQL also uses
 * `pg-copy-streams` when it is installed (an optional peer too; see `pgCopyStreams`).
 */
export const SINK_DEPENDENCIES: Readonly<Record<DialectName, string>> = {
  postgres: 'pg',
  mysql: 'mysql2',
  sqlite: 'better-sqlite3',
};

/** Options of {@link sqlSink}. */
export interface SqlSinkOptions {
  /** The engine: PostgreSQL (pg), MySQL/MariaDB (mysql2) or SQLite (better-sqlite3). */
  dialect: DialectName;
  /**
   * postgres: a connection string or a pg PoolConfig; mysql: a URI or a mysql2 PoolOptions;
   * sqlite: a file path (or ':memory:') or `{ filename, options }` for better-sqlite3.
   */
  connection: string | Record<string, unknown>;
  /** The driver module (`pg`, `mysql2` or `mysql2/promise`, `better-sqlite3`); imported lazily when absent. */
  lib?: unknown;
  /** Prepended to every table name (`/^[a-z_][a-z0-9_]{0,62}$/`). @default '' */
  tablePrefix?: string;
  /** PostgreSQL schema or MySQL database the tables live in (created when missing); not for SQLite. */
  schema?: string;
  /** SQLite only: how long a writer waits for another writer's lock. @default 5000 */
  sqliteBusyTimeoutMs?: number;
  /**
   * PostgreSQL only: the `pg-copy-streams` module, which stages rows with COPY FROM STDIN (several times
   * faster than INSERTs); imported lazily when absent and installed. `false` stages with INSERTs.
   */
  pgCopyStreams?: unknown;
}

/** The SQL sink: a {@link Sink} plus migrations, closed-posting reports and table names. */
export interface SqlSink extends Sink {
  readonly dialect: DialectName;
  /** Qualified table names by logical name, for queries ('postings' → 'myschema.app_postings'). */
  readonly tables: Readonly<Record<TableName, string>>;
  /** Applies pending migrations (also done on first write); a no-op when the schema is current. */
  migrate(): Promise<MigrateResult>;
  /** Reports postings gone from their sites: at commit their `closed_at` is set; rows are kept. */
  markClosed(ids: readonly string[], context: RunContext): Promise<void>;
  /**
   * Reports postings the run saw listed but does not write (skipped as unchanged since they were
   * published): at commit their last-seen run becomes the run, and one marked closed is open again.
   * Ids never published are ignored.
   */
  markSeen(ids: readonly string[], context: RunContext): Promise<void>;
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

const CAPABILITIES: SinkCapabilities = Object.freeze({
  modes: Object.freeze(['merge'] as const),
  atomicCommit: true,
  partitions: false,
  query: true,
  formats: Object.freeze([] as const),
});

/**
 * Creates the production-database sink. `write()` stages a run's 'postings' rows (a {@link PostingRow},
 * or `{ id, closed: true }` for a posting gone from its site); `markSeen()` stages the ids of postings
 * listed again but not written (unchanged), whose last-seen run the commit moves too; `commit()`
 * publishes the run in one transaction and records it in `ohmystack_runs` (committing a runId twice
 * changes nothing); `abort()` drops the run's staged rows. Other datasets are skipped with a warning.
 *
 * @example
 * const sink = sqlSink({ dialect: 'sqlite', connection: 'data/ohmystack.db' });
 * await sink.write({ dataset: 'postings', rows }, ctx);
 * await sink.markSeen(result.unchanged, ctx); // a SourceResult's ids skipped as unchanged
 * await sink.commit(ctx);
 */
export function sqlSink(options: SqlSinkOptions): SqlSink {
  const dialect = dialectOf(options.dialect);
  if (options.schema !== undefined && dialect.name === 'sqlite') {
    throw new TypeError('[ohmystack:sql] "schema" is not supported for SQLite; use "tablePrefix"');
  }
  const names: TableNames = tableNames(options.tablePrefix ?? '', options.schema);
  const warnings = new Map<string, string[]>();
  // What making rows storable changed, per run, reported at commit.
  const tallies = new Map<string, StorableTally>();
  const tallyOf = (runId: string) => {
    const tally = tallies.get(runId) ?? storableTally();
    tallies.set(runId, tally);
    return tally;
  };
  const staged = stagedRuns();
  let client: Promise<SqlClient> | undefined;
  let ready: Promise<MigrateResult> | undefined;

  const getClient = () => {
    client ??= openClient(dialect, options.connection, options.lib, options);
    client.catch(() => {
      client = undefined;
    });
    return client;
  };
  // The first operation migrates; later ones reuse the outcome. An explicit migrate() checks again.
  const runMigrations = (force = false) => {
    if (force || !ready) {
      const attempt = getClient().then((c) => migrate(c, dialect, names, options.schema));
      attempt.catch(() => {
        if (ready === attempt) ready = undefined;
      });
      ready = attempt;
    }
    return ready;
  };
  const fail = (operation: string, runId: string | undefined, cause: unknown): never => {
    // A missing driver says which package to install, wherever it shows; no write failed.
    if (isOhmystackError(cause) && cause.code === 'capability_missing') throw cause;
    throw new SinkWriteError({
      sink: SINK_NAME,
      operation,
      ...(runId ? { runId } : {}),
      cause,
      // A caller's query the database refused as written is the SQL's fault, not the destination's.
      ...(operation === 'query' && isStatementError(cause) ? { hint: CHECK_THE_SQL } : {}),
    });
  };
  async function transaction<T>(operation: string, context: RunContext, work: (s: SqlSession) => Promise<T>) {
    context.signal?.throwIfAborted();
    try {
      await runMigrations();
      return await (await getClient()).session(async (session) => {
        await session.run(dialect.begin);
        try {
          const result = await work(session);
          await session.run('COMMIT');
          return result;
        } catch (error) {
          await session.run('ROLLBACK').catch(() => {});
          throw error;
        }
      });
    } catch (error) {
      return fail(operation, context.runId, error);
    }
  }

  return {
    name: SINK_NAME,
    capabilities: CAPABILITIES,
    dialect: dialect.name,
    tables: names.qualified,
    migrate: () => runMigrations(true),

    async write(batch: Batch, context: RunContext) {
      if (batch.dataset !== 'postings') {
        const list = warnings.get(context.runId) ?? [];
        list.push(`${batch.rows.length} '${batch.dataset}' rows skipped: the SQL sink keeps postings only`);
        warnings.set(context.runId, list);
        return;
      }
      // Whether staging already holds rows of the run: asked once per run (staged-runs.ts).
      const hasStagedRows = async (session: SqlSession) => {
        const sql = `SELECT 1 AS found FROM ${names.qualified.stg_postings} WHERE run_id = ? LIMIT 1`;
        return (await session.run(dialect.sql(sql), [context.runId])).rows.length > 0;
      };
      if (dialect.name === 'postgres') {
        const batchRows = stagePostgresRows(batch.rows, context.runId, tallyOf(context.runId));
        const values = await transaction('write', context, async (session) => {
          const replace = await staged.needsReplace(context.runId, batchRows.ids, () =>
            hasStagedRows(session),
          );
          return writeStagedPostgres(session, names, batchRows, replace);
        });
        staged.add(context.runId, batchRows.ids, values);
        return;
      }
      const batchRows = stageRows(batch.rows, context.runId, tallyOf(context.runId));
      await transaction('write', context, async (session) => {
        const replace = await staged.needsReplace(context.runId, batchRows.ids, () => hasStagedRows(session));
        await writeStaged(session, dialect, names, batchRows, replace);
      });
      staged.add(context.runId, batchRows.ids, { stack: new Set(), family: new Set() });
    },

    async markClosed(ids, context) {
      const rows = ids.map((id) => ({ id, closed: true as const }));
      await this.write({ dataset: 'postings', rows }, context);
    },

    async markSeen(ids, context) {
      const stored = storedSeenIds(ids);
      if (stored.length === 0) return;
      await transaction('write', context, (session) =>
        writeStagedSeen(session, dialect, names, context.runId, stored),
      );
    },

    async commit(context: RunContext): Promise<SinkResult> {
      const run = { ...context, committedAt: new Date().toISOString() };
      const counts = await transaction('commit', context, (session) =>
        dialect.name === 'postgres'
          ? publishPostgresRun(session, names, run, staged.written(context.runId))
          : publishRun(session, dialect, names, run),
      );
      staged.forget(context.runId);
      const tally = tallies.get(context.runId);
      const runWarnings = [
        ...(warnings.get(context.runId) ?? []),
        ...(tally ? storableWarnings(tally) : []),
        ...(counts.warnings ?? []),
      ];
      warnings.delete(context.runId);
      tallies.delete(context.runId);
      if (!counts.published) runWarnings.push(`run ${context.runId} was already committed; nothing changed`);
      return {
        sink: SINK_NAME,
        rows: { postings: counts.postings },
        tables: counts.tables,
        warnings: runWarnings,
      };
    },

    async abort(context: RunContext) {
      warnings.delete(context.runId);
      tallies.delete(context.runId);
      staged.forget(context.runId);
      await transaction('abort', context, async (session) => {
        for (const table of [
          names.qualified.stg_links,
          names.qualified.stg_closed,
          names.qualified.stg_seen,
          names.qualified.stg_postings,
        ]) {
          await session.run(dialect.sql(`DELETE FROM ${table} WHERE run_id = ?`), [context.runId]);
        }
      });
    },

    async query(sql, params = []) {
      try {
        await runMigrations();
        const c = await getClient();
        return await c.session(async (session) => (await session.run(sql, params.map(dialect.bind))).rows);
      } catch (error) {
        return fail('query', undefined, error);
      }
    },

    async dispose() {
      const pending = client;
      client = undefined;
      ready = undefined;
      if (pending) await (await pending.catch(() => undefined))?.close();
    },
  };
}

export type { DialectName } from './dialect.js';
export type { TableName } from './identifiers.js';
export type { MigrateResult } from './migrate.js';
export type { Migration, Statement } from './migrations.js';
export { MIGRATIONS } from './migrations.js';
export type { ReadDatabasePostingsOptions } from './read-database-postings.js';
export { readDatabasePostings } from './read-database-postings.js';
export type { SqlPostingInput } from './stage.js';
