// sqlSink against the real PostgreSQL, MariaDB and SQLite on this machine. Each dialect gets its own
// schema/database (or file) and each test its own table prefix, so tests never collide.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostingRow } from '../../../src/model/rows.js';
import { openClient, type SqlClient } from '../../../src/sinks/sql/client.js';
import { dialectOf } from '../../../src/sinks/sql/dialect.js';
import { tableNames } from '../../../src/sinks/sql/identifiers.js';
import { type DialectName, MIGRATIONS, type SqlSink, sqlSink } from '../../../src/sinks/sql/index.js';
import { lookupValue } from '../../../src/sinks/sql/link-values.js';
import { migrate } from '../../../src/sinks/sql/migrate.js';
import { storableRow, storableTally, storableWarnings } from '../../../src/sinks/sql/storable-row.js';
import type { RunContext } from '../../../src/sinks/types.js';
import { postingRow as row } from '../../fixtures/sinks/rows.js';

// better-sqlite3 ships no types and @types is not installed; the test only needs prepare/all/run.
const Database = createRequire(import.meta.url)('better-sqlite3');
const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const MYSQL_URL = 'mysql://root@127.0.0.1:3306/test';
const tag = `${process.pid}_${Date.now().toString(36)}`;

/** A second connection, beside the sink's pool: the reader, the locker, the killer. */
interface Raw {
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

interface Target {
  dialect: DialectName;
  available(): Promise<boolean>;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  make(prefix: string, extra?: { sqliteBusyTimeoutMs?: number }): SqlSink;
  raw(): Promise<Raw>;
  /** The schema the sink's tables live in, if any. */
  schema?: string;
  /** The sink's own client, for migration tests that stop at an older schema version. */
  client(): Promise<SqlClient>;
}

const pgSchema = `ohmystack_sql_${tag}`;
const myDb = `ohmystack_sql_${tag}`;
let sqliteDir = '';

async function pgRaw(): Promise<Raw> {
  const client = new pg.Client({ connectionString: PG_URL });
  client.on('error', () => {});
  await client.connect();
  return { query: async (sql, params) => (await client.query(sql, params)).rows, close: () => client.end() };
}
async function myRaw(): Promise<Raw> {
  const conn = await mysql.createConnection(MYSQL_URL);
  return {
    query: async (sql, params) => (await conn.query(sql, params))[0] as Record<string, unknown>[],
    close: () => conn.end(),
  };
}

/** Whether a raw connection opens (and closes again). */
async function reachable(open: () => Promise<Raw>): Promise<boolean> {
  try {
    await (await open()).close();
    return true;
  } catch {
    return false;
  }
}

const targets: Target[] = [
  {
    dialect: 'postgres',
    available: () => reachable(pgRaw),
    setup: async () => {},
    teardown: async () => {
      const r = await pgRaw();
      await r.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
      await r.close();
    },
    make: (prefix) =>
      sqlSink({ dialect: 'postgres', connection: PG_URL, lib: pg, schema: pgSchema, tablePrefix: prefix }),
    raw: pgRaw,
    schema: pgSchema,
    client: () => openClient(dialectOf('postgres'), PG_URL, pg),
  },
  {
    dialect: 'mysql',
    available: () => reachable(myRaw),
    setup: async () => {},
    teardown: async () => {
      const r = await myRaw();
      await r.query(`DROP DATABASE IF EXISTS ${myDb}`);
      await r.close();
    },
    make: (prefix) => sqlSink({ dialect: 'mysql', connection: MYSQL_URL, schema: myDb, tablePrefix: prefix }),
    raw: myRaw,
    schema: myDb,
    client: () => openClient(dialectOf('mysql'), MYSQL_URL, mysql),
  },
  {
    dialect: 'sqlite',
    available: async () => true,
    setup: async () => {
      sqliteDir = mkdtempSync(join(tmpdir(), 'ohmystack-sql-'));
    },
    teardown: async () => rmSync(sqliteDir, { recursive: true, force: true }),
    make: (prefix, extra) =>
      sqlSink({
        dialect: 'sqlite',
        connection: join(sqliteDir, 'ohmystack.db'),
        tablePrefix: prefix,
        ...extra,
      }),
    raw: async () => {
      const db = new Database(join(sqliteDir, 'ohmystack.db'));
      db.pragma('busy_timeout = 5000');
      return {
        query: async (sql, params = []) => {
          const statement = db.prepare(sql);
          if (statement.reader) return statement.all(...params) as Record<string, unknown>[];
          statement.run(...params);
          return [];
        },
        close: async () => db.close(),
      };
    },
    client: () => openClient(dialectOf('sqlite'), join(sqliteDir, 'ohmystack.db'), Database),
  },
];

const RUN1: RunContext = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const RUN2: RunContext = { runId: '20261129T1200', dt: '2026-11-29', hr: '12' };

function firstRun(): PostingRow[] {
  return [
    row(1, RUN1.runId, { branch: '카카오 판교' }),
    row(2, RUN1.runId, { stacks: ['react'], positions: ['frontend'] }),
    row(3, RUN1.runId, {
      company: '네이버',
      company_id: '9',
      stacks: ['python'],
      positions: ['ai-ml', 'backend'],
    }),
  ];
}

const n = (rows: Record<string, unknown>[]) => Number(rows[0]?.n);

describe.each(targets)('sqlSink ($dialect)', (target) => {
  let up = false;
  let counter = 0;
  const sinks: SqlSink[] = [];
  const fresh = (extra?: { sqliteBusyTimeoutMs?: number }) => {
    const sink = target.make(`t${++counter}_`, extra);
    sinks.push(sink);
    return sink;
  };
  const count = async (sink: SqlSink, table: keyof SqlSink['tables'], where = '') =>
    n(await sink.query(`SELECT COUNT(*) AS n FROM ${sink.tables[table]} ${where}`));

  beforeAll(async () => {
    up = await target.available();
    if (!up) {
      if (process.env.CI === 'true') throw new Error(`${target.dialect} is not reachable and CI=true`);
      console.warn(`\n!!! ${target.dialect} is not reachable: its sqlSink tests are SKIPPED !!!\n`);
      return;
    }
    await target.setup();
  });
  afterAll(async () => {
    for (const sink of sinks) await sink.dispose();
    if (up) await target.teardown();
  });
  const test = (name: string, fn: () => Promise<void>) => it(name, async (ctx) => (up ? fn() : ctx.skip()));

  test('applies migrations once; re-running is a no-op', async () => {
    const sink = fresh();
    expect((await sink.migrate()).applied).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await sink.migrate()).applied).toEqual([]);
    const again = target.make(`t${counter}_`);
    sinks.push(again);
    expect((await again.migrate()).applied).toEqual([]);
    expect(await count(sink, 'ohmystack_migrations')).toBe(6);
    expect(await count(sink, 'job_families')).toBe(16);
  });

  test('migration 3 moves every last-seen run into posting_seen', async () => {
    const prefix = `t${++counter}_`;
    const dialect = dialectOf(target.dialect);
    const names = tableNames(prefix, target.schema);
    const q = names.qualified;
    const client = await target.client();
    try {
      await migrate(client, dialect, names, target.schema, MIGRATIONS.slice(0, 2));
      await client.session(async (session) => {
        const run = (sql: string, params: unknown[]) =>
          session.run(dialect.sql(sql), params.map(dialect.bind));
        await run(`INSERT INTO ${q.companies} (name, first_seen_run) VALUES (?, ?)`, ['카카오', RUN1.runId]);
        await run(
          `INSERT INTO ${q.postings} (id, company_ref, source, source_id, url, title, fetched_at, first_seen_run, last_seen_run, run_id) SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ? FROM ${q.companies}`,
          [
            'jumpit:1',
            'jumpit',
            '1',
            'https://jumpit.test/1',
            '백엔드',
            RUN1.runId,
            RUN1.runId,
            RUN2.runId,
            RUN1.runId,
          ],
        );
      });
      if (target.dialect === 'mysql') {
        // MySQL commits DDL as it goes, so a migration cut short is re-run from its start: cut this one
        // after its copy (the create, the column check, then the copy's four steps).
        const steps = MIGRATIONS[2]!.up(dialect, names).slice(0, 6);
        expect(steps.at(-1)?.sql).toMatch(/DEALLOCATE/);
        await client.session(async (session) => {
          for (const step of steps) await session.run(step.sql, [...(step.params ?? [])]);
        });
      }
      const sink = target.make(prefix);
      sinks.push(sink);
      expect((await sink.migrate()).applied).toEqual([3, 4, 5, 6]);
      const seen = `SELECT posting_id, last_seen_run FROM ${q.posting_seen}`;
      expect(await sink.query(seen)).toEqual([{ posting_id: 'jumpit:1', last_seen_run: RUN2.runId }]);
      await expect(sink.query(`SELECT last_seen_run FROM ${q.postings}`)).rejects.toThrow();
    } finally {
      await client.close();
    }
  });

  test('migration 5 adds expired; rows stored before it read NULL until written again', async () => {
    const prefix = `t${++counter}_`;
    const dialect = dialectOf(target.dialect);
    const names = tableNames(prefix, target.schema);
    const q = names.qualified;
    const client = await target.client();
    try {
      await migrate(client, dialect, names, target.schema, MIGRATIONS.slice(0, 4));
      await client.session(async (session) => {
        const run = (sql: string, params: unknown[]) =>
          session.run(dialect.sql(sql), params.map(dialect.bind));
        await run(`INSERT INTO ${q.companies} (name, first_seen_run) VALUES (?, ?)`, ['카카오', RUN1.runId]);
        await run(
          `INSERT INTO ${q.postings} (id, company_ref, source, source_id, url, title, fetched_at, first_seen_run, run_id) SELECT ?, id, ?, ?, ?, ?, ?, ?, ? FROM ${q.companies}`,
          ['jumpit:9', 'jumpit', '9', 'https://jumpit.test/9', '백엔드', RUN1.runId, RUN1.runId, RUN1.runId],
        );
      });
      if (target.dialect === 'mysql') {
        // MySQL commits DDL as it goes: cut the migration after it added the column to postings (the
        // column check and its four steps), so the re-run must skip that table.
        const steps = MIGRATIONS[4]!.up(dialect, names).slice(0, 5);
        expect(steps.at(-1)?.sql).toMatch(/DEALLOCATE/);
        await client.session(async (session) => {
          for (const step of steps) await session.run(step.sql, [...(step.params ?? [])]);
        });
      }
      const sink = target.make(prefix);
      sinks.push(sink);
      expect((await sink.migrate()).applied).toEqual([5, 6]);
      expect(await sink.query(`SELECT id, expired FROM ${q.postings}`)).toEqual([
        { id: 'jumpit:9', expired: null },
      ]);
      await sink.write({ dataset: 'postings', rows: [row(9, RUN2.runId, { expired: true })] }, RUN2);
      await sink.commit(RUN2);
      const [stored] = await sink.query(`SELECT expired FROM ${q.postings} WHERE id = 'jumpit:9'`);
      expect(Boolean(Number(stored?.expired))).toBe(true);
    } finally {
      await client.close();
    }
  });

  test('migration 6 adds job_id; rows stored before it read NULL until written again', async () => {
    const prefix = `t${++counter}_`;
    const dialect = dialectOf(target.dialect);
    const names = tableNames(prefix, target.schema);
    const q = names.qualified;
    const client = await target.client();
    try {
      await migrate(client, dialect, names, target.schema, MIGRATIONS.slice(0, 5));
      await client.session(async (session) => {
        const run = (sql: string, params: unknown[]) =>
          session.run(dialect.sql(sql), params.map(dialect.bind));
        await run(`INSERT INTO ${q.companies} (name, first_seen_run) VALUES (?, ?)`, ['카카오', RUN1.runId]);
        await run(
          `INSERT INTO ${q.postings} (id, company_ref, source, source_id, url, title, fetched_at, first_seen_run, run_id) SELECT ?, id, ?, ?, ?, ?, ?, ?, ? FROM ${q.companies}`,
          ['jumpit:9', 'jumpit', '9', 'https://jumpit.test/9', '백엔드', RUN1.runId, RUN1.runId, RUN1.runId],
        );
      });
      if (target.dialect === 'mysql') {
        // Cut after the column reached postings (its check and four steps): the re-run must skip it.
        const steps = MIGRATIONS[5]!.up(dialect, names).slice(0, 5);
        expect(steps.at(-1)?.sql).toMatch(/DEALLOCATE/);
        await client.session(async (session) => {
          for (const step of steps) await session.run(step.sql, [...(step.params ?? [])]);
        });
      }
      const sink = target.make(prefix);
      sinks.push(sink);
      expect((await sink.migrate()).applied).toEqual([6]);
      expect(await sink.query(`SELECT id, job_id FROM ${q.postings}`)).toEqual([
        { id: 'jumpit:9', job_id: null },
      ]);
      const linked = [
        row(9, RUN2.runId, { job_id: 'a1b2c3d4e5f60718' }),
        row(10, RUN2.runId, { job_id: 'a1b2c3d4e5f60718' }),
      ];
      await sink.write({ dataset: 'postings', rows: linked }, RUN2);
      await sink.commit(RUN2);
      const jobs = `SELECT COUNT(*) AS n, COUNT(DISTINCT COALESCE(job_id, id)) AS jobs FROM ${q.postings}`;
      expect((await sink.query(jobs)).map((r) => [Number(r.n), Number(r.jobs)])).toEqual([[2, 1]]);
    } finally {
      await client.close();
    }
  });

  test('loads a run into the normalized tables', async () => {
    const sink = fresh();
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    const result = await sink.commit(RUN1);
    expect(result.rows.postings).toBe(3);
    expect(result.tables?.postings).toEqual({ inserted: 3, updated: 0, closed: 0 });
    const t = sink.tables;
    expect(await sink.query(`SELECT name FROM ${t.companies} ORDER BY name`)).toEqual([
      { name: '네이버' },
      { name: '카카오' },
    ]);
    expect(await sink.query(`SELECT b.name, b.sido FROM ${t.branches} b`)).toEqual([
      { name: '카카오 판교', sido: '경기도' },
    ]);
    expect(await count(sink, 'stacks')).toBe(4);
    expect(await count(sink, 'posting_stacks')).toBe(4);
    expect(await count(sink, 'posting_families')).toBe(4);
    const joined = await sink.query(
      `SELECT p.id, c.name AS company, b.name AS branch, p.first_seen_run FROM ${t.postings} p JOIN ${t.companies} c ON c.id = p.company_ref LEFT JOIN ${t.branches} b ON b.id = p.branch_ref ORDER BY p.id`,
    );
    expect(joined).toEqual([
      { id: 'jumpit:1', company: '카카오', branch: '카카오 판교', first_seen_run: RUN1.runId },
      { id: 'jumpit:2', company: '카카오', branch: null, first_seen_run: RUN1.runId },
      { id: 'jumpit:3', company: '네이버', branch: null, first_seen_run: RUN1.runId },
    ]);
    expect(await sink.query(`SELECT name, category FROM ${t.stacks} WHERE id = 'spring-boot'`)).toEqual([
      { name: 'Spring Boot', category: 'framework' },
    ]);
    expect(await count(sink, 'stg_postings')).toBe(0);
    expect(await count(sink, 'ohmystack_runs')).toBe(1);
  });

  test('committing the same run twice changes nothing', async () => {
    const sink = fresh();
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.commit(RUN1);
    await sink.write(
      { dataset: 'postings', rows: firstRun().map((r) => ({ ...r, title: 'changed' })) },
      RUN1,
    );
    const again = await sink.commit(RUN1);
    expect(again.warnings.join()).toMatch(/already committed/);
    expect(await sink.commit(RUN1)).toMatchObject({ rows: { postings: 3 } });
    for (const [table, rows] of [
      ['postings', 3],
      ['companies', 2],
      ['branches', 1],
      ['posting_stacks', 4],
      ['posting_families', 4],
      ['ohmystack_runs', 1],
      ['stg_postings', 0],
    ] as const) {
      expect(await count(sink, table), table).toBe(rows);
    }
    expect(await count(sink, 'postings', `WHERE title = 'changed'`)).toBe(0);
  });

  test('a second run updates, inserts and closes (closed rows are kept)', async () => {
    const sink = fresh();
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.commit(RUN1);
    const [one, two] = firstRun();
    await sink.write(
      {
        dataset: 'postings',
        rows: [
          { ...one!, title: '시니어 백엔드', stacks: ['spring-boot', 'kotlin'], run_id: RUN2.runId },
          { ...two!, run_id: RUN2.runId },
          row(4, RUN2.runId, { company: '토스', company_id: null }),
        ],
      },
      RUN2,
    );
    await sink.markClosed(['jumpit:3'], RUN2);
    const result = await sink.commit(RUN2);
    expect(result.tables?.postings).toEqual({ inserted: 1, updated: 1, closed: 1 });
    const t = sink.tables;
    const rows = await sink.query(
      `SELECT p.id, p.title, p.first_seen_run, l.last_seen_run, p.closed_at FROM ${t.postings} p JOIN ${t.posting_seen} l ON l.posting_id = p.id ORDER BY p.id`,
    );
    expect(rows.map((r) => [r.id, r.first_seen_run, r.last_seen_run, r.closed_at === null])).toEqual([
      ['jumpit:1', RUN1.runId, RUN2.runId, true],
      ['jumpit:2', RUN1.runId, RUN2.runId, true],
      ['jumpit:3', RUN1.runId, RUN1.runId, false],
      ['jumpit:4', RUN2.runId, RUN2.runId, true],
    ]);
    expect(rows[0]?.title).toBe('시니어 백엔드');
    expect(
      await sink.query(
        `SELECT stack_id FROM ${t.posting_stacks} WHERE posting_id = 'jumpit:1' ORDER BY stack_id`,
      ),
    ).toEqual([{ stack_id: 'kotlin' }, { stack_id: 'spring-boot' }]);
  });

  test('a bad row fails the commit and leaves the published data intact', async () => {
    const sink = fresh();
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.commit(RUN1);
    const before = await sink.query(`SELECT * FROM ${sink.tables.postings} ORDER BY id`);
    await sink.write(
      {
        dataset: 'postings',
        rows: [row(1, RUN2.runId, { title: 'new' }), row(5, RUN2.runId, { company: '새회사', lat: 999 })],
      },
      RUN2,
    );
    await expect(sink.commit(RUN2)).rejects.toMatchObject({ code: 'sink_write_failed', runId: RUN2.runId });
    expect(await sink.query(`SELECT * FROM ${sink.tables.postings} ORDER BY id`)).toEqual(before);
    expect(await count(sink, 'companies')).toBe(2);
    await sink.abort(RUN2);
    expect(await count(sink, 'stg_postings')).toBe(0);
    expect(await count(sink, 'ohmystack_runs')).toBe(1);
  });

  test('a dropped connection mid-commit leaves the published data intact and readable', async () => {
    const sink = fresh({ sqliteBusyTimeoutMs: 200 });
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.commit(RUN1);
    const before = await sink.query(`SELECT * FROM ${sink.tables.postings} ORDER BY id`);
    await sink.write(
      {
        dataset: 'postings',
        rows: [row(1, RUN2.runId, { title: 'new' }), row(6, RUN2.runId, { company: '라인' })],
      },
      RUN2,
    );
    const locker = await target.raw();
    const reader = await target.raw();
    const postings = sink.tables.postings;
    try {
      if (target.dialect === 'sqlite') {
        // SQLite has no server connection to drop; a competing writer makes the commit fail instead.
        await locker.query('BEGIN IMMEDIATE');
        await expect(sink.commit(RUN2)).rejects.toMatchObject({ code: 'sink_write_failed' });
        await locker.query('ROLLBACK');
      } else {
        await locker.query(target.dialect === 'postgres' ? 'BEGIN' : 'START TRANSACTION');
        await locker.query(
          target.dialect === 'postgres'
            ? `LOCK TABLE ${postings} IN EXCLUSIVE MODE`
            : `SELECT id FROM ${postings} FOR UPDATE`,
        );
        const commit = sink.commit(RUN2);
        commit.catch(() => {});
        const victim = await waitForBlocked(reader, target.dialect, postings);
        // The publish is half-way (companies inserted, postings waiting): a reader still sees the old data.
        expect(await reader.query(`SELECT COUNT(*) AS n FROM ${sink.tables.companies}`).then(n)).toBe(2);
        await reader.query(
          target.dialect === 'postgres' ? 'SELECT pg_terminate_backend($1)' : `KILL ${Number(victim)}`,
          target.dialect === 'postgres' ? [victim] : [],
        );
        await expect(commit).rejects.toMatchObject({ code: 'sink_write_failed' });
        await locker.query('ROLLBACK');
      }
      expect(await reader.query(`SELECT * FROM ${postings} ORDER BY id`)).toEqual(before);
      expect(await count(sink, 'companies')).toBe(2);
      // The staged run survives; retrying the commit publishes it.
      expect((await sink.commit(RUN2)).tables?.postings).toEqual({ inserted: 1, updated: 1, closed: 0 });
    } finally {
      await locker.close();
      await reader.close();
    }
  });

  test('a reader sees the old data between staging and publish, the new after', async () => {
    const sink = fresh();
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.commit(RUN1);
    await sink.write({ dataset: 'postings', rows: [row(7, RUN2.runId), row(8, RUN2.runId)] }, RUN2);
    const reader = await target.raw();
    try {
      expect(n(await reader.query(`SELECT COUNT(*) AS n FROM ${sink.tables.postings}`))).toBe(3);
      await sink.commit(RUN2);
      expect(n(await reader.query(`SELECT COUNT(*) AS n FROM ${sink.tables.postings}`))).toBe(5);
    } finally {
      await reader.close();
    }
  });

  test('a posting written twice in one run is published once, its last version winning', async () => {
    const sink = fresh();
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.write(
      { dataset: 'postings', rows: [row(1, RUN1.runId, { title: '두 번째', stacks: ['go'] })] },
      RUN1,
    );
    // Within one batch too, the last row of an id wins.
    await sink.write(
      {
        dataset: 'postings',
        rows: [
          row(20, RUN1.runId, { title: '앞', stacks: ['rust'] }),
          row(20, RUN1.runId, { title: '뒤', stacks: ['kotlin'] }),
        ],
      },
      RUN1,
    );
    expect((await sink.commit(RUN1)).rows.postings).toBe(4);
    expect(
      await sink.query(
        `SELECT id, title FROM ${sink.tables.postings} WHERE id IN ('jumpit:1', 'jumpit:20') ORDER BY id`,
      ),
    ).toEqual([
      { id: 'jumpit:1', title: '두 번째' },
      { id: 'jumpit:20', title: '뒤' },
    ]);
    expect(await count(sink, 'postings')).toBe(4);
    // Their links are the last version's only.
    expect(
      await sink.query(
        `SELECT posting_id, stack_id FROM ${sink.tables.posting_stacks} WHERE posting_id IN ('jumpit:1', 'jumpit:20') ORDER BY posting_id`,
      ),
    ).toEqual([
      { posting_id: 'jumpit:1', stack_id: 'go' },
      { posting_id: 'jumpit:20', stack_id: 'kotlin' },
    ]);
  });

  test('another sink can finish a run begun elsewhere (a restarted process)', async () => {
    const first = fresh();
    await first.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    const second = target.make(`t${counter}_`);
    sinks.push(second);
    await second.write(
      { dataset: 'postings', rows: [row(2, RUN1.runId, { title: '다시' }), row(10, RUN1.runId)] },
      RUN1,
    );
    const result = await second.commit(RUN1);
    expect(result.tables?.postings).toEqual({ inserted: 4, updated: 0, closed: 0 });
    expect(
      await second.query(
        `SELECT id, title FROM ${second.tables.postings} WHERE id IN ('jumpit:2', 'jumpit:10') ORDER BY id`,
      ),
    ).toEqual([
      { id: 'jumpit:10', title: '백엔드 개발자 10' },
      { id: 'jumpit:2', title: '다시' },
    ]);
  });

  test("a commit publishes another writer's rows of the run too, with their lookups", async () => {
    const first = fresh();
    const second = target.make(`t${counter}_`);
    sinks.push(second);
    await first.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await second.write(
      { dataset: 'postings', rows: [row(12, RUN1.runId, { stacks: ['only-second'], positions: ['data'] })] },
      RUN1,
    );
    expect((await first.commit(RUN1)).rows.postings).toBe(4);
    const t = first.tables;
    expect(await first.query(`SELECT id, name FROM ${t.stacks} WHERE id = 'only-second'`)).toEqual([
      { id: 'only-second', name: 'only-second' },
    ]);
    expect(
      await first.query(`SELECT stack_id FROM ${t.posting_stacks} WHERE posting_id = 'jumpit:12'`),
    ).toEqual([{ stack_id: 'only-second' }]);
  });

  test('text and list values that COPY or array literals could mangle round-trip', async () => {
    const sink = fresh();
    const title = 'tab\there, new\nline, cr\r, back\\slash, "quote", {brace}, NULL, \\N';
    const stacks = ['a"b', 'c\\d', 'e,f', '{g}', 'NULL', ' h ', '탭\t스택'];
    await sink.write(
      {
        dataset: 'postings',
        rows: [row(11, RUN1.runId, { title, address: null, stacks, positions: ['backend', 'x,"y"'] })],
      },
      RUN1,
    );
    await sink.commit(RUN1);
    const t = sink.tables;
    expect(await sink.query(`SELECT title, address FROM ${t.postings}`)).toEqual([{ title, address: null }]);
    const linked = await sink.query(`SELECT stack_id FROM ${t.posting_stacks} ORDER BY stack_id`);
    // Key values lose trailing spaces (storable-row.ts): ' h ' is stored as ' h'.
    expect(linked.map((r) => r.stack_id)).toEqual(stacks.map((tag) => tag.trimEnd()).sort());
    const families = await sink.query(`SELECT family_id FROM ${t.posting_families} ORDER BY family_id`);
    expect(families.map((r) => r.family_id)).toEqual(['backend', 'x,"y"']);
  });

  test('an unchanged posting seen again only moves its last-seen run; a closed one reopens', async () => {
    const sink = fresh();
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.commit(RUN1);
    await sink.markClosed(['jumpit:3'], RUN2);
    await sink.commit(RUN2);
    const RUN3: RunContext = { runId: '20261129T1500', dt: '2026-11-29', hr: '15' };
    const again = firstRun().map((r) => ({
      ...r,
      run_id: RUN3.runId,
      fetched_at: '2026-11-29T06:00:00.000Z',
    }));
    await sink.write({ dataset: 'postings', rows: again }, RUN3);
    const result = await sink.commit(RUN3);
    expect(result.tables?.postings).toEqual({ inserted: 0, updated: 1, closed: 0 });
    expect(result.tables?.posting_stacks).toEqual({ inserted: 0, updated: 0 });
    const t = sink.tables;
    const rows = await sink.query(
      `SELECT p.id, p.first_seen_run, l.last_seen_run, p.closed_at, p.run_id FROM ${t.postings} p JOIN ${t.posting_seen} l ON l.posting_id = p.id ORDER BY p.id`,
    );
    // run_id names the run that wrote the row: the open ones were left alone, the reopened one rewritten.
    expect(rows.map((r) => [r.id, r.first_seen_run, r.last_seen_run, r.closed_at, r.run_id])).toEqual([
      ['jumpit:1', RUN1.runId, RUN3.runId, null, RUN1.runId],
      ['jumpit:2', RUN1.runId, RUN3.runId, null, RUN1.runId],
      ['jumpit:3', RUN1.runId, RUN3.runId, null, RUN3.runId],
    ]);
    expect(await count(sink, 'posting_stacks')).toBe(4);
  });

  test('rejects invalid identifiers', () => {
    for (const bad of ['x; DROP TABLE postings', 'Upper', '1abc', 'a-b', 'a'.repeat(64)]) {
      expect(() => target.make(bad)).toThrow(/invalid tablePrefix/);
    }
    if (target.dialect !== 'sqlite') {
      expect(() => sqlSink({ dialect: target.dialect, connection: '', schema: 'public; --' })).toThrow(
        /invalid schema/,
      );
    }
    return Promise.resolve();
  });

  test('hostile values load as their storable form on every engine; unstorable ids are reported', async () => {
    const sink = fresh();
    const t = sink.tables;
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(
        '\u0000',
        '\t',
        '\n',
        '\r',
        '\\',
        '\\N',
        '"',
        "'",
        ',',
        '{}',
        'NULL',
        '\uD800',
        '😀',
        ' ',
      ),
    );
    const text = fc.oneof(
      { weight: 8, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')) },
      { weight: 1, arbitrary: fc.integer({ min: 250, max: 270 }).map((n) => '가'.repeat(n)) },
    );
    const posting = fc.record({
      // A small id space, so later runs update postings earlier runs wrote.
      id: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'c ', 'd\u0000') },
        { weight: 1, arbitrary: text },
      ),
      title: fc.oneof(text, fc.constant('제목'.repeat(9_000))),
      company: text.filter((value) => value !== ''),
      address: fc.option(text),
      stacks: fc.array(text, { maxLength: 3 }),
    });
    let iteration = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(posting, { minLength: 1, maxLength: 4 }), async (inputs) => {
        const run: RunContext = { runId: `h${++iteration}`, dt: '2026-12-01', hr: '09' };
        const rows = inputs.map((p) =>
          row(1, run.runId, {
            id: `hostile:${p.id}`,
            title: p.title,
            company: p.company,
            address: p.address,
            stacks: p.stacks,
          }),
        );
        // The oracle: what the sink should hold, the last row of an id winning, and what it must say.
        const expected = new Map<string, PostingRow>();
        const tally = storableTally();
        for (const input of rows) {
          const storable = storableRow(input, tally);
          if (storable) expected.set(storable.id, storable);
        }
        await sink.write({ dataset: 'postings', rows }, run);
        const result = await sink.commit(run);
        expect(result.rows.postings).toBe(expected.size);
        expect(result.warnings).toEqual(expect.arrayContaining(storableWarnings(tally)));
        const param = target.dialect === 'postgres' ? '$1' : '?';
        for (const [id, want] of expected) {
          const [got] = await sink.query(
            `SELECT p.title, p.address, c.name AS company FROM ${t.postings} p JOIN ${t.companies} c ON c.id = p.company_ref WHERE p.id = ${param}`,
            [id],
          );
          expect(got, id).toEqual({ title: want.title, address: want.address, company: want.company });
          const linkSql = `SELECT stack_id FROM ${t.posting_stacks} WHERE posting_id = ${param}`;
          const links = await sink.query(linkSql, [id]);
          const stacks = new Set(want.stacks.map((tag) => lookupValue('stack', tag).id));
          expect(new Set(links.map((link) => link.stack_id)), id).toEqual(stacks);
        }
      }),
      { numRuns: 15 },
    );
  });

  test('stores SQL injection attempts as plain text', async () => {
    const sink = fresh();
    const evil = `x'); DROP TABLE ${sink.tables.postings}; --`;
    await sink.write(
      {
        dataset: 'postings',
        rows: [
          row(9, RUN1.runId, {
            title: evil,
            company: `Robert'); DELETE FROM companies; --`,
            stacks: ["'; --"],
          }),
        ],
      },
      RUN1,
    );
    await sink.commit(RUN1);
    expect(await sink.query(`SELECT title FROM ${sink.tables.postings}`)).toEqual([{ title: evil }]);
    expect(await count(sink, 'companies')).toBe(1);
    expect(await sink.query(`SELECT id FROM ${sink.tables.stacks}`)).toEqual([{ id: "'; --" }]);
  });
});

async function waitForBlocked(reader: Raw, dialect: DialectName, table: string): Promise<unknown> {
  const bare = table.split('.').pop()!;
  for (let attempt = 0; attempt < 200; attempt++) {
    const rows =
      dialect === 'postgres'
        ? await reader.query(
            `SELECT pid AS id FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1 AND pid <> pg_backend_pid()`,
            [`%${bare}%`],
          )
        : await reader.query(
            `SELECT ID AS id FROM information_schema.PROCESSLIST WHERE INFO LIKE ? AND ID <> CONNECTION_ID() AND INFO NOT LIKE '%PROCESSLIST%'`,
            [`%${bare}%`],
          );
    if (rows[0]) return rows[0].id;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the commit never blocked on the locked table');
}

describe('sqlSink (postgres only)', () => {
  let up = false;
  const schema = `ohmystack_sqlpg_${tag}`;
  const sinks: SqlSink[] = [];
  let counter = 0;
  const make = (extra: { pgCopyStreams?: unknown } = {}) => {
    const sink = sqlSink({
      dialect: 'postgres',
      connection: PG_URL,
      lib: pg,
      schema,
      tablePrefix: `p${++counter}_`,
      ...extra,
    });
    sinks.push(sink);
    return sink;
  };
  beforeAll(async () => {
    up = await pgRaw().then(
      async (r) => {
        await r.close();
        return true;
      },
      () => false,
    );
    if (!up && process.env.CI === 'true') throw new Error('postgres is not reachable and CI=true');
  });
  afterAll(async () => {
    for (const sink of sinks) await sink.dispose();
    if (!up) return;
    const r = await pgRaw();
    await r.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await r.close();
  });
  const test = (name: string, fn: () => Promise<void>) => it(name, async (ctx) => (up ? fn() : ctx.skip()));

  test('stages with INSERTs when COPY is turned off, with the same result', async () => {
    const sink = make({ pgCopyStreams: false });
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.write({ dataset: 'postings', rows: [row(1, RUN1.runId, { stacks: ['a"b', 'c,d'] })] }, RUN1);
    expect((await sink.commit(RUN1)).tables?.postings).toEqual({ inserted: 3, updated: 0, closed: 0 });
    const [one, two, three] = firstRun();
    await sink.write(
      {
        dataset: 'postings',
        rows: [
          { ...one!, title: '바뀜', run_id: RUN2.runId },
          { ...two!, run_id: RUN2.runId },
        ],
      },
      RUN2,
    );
    await sink.markClosed([three!.id], RUN2);
    expect((await sink.commit(RUN2)).tables?.postings).toEqual({ inserted: 0, updated: 1, closed: 1 });
    const links = await sink.query(
      `SELECT stack_id FROM ${sink.tables.posting_stacks} WHERE posting_id = 'jumpit:1' ORDER BY stack_id`,
    );
    expect(links).toEqual([{ stack_id: 'java' }, { stack_id: 'spring-boot' }]);
  });

  test('a posting staged as unchanged but changed by another run before commit keeps the newer content', async () => {
    const sink = make();
    await sink.write({ dataset: 'postings', rows: firstRun() }, RUN1);
    await sink.commit(RUN1);
    // RUN2 stages jumpit:1 unchanged (a narrow "seen" row) …
    await sink.write({ dataset: 'postings', rows: [row(1, RUN2.runId, { branch: '카카오 판교' })] }, RUN2);
    // … then RUN3 changes it and commits first.
    const RUN3: RunContext = { runId: '20261129T1500', dt: '2026-11-29', hr: '15' };
    await sink.write({ dataset: 'postings', rows: [row(1, RUN3.runId, { title: '더 새로움' })] }, RUN3);
    await sink.commit(RUN3);
    const result = await sink.commit(RUN2);
    expect(result.warnings.join()).toMatch(/1 postings changed after run 20261129T1200 was staged/);
    const t = sink.tables;
    expect(
      await sink.query(
        `SELECT p.title, l.last_seen_run FROM ${t.postings} p JOIN ${t.posting_seen} l ON l.posting_id = p.id WHERE p.id = 'jumpit:1'`,
      ),
    ).toEqual([{ title: '더 새로움', last_seen_run: RUN2.runId }]);
  });
});
