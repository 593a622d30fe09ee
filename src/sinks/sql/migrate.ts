// Applies pending migrations once, under the engine's lock, so two processes starting together never
// both create tables. PostgreSQL and SQLite run a version's DDL in the same transaction as its
// bookkeeping row; MySQL commits DDL implicitly, so its statements are all IF NOT EXISTS / upserts and
// a version interrupted half-way is simply re-run.
import type { SqlClient, SqlSession } from './client.js';
import type { Dialect } from './dialect.js';
import type { TableNames } from './identifiers.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** What {@link migrate} did. */
export interface MigrateResult {
  /** Versions applied by this call (empty when the schema was already current). */
  applied: number[];
  /** The schema version after the call. */
  version: number;
}

// A fixed 32-bit key for pg_advisory_xact_lock, mixed with the table prefix so two prefixes don't wait
// on each other.
function lockKey(name: string): number {
  let hash = 0x6f6d7973;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

async function appliedVersions(session: SqlSession, tables: TableNames): Promise<Set<number>> {
  const { rows } = await session.run(`SELECT version FROM ${tables.qualified.ohmystack_migrations}`);
  return new Set(rows.map((row) => Number(row.version)));
}

async function apply(session: SqlSession, dialect: Dialect, tables: TableNames, migration: Migration) {
  for (const statement of migration.up(dialect, tables)) {
    await session.run(dialect.sql(statement.sql), (statement.params ?? []).map(dialect.bind));
  }
  await session.run(
    dialect.sql(
      `INSERT INTO ${tables.qualified.ohmystack_migrations} (version, name, applied_at) VALUES (?, ?, ?)`,
    ),
    [migration.version, migration.name, new Date().toISOString()],
  );
}

/**
 * Returns the versions it applied: creates the bookkeeping table when missing, then applies, in order,
 * every migration it does not list yet. The caller holds the engine's lock.
 */
async function applyPending(
  session: SqlSession,
  dialect: Dialect,
  tables: TableNames,
  migrations: readonly Migration[],
): Promise<number[]> {
  await session.run(
    `CREATE TABLE IF NOT EXISTS ${tables.qualified.ohmystack_migrations} (version ${dialect.type('int')} PRIMARY KEY, name ${dialect.type('key')} NOT NULL, applied_at ${dialect.type('key')} NOT NULL)${dialect.tableOptions}`,
  );
  const done = await appliedVersions(session, tables);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await apply(session, dialect, tables, migration);
    applied.push(migration.version);
  }
  return applied;
}

/** Brings the schema up to the newest {@link MIGRATIONS} version; a no-op when it already is. */
export async function migrate(
  client: SqlClient,
  dialect: Dialect,
  tables: TableNames,
  schema: string | undefined,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrateResult> {
  return client.session(async (session) => {
    let applied: number[] = [];
    if (dialect.name === 'mysql') {
      const lock = `ohmystack_migrate_${tables.bare.postings}`;
      const { rows } = await session.run('SELECT GET_LOCK(?, 60) AS got', [lock]);
      if (Number(rows[0]?.got) !== 1) throw new Error(`could not take the migration lock ${lock}`);
      try {
        if (schema) await session.run(`CREATE DATABASE IF NOT EXISTS ${schema}`);
        applied = await applyPending(session, dialect, tables, migrations);
      } finally {
        await session.run('SELECT RELEASE_LOCK(?)', [lock]);
      }
    } else {
      await session.run(dialect.begin);
      try {
        if (dialect.name === 'postgres') {
          await session.run(dialect.sql('SELECT pg_advisory_xact_lock(?)'), [lockKey(tables.bare.postings)]);
          if (schema) await session.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        }
        applied = await applyPending(session, dialect, tables, migrations);
        await session.run('COMMIT');
      } catch (error) {
        await session.run('ROLLBACK').catch(() => {});
        throw error;
      }
    }
    const version = Math.max(0, ...migrations.map((migration) => migration.version));
    return { applied, version };
  });
}
