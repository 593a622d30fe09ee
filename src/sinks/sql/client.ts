// One small client interface over three drivers (pg, mysql2, better-sqlite3): a session is one
// connection held for a unit of work; a failed session's connection is thrown away, never reused,
// because after a dropped connection or a half-run transaction its state is unknown.
import { pipeline } from 'node:stream/promises';
import { CapabilityError } from '../../model/errors/capability-error.js';
import { copyChunks } from './copy-text.js';
import type { Dialect, DialectName } from './dialect.js';

/** What a statement returned: rows for reads, affected rows for writes. */
export interface SqlResult {
  rows: Record<string, unknown>[];
  affected: number;
}

/** One connection, held for a unit of work. */
export interface SqlSession {
  run(sql: string, params?: readonly unknown[]): Promise<SqlResult>;
  /** The server's id of this connection (pg backend pid, MySQL connection id), for diagnostics. */
  readonly serverId: number | undefined;
  /** PostgreSQL with pg-copy-streams only: streams rows into `table` with COPY FROM STDIN (arrays as array literals). */
  copy?(table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void>;
}

/** A pool (or single handle) that lends sessions. */
export interface SqlClient {
  session<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The npm package each dialect needs. */
export const DRIVER_PACKAGES: Readonly<Record<DialectName, string>> = {
  postgres: 'pg',
  mysql: 'mysql2',
  sqlite: 'better-sqlite3',
};

// biome-ignore lint/suspicious/noExplicitAny: driver modules are typed by their own packages, loaded lazily.
type AnyModule = any;

async function importDriver(dialect: DialectName): Promise<AnyModule> {
  const name = DRIVER_PACKAGES[dialect];
  try {
    // Lazy: a user of the lake never pays for (or installs) a database driver.
    // A computed specifier keeps bundlers and the type checker from resolving an optional peer.
    const specifier = dialect === 'mysql' ? 'mysql2/promise' : name;
    const module: unknown = await import(/* @vite-ignore */ specifier);
    return (module as { default?: unknown }).default ?? module;
  } catch (cause) {
    throw new CapabilityError({
      sink: 'sql',
      capability: `${dialect} (its driver ${name} is not installed)`,
      hint: `install the optional peer: npm install ${name}, or pass its module as \`lib\``,
      cause,
    });
  }
}

const SQLITE_DEFAULTS = { busyTimeoutMs: 5_000 };

/** Opens a client for `dialect` over `connection`, with the driver module `lib` or the lazily imported one. */
export async function openClient(
  dialect: Dialect,
  connection: unknown,
  lib: unknown,
  options: { sqliteBusyTimeoutMs?: number; pgCopyStreams?: unknown } = {},
): Promise<SqlClient> {
  const driver: AnyModule = lib ?? (await importDriver(dialect.name));
  if (dialect.name === 'postgres') {
    // COPY is optional speed: without pg-copy-streams (an optional peer, imported lazily like the
    // driver) staging falls back to multi-row INSERTs.
    const copyStreams: AnyModule =
      options.pgCopyStreams === false
        ? undefined
        : (options.pgCopyStreams ??
          (await import(/* @vite-ignore */ 'pg-copy-streams' as string).catch(() => undefined)));
    return pgClient(driver, connection, copyStreams?.from ?? copyStreams?.default?.from);
  }
  if (dialect.name === 'mysql') return mysqlClient(driver, connection);
  return sqliteClient(driver, connection, options.sqliteBusyTimeoutMs ?? SQLITE_DEFAULTS.busyTimeoutMs);
}

function pgClient(pg: AnyModule, connection: unknown, copyFrom: AnyModule): SqlClient {
  const Pool = pg.Pool ?? pg.default?.Pool;
  const pool = new Pool(typeof connection === 'string' ? { connectionString: connection } : connection);
  // An idle client whose server went away emits 'error' on the pool; unhandled, it would kill the process.
  pool.on('error', () => {});
  return {
    async session(work) {
      const client = await pool.connect();
      const onError = () => {};
      client.on('error', onError);
      const serverId: number | undefined = client.processID ?? undefined;
      let failure: unknown;
      try {
        return await work({
          serverId,
          async run(sql, params = []) {
            const result = await client.query(sql, params as unknown[]);
            return { rows: result.rows ?? [], affected: result.rowCount ?? 0 };
          },
          ...(copyFrom
            ? {
                async copy(table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>) {
                  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
                  await pipeline(copyChunks(rows), stream);
                },
              }
            : {}),
        });
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        client.off('error', onError);
        // release(error) destroys the connection instead of returning it to the pool.
        client.release(failure === undefined ? undefined : failure instanceof Error ? failure : true);
      }
    },
    close: () => pool.end(),
  };
}

function mysqlClient(mysql: AnyModule, connection: unknown): SqlClient {
  const raw = mysql.createPool(connection);
  // The callback module's pool exposes .promise(); mysql2/promise's pool is already one.
  const pool =
    typeof raw.promise === 'function' &&
    typeof raw.getConnection === 'function' &&
    raw.getConnection.length > 0
      ? raw.promise()
      : raw;
  return {
    async session(work) {
      const conn = await pool.getConnection();
      const serverId: number | undefined = conn.threadId ?? conn.connection?.threadId ?? undefined;
      try {
        const result = await work({
          serverId,
          async run(sql, params = []) {
            const [rows] = await conn.query(sql, params as unknown[]);
            if (Array.isArray(rows)) return { rows: rows as Record<string, unknown>[], affected: 0 };
            return { rows: [], affected: (rows as { affectedRows?: number }).affectedRows ?? 0 };
          },
        });
        conn.release();
        return result;
      } catch (error) {
        conn.destroy();
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

function sqliteClient(Database: AnyModule, connection: unknown, busyTimeoutMs: number): SqlClient {
  const config =
    typeof connection === 'string'
      ? { filename: connection }
      : (connection as { filename: string; options?: object });
  const Ctor = Database.default ?? Database;
  const db = new Ctor(config.filename, config.options ?? {});
  // WAL: readers in other connections keep seeing the last committed state while a run publishes.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  const statements = new Map<string, AnyModule>();
  // One handle, synchronous driver: sessions are serialized so two units of work never interleave
  // inside one SQLite transaction.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    session(work) {
      const next = queue.then(() =>
        work({
          serverId: undefined,
          async run(sql, params = []) {
            let statement = statements.get(sql);
            if (!statement) {
              statement = db.prepare(sql);
              if (statements.size > 200) statements.clear();
              statements.set(sql, statement);
            }
            if (statement.reader) return { rows: statement.all(...params), affected: 0 };
            return { rows: [], affected: statement.run(...params).changes };
          },
        }),
      );
      queue = next.catch(() => {});
      return next;
    },
    async close() {
      await queue;
      db.close();
    },
  };
}
