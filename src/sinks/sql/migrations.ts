// Versioned schema migrations. Each version is a list of statements per dialect, built from the same
// abstract description so the three engines hold the same tables. Applied once, in order, under a
// lock (see migrate.ts). Never edit a released version: append a new one.
import { JOB_FAMILIES } from '../../normalize/positions-data.js';
import { POSTING_COLUMNS } from './columns.js';
import type { Dialect } from './dialect.js';
import type { TableNames } from './identifiers.js';

/** One statement with its bind values (`?` placeholders). */
export interface Statement {
  sql: string;
  params?: readonly unknown[];
}

/** One schema version: the statements that bring the schema from `version - 1` to `version`. */
export interface Migration {
  version: number;
  name: string;
  up(dialect: Dialect, tables: TableNames): Statement[];
}

// Shared posting columns that a later version adds to tables version 1 already created: version 1
// creates the tables as it was released, so a new database and an upgraded one end up alike.
const ADDED_AFTER_V1: Readonly<Record<string, number>> = { expired: 5, job_id: 6 };

interface TableSpec {
  columns: string[];
  constraints?: string[];
  indexes?: [name: string, columns: string][];
}

function createTable(dialect: Dialect, tables: TableNames, table: keyof TableNames['bare'], spec: TableSpec) {
  const name = tables.qualified[table];
  const bare = tables.bare[table];
  const lines = [...spec.columns, ...(spec.constraints ?? [])];
  const statements: Statement[] = [];
  if (dialect.inlineIndexes) {
    for (const [suffix, columns] of spec.indexes ?? []) lines.push(`INDEX ${bare}_${suffix} (${columns})`);
  }
  statements.push({
    sql: `CREATE TABLE IF NOT EXISTS ${name} (\n  ${lines.join(',\n  ')}\n)${dialect.tableOptions}`,
  });
  if (!dialect.inlineIndexes) {
    for (const [suffix, columns] of spec.indexes ?? []) {
      // PostgreSQL wants the index name unqualified and creates it in the table's schema.
      const schema = name.includes('.') && dialect.name !== 'postgres' ? `${name.split('.')[0]}.` : '';
      statements.push({
        sql: `CREATE INDEX IF NOT EXISTS ${schema}${bare}_${suffix} ON ${name} (${columns})`,
      });
    }
  }
  return statements;
}

function v1(d: Dialect, t: TableNames): Statement[] {
  const q = t.qualified;
  const T = (type: Parameters<Dialect['type']>[0]) => d.type(type);
  const shared = POSTING_COLUMNS.filter(([name]) => ADDED_AFTER_V1[name] === undefined).map(
    ([name, type]) => `${name} ${T(type)}`,
  );
  // A published posting must have its identity and a sane place; staging stays loose so a bad row fails
  // the publish transaction (and leaves the previous data alone) instead of a half-written stage.
  const publishedShared = shared.map((line) =>
    /^(source|source_id|url|title|fetched_at) /.test(line) ? `${line} NOT NULL` : line,
  );
  const seeds = JOB_FAMILIES.map((family) => [family.id, family.nameKo, family.nameEn]);
  return [
    ...createTable(d, t, 'companies', {
      columns: [`id ${T('serial')}`, `name ${T('key')} NOT NULL`, `first_seen_run ${T('key')}`],
      constraints: [`UNIQUE (name)`],
    }),
    ...createTable(d, t, 'branches', {
      columns: [
        `id ${T('serial')}`,
        `company_ref ${T('ref')} NOT NULL`,
        `name ${T('key')} NOT NULL`,
        `lat ${T('real')}`,
        `lng ${T('real')}`,
        `sido ${T('key')}`,
        `sigungu ${T('key')}`,
      ],
      constraints: [`UNIQUE (company_ref, name)`, `FOREIGN KEY (company_ref) REFERENCES ${q.companies} (id)`],
    }),
    ...createTable(d, t, 'job_families', {
      columns: [`id ${T('key')} PRIMARY KEY`, `name_ko ${T('key')} NOT NULL`, `name_en ${T('key')}`],
    }),
    ...createTable(d, t, 'stacks', {
      columns: [`id ${T('key')} PRIMARY KEY`, `name ${T('key')} NOT NULL`, `category ${T('key')}`],
    }),
    ...createTable(d, t, 'postings', {
      columns: [
        `id ${T('key')} PRIMARY KEY`,
        `company_ref ${T('ref')} NOT NULL`,
        `branch_ref ${T('ref')}`,
        ...publishedShared,
        `first_seen_run ${T('key')} NOT NULL`,
        `last_seen_run ${T('key')} NOT NULL`,
        `closed_at ${T('key')}`,
        `run_id ${T('short')} NOT NULL`,
      ],
      constraints: [
        `FOREIGN KEY (company_ref) REFERENCES ${q.companies} (id)`,
        `FOREIGN KEY (branch_ref) REFERENCES ${q.branches} (id)`,
        'CHECK (lat IS NULL OR (lat >= -90 AND lat <= 90))',
        'CHECK (lng IS NULL OR (lng >= -180 AND lng <= 180))',
      ],
      indexes: [
        ['company_idx', 'company_ref'],
        ['last_seen_idx', 'last_seen_run'],
      ],
    }),
    ...createTable(d, t, 'posting_stacks', {
      columns: [`posting_id ${T('key')} NOT NULL`, `stack_id ${T('key')} NOT NULL`],
      constraints: [
        'PRIMARY KEY (posting_id, stack_id)',
        `FOREIGN KEY (posting_id) REFERENCES ${q.postings} (id)`,
        `FOREIGN KEY (stack_id) REFERENCES ${q.stacks} (id)`,
      ],
      indexes: [['stack_idx', 'stack_id']],
    }),
    ...createTable(d, t, 'posting_families', {
      columns: [`posting_id ${T('key')} NOT NULL`, `family_id ${T('key')} NOT NULL`],
      constraints: [
        'PRIMARY KEY (posting_id, family_id)',
        `FOREIGN KEY (posting_id) REFERENCES ${q.postings} (id)`,
        `FOREIGN KEY (family_id) REFERENCES ${q.job_families} (id)`,
      ],
      indexes: [['family_idx', 'family_id']],
    }),
    ...createTable(d, t, 'stg_postings', {
      columns: [
        `run_id ${T('short')} NOT NULL`,
        `id ${T('key')} NOT NULL`,
        `company ${T('key')}`,
        `branch ${T('key')}`,
        ...shared,
      ],
      constraints: ['PRIMARY KEY (run_id, id)'],
    }),
    ...createTable(d, t, 'stg_links', {
      columns: [
        `run_id ${T('short')} NOT NULL`,
        `posting_id ${T('key')} NOT NULL`,
        `kind ${T('short')} NOT NULL`,
        `value ${T('key')} NOT NULL`,
        `label ${T('key')}`,
        `category ${T('key')}`,
      ],
      indexes: [['run_idx', 'run_id, kind']],
    }),
    ...createTable(d, t, 'stg_closed', {
      columns: [`run_id ${T('short')} NOT NULL`, `posting_id ${T('key')} NOT NULL`],
      constraints: ['PRIMARY KEY (run_id, posting_id)'],
    }),
    ...createTable(d, t, 'ohmystack_runs', {
      columns: [
        `run_id ${T('key')} PRIMARY KEY`,
        `dt ${T('key')}`,
        `hr ${T('key')}`,
        `committed_at ${T('key')} NOT NULL`,
        `postings ${T('int')} NOT NULL`,
        `inserted ${T('int')} NOT NULL`,
        `updated ${T('int')} NOT NULL`,
        `closed ${T('int')} NOT NULL`,
      ],
    }),
    {
      sql: `INSERT INTO ${q.job_families} (id, name_ko, name_en) VALUES ${seeds.map(() => '(?, ?, ?)').join(', ')}${d.upsert(['id'], ['name_ko', 'name_en'])}`,
      params: seeds.flat(),
    },
  ];
}

// Version 2, PostgreSQL only (the other engines keep version 1's tables and its staging path):
// - stg_postings gains the posting's stack and job-family ids as arrays, so a run stages one row per
//   posting (stg_links is left empty on PostgreSQL), and `seen_only`, which marks a narrow row standing
//   for a posting published unchanged (stage-postgres.ts);
// - stg_postings loses its primary key: COPY into a keyed table cost about twice an unkeyed one, and
//   the sink deletes a re-written posting before it copies it again (stage-postgres.ts);
// - posting_stacks and posting_families lose their foreign keys: the publish only ever links postings
//   and lookups it wrote in the same transaction, and the per-row checks were most of a 100k-posting
//   load (6.3 s of 8 s for posting_stacks alone, measured on PostgreSQL 15).
// Constraint names are looked up, not guessed: PostgreSQL shortens generated names of long tables.
function v2(d: Dialect, t: TableNames): Statement[] {
  if (d.name !== 'postgres') return [];
  const q = t.qualified;
  return [
    {
      sql: `ALTER TABLE ${q.stg_postings} ADD COLUMN IF NOT EXISTS stack_ids TEXT[], ADD COLUMN IF NOT EXISTS family_ids TEXT[], ADD COLUMN IF NOT EXISTS seen_only BOOLEAN NOT NULL DEFAULT false`,
    },
    {
      sql: `DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
    WHERE (conrelid = '${q.stg_postings}'::regclass AND contype = 'p')
       OR (conrelid IN ('${q.posting_stacks}'::regclass, '${q.posting_families}'::regclass) AND contype = 'f')
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
  END LOOP;
END $$`,
    },
  ];
}

// Version 3, every engine: a posting's last-seen run moves out of `postings` into the narrow
// `posting_seen` (one row per posting). Most postings of every run are seen again unchanged, and moving
// that one mark inside `postings` rewrote each wide row: on PostgreSQL a new row version plus an entry
// in every index, 1.2 s for 100k postings against 0.29 s for the narrow table (measured on
// PostgreSQL 15). `postings.run_id` now names the run that wrote the row's current content.
function v3(d: Dialect, t: TableNames): Statement[] {
  const q = t.qualified;
  const copy = `INSERT INTO ${q.posting_seen} (posting_id, last_seen_run) SELECT id, last_seen_run FROM ${q.postings}`;
  const dropColumn = `ALTER TABLE ${q.postings} DROP COLUMN last_seen_run`;
  const create = createTable(d, t, 'posting_seen', {
    columns: [`posting_id ${d.type('key')} PRIMARY KEY`, `last_seen_run ${d.type('key')} NOT NULL`],
  });
  // MySQL drops the column's index with it; the others refuse to drop an indexed column. A re-run cut
  // short after the copy copies again, so there the copy is an upsert.
  if (d.name === 'mysql') {
    const recopy = `${copy}${d.upsert(['posting_id'], ['last_seen_run'])}`;
    return [...create, ...mysqlWhileColumnExists(t, 'postings', 'last_seen_run', [recopy, dropColumn])];
  }
  // DROP INDEX finds the index by the table's schema (only PostgreSQL tables have one here).
  const index = q.postings.includes('.') ? `${q.postings.split('.')[0]}.` : '';
  // Half of each page left free lets PostgreSQL rewrite a row in place (a HOT update, no index entry):
  // the every-run update of 100k rows took 0.13-0.2 s instead of 0.5 s. The table stays small.
  const roomy = d.name === 'postgres' ? [{ sql: `ALTER TABLE ${q.posting_seen} SET (fillfactor = 50)` }] : [];
  return [
    ...create,
    ...roomy,
    { sql: copy },
    { sql: `DROP INDEX IF EXISTS ${index}${t.bare.postings}_last_seen_idx` },
    { sql: dropColumn },
  ];
}

// Version 4, every engine: `stg_seen` stages the postings a run saw listed but did not write, because
// incremental collection skipped them as unchanged. Their last-seen run moves at commit like that of
// every posting the run wrote, in the same transaction; without the table they kept the run that
// first wrote them.
function v4(d: Dialect, t: TableNames): Statement[] {
  return createTable(d, t, 'stg_seen', {
    columns: [`run_id ${d.type('short')} NOT NULL`, `posting_id ${d.type('key')} NOT NULL`],
    constraints: ['PRIMARY KEY (run_id, posting_id)'],
  });
}

// Version 5, every engine: `expired` on postings and their staging — the posting's deadline date had
// passed on the KST day of the run that wrote it, or of a later run that saw it listed unchanged
// (publish-seen.ts). Rows written before read NULL until a run writes or sees them again.
function v5(d: Dialect, t: TableNames): Statement[] {
  return addPostingColumn(d, t, 'expired', d.type('bool'));
}

// Version 6, every engine: `job_id` on postings and their staging — shared by the copies of one job
// posted on several sites, so a query can count jobs (COUNT(DISTINCT coalesce(job_id, id))): rows
// written before read NULL and count as their own job.
function v6(d: Dialect, t: TableNames): Statement[] {
  return addPostingColumn(d, t, 'job_id', d.type('key'));
}

/** Adds `column` to postings and their staging, so a re-run after a cut-short attempt is harmless. */
function addPostingColumn(d: Dialect, t: TableNames, column: string, type: string): Statement[] {
  const tables = ['postings', 'stg_postings'] as const;
  const add = (table: (typeof tables)[number]) =>
    `ALTER TABLE ${t.qualified[table]} ADD COLUMN ${d.name === 'postgres' ? 'IF NOT EXISTS ' : ''}${column} ${type}`;
  // MySQL knows no ADD COLUMN IF NOT EXISTS: a table that already has the column is skipped.
  if (d.name === 'mysql')
    return tables.flatMap((table) => mysqlWhileColumnExists(t, table, column, [add(table)], false));
  return tables.map((table) => ({ sql: add(table) }));
}

/**
 * MySQL commits each DDL statement on its own, so a migration cut short is re-run from the start: the
 * `statements` run only while `table` still has `column` (or, with `exists` false, still lacks it),
 * checked once before the first of them.
 */
function mysqlWhileColumnExists(
  t: TableNames,
  table: keyof TableNames['bare'],
  column: string,
  statements: string[],
  exists = true,
): Statement[] {
  const qualified = t.qualified[table];
  const schema = qualified.includes('.') ? qualified.split('.')[0] : undefined;
  const out: Statement[] = [
    {
      sql: `SET @ohmystack_pending = (SELECT COUNT(*) ${exists ? '' : '= 0 '}FROM information_schema.columns WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ? AND column_name = ?)`,
      params: [schema ?? null, t.bare[table], column],
    },
  ];
  for (const sql of statements) {
    out.push(
      { sql: `SET @ohmystack_step = IF(@ohmystack_pending > 0, ?, 'DO 0')`, params: [sql] },
      { sql: 'PREPARE ohmystack_step FROM @ohmystack_step' },
      { sql: 'EXECUTE ohmystack_step' },
      { sql: 'DEALLOCATE PREPARE ohmystack_step' },
    );
  }
  return out;
}

/** Every schema version, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'normalized postings', up: v1 },
  { version: 2, name: 'postgres bulk staging', up: v2 },
  { version: 3, name: 'posting last-seen table', up: v3 },
  { version: 4, name: 'staged unchanged postings', up: v4 },
  { version: 5, name: 'posting expired mark', up: v5 },
  { version: 6, name: 'posting job id', up: v6 },
];
