// The three SQL engines of this machine as tests reach them: PostgreSQL and MariaDB on 127.0.0.1 (a schema
// of the test's own, dropped afterwards) and SQLite in a folder of the test; a test skips an engine that
// is not reachable.
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { PipelineConfig } from '../../src/pipeline/config.js';
import type { DialectName } from '../../src/sinks/sql/index.js';

export const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const MYSQL_URL = 'mysql://root@127.0.0.1:3306/test';

/** One engine: whether it is up, the pipeline's `database` setting for it, and its cleanup. */
export interface SqlTarget {
  dialect: DialectName;
  available(): Promise<boolean>;
  /** The pipeline's `database` setting for tables named with `prefix` (SQLite: a file in `dir`). */
  database(prefix: string, dir: string): Exclude<PipelineConfig['database'], false | undefined>;
  teardown(): Promise<void>;
}

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL });
  client.on('error', () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function mysqlReachable(): Promise<boolean> {
  try {
    await (await mysql.createConnection(MYSQL_URL)).end();
    return true;
  } catch {
    return false;
  }
}

/** Returns the three engines, PostgreSQL and MariaDB in a schema `ohmystack_{name}_{unique tag}`. */
export function sqlTargets(name: string): SqlTarget[] {
  const schema = `ohmystack_${name}_${process.pid}_${Date.now().toString(36)}`;
  return [
    {
      dialect: 'postgres',
      available: pgReachable,
      database: (tablePrefix) => ({ dialect: 'postgres', connection: PG_URL, schema, tablePrefix }),
      teardown: async () => {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    },
    {
      dialect: 'mysql',
      available: mysqlReachable,
      database: (tablePrefix) => ({ dialect: 'mysql', connection: MYSQL_URL, schema, tablePrefix }),
      teardown: async () => {
        const connection = await mysql.createConnection(MYSQL_URL);
        await connection.query(`DROP DATABASE IF EXISTS ${schema}`);
        await connection.end();
      },
    },
    {
      dialect: 'sqlite',
      available: async () => true,
      database: (tablePrefix, dir) => ({
        dialect: 'sqlite',
        connection: join(dir, 'ohmystack.db'),
        tablePrefix,
      }),
      teardown: async () => {},
    },
  ];
}
