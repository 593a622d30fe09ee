// The replica's query engine: DuckDB over a local lake directory. Athena tables become DuckDB views that
// are rebuilt before every query from the files present then, so parts written after CREATE TABLE are
// seen the way partition projection sees them in Athena, with no repair step.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { duckdbType, type ExternalTable, parseCreateDatabase, parseExternalTable } from './translate-ddl.js';

/** One Athena result column. */
export interface ResultColumn {
  name: string;
  type: string;
}

/** A statement's outcome in Athena's terms: the statement type, columns and rows as text (null = NULL). */
export interface AthenaResult {
  statementType: 'DDL' | 'DML' | 'UTILITY';
  columns: ResultColumn[];
  rows: (string | null)[][];
}

const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`;
const sqlIdent = (value: string): string => `"${value.replaceAll('"', '""')}"`;

/** Returns Athena's type name for a DuckDB type ('VARCHAR[]' → 'array', 'BIGINT' → 'bigint'). */
function athenaType(duck: string): string {
  if (duck.endsWith(']')) return 'array';
  const base = duck.replace(/\(.*$/, '').toUpperCase();
  if (base.startsWith('STRUCT')) return 'row';
  if (base.startsWith('MAP')) return 'map';
  if (base.startsWith('TIMESTAMP')) return 'timestamp';
  const map: Record<string, string> = {
    BOOLEAN: 'boolean',
    TINYINT: 'tinyint',
    SMALLINT: 'smallint',
    INTEGER: 'integer',
    BIGINT: 'bigint',
    HUGEINT: 'bigint',
    UBIGINT: 'bigint',
    UINTEGER: 'bigint',
    FLOAT: 'real',
    DOUBLE: 'double',
    DECIMAL: 'decimal',
    DATE: 'date',
    JSON: 'json',
  };
  return map[base] ?? 'varchar';
}

/** Renders one value as Athena's VarCharValue does: arrays '[a, b]', timestamps with milliseconds. */
function athenaText(type: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'array' && Array.isArray(value))
    return `[${value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}]`;
  if (type === 'timestamp' && typeof value === 'string' && !value.includes('.')) return `${value}.000`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Returns the SQL with each `?` outside string literals replaced by the next parameter text. */
export function bindParameters(sql: string, parameters: readonly string[]): string {
  let index = 0;
  let quoted = false;
  let out = '';
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    if (ch === '?' && !quoted) {
      const value = parameters[index++];
      if (value === undefined)
        throw new Error('INVALID_PARAMETER_USAGE: fewer ExecutionParameters than ? placeholders');
      out += value;
    } else out += ch;
  }
  if (index < parameters.length)
    throw new Error('INVALID_PARAMETER_USAGE: more ExecutionParameters than ? placeholders');
  return out;
}

/** DuckDB over one lake directory, speaking Athena's statements. */
export class DuckdbLake {
  private readonly tables = new Map<string, ExternalTable & { dir: string; schema: string }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly lakeDir: string,
    private readonly s3Location: string,
  ) {}

  /** Runs one Athena statement against DuckDB, one at a time (a DuckDB connection is not concurrent). */
  run(sql: string, database: string | undefined): Promise<AthenaResult> {
    const next = this.queue.then(() => this.execute(sql, database));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async execute(sql: string, database: string | undefined): Promise<AthenaResult> {
    const ddl: AthenaResult = { statementType: 'DDL', columns: [], rows: [] };
    const db = parseCreateDatabase(sql);
    if (db !== null) {
      await this.connection.run(`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(db)}`);
      return ddl;
    }
    const table = parseExternalTable(sql);
    if (table) {
      const schema = table.database ?? database ?? 'default';
      await this.connection.run(`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(schema)}`);
      const root = this.s3Location.replace(/\/+$/, '');
      const location = table.location.replace(/\/+$/, '');
      if (location !== root && !location.startsWith(`${root}/`))
        throw new Error(`HIVE_PATH_ERROR: LOCATION ${table.location} is outside the replica's ${root}`);
      const dir = join(this.lakeDir, location.slice(root.length));
      const key = `${schema}.${table.name}`;
      if (!this.tables.has(key) || !/IF\s+NOT\s+EXISTS/i.test(sql))
        this.tables.set(key, { ...table, dir, schema });
      await this.refresh();
      return ddl;
    }
    await this.refresh();
    if (database) await this.connection.run(`SET search_path = ${sqlString(`${database},main`)}`);
    const reader = await this.connection.runAndReadAll(sql);
    const names = reader.columnNames();
    const types = reader.columnTypes().map((t) => athenaType(t.toString()));
    const isUtility = /^\s*(SHOW|DESCRIBE|EXPLAIN)\b/i.test(sql);
    return {
      statementType: isUtility ? 'UTILITY' : 'DML',
      columns: names.map((name, i) => ({ name, type: types[i] ?? 'varchar' })),
      rows: reader
        .getRowsJson()
        .map((row) => row.map((value, i) => athenaText(types[i] ?? 'varchar', value))),
    };
  }

  /** Rebuilds every table's view over the files present now. */
  private async refresh(): Promise<void> {
    for (const table of this.tables.values()) await this.connection.run(await this.viewSql(table));
  }

  private async viewSql(table: ExternalTable & { dir: string; schema: string }): Promise<string> {
    const ext = table.format === 'json' ? '.jsonl' : '.parquet';
    const files = await listParts(table.dir, ext);
    const partitions = table.partitions.map((p) => `CAST(NULL AS VARCHAR) AS ${sqlIdent(p)}`);
    const view = `CREATE OR REPLACE VIEW ${sqlIdent(table.schema)}.${sqlIdent(table.name)} AS `;
    if (files.length === 0) {
      const nulls = table.columns.map((c) => `CAST(NULL AS ${duckdbType(c.type)}) AS ${sqlIdent(c.name)}`);
      return `${view}SELECT ${[...nulls, ...partitions].join(', ')} WHERE false`;
    }
    const list = `[${files.map(sqlString).join(', ')}]`;
    const hiveTypes = `{${table.partitions.map((p) => `${sqlString(p)}: 'VARCHAR'`).join(', ')}}`;
    const source =
      table.format === 'json'
        ? `read_json_auto(${list}, format = 'newline_delimited', hive_partitioning = true, union_by_name = true, hive_types = ${hiveTypes})`
        : `read_parquet(${list}, hive_partitioning = true, union_by_name = true, hive_types = ${hiveTypes})`;
    const described = await this.connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    const present = new Set(described.getRowObjectsJson().map((r) => String(r.column_name).toLowerCase()));
    // Athena reads a declared column a file lacks as NULL; so does the view.
    const select = table.columns.map((c) =>
      present.has(c.name)
        ? `CAST(${sqlIdent(c.name)} AS ${duckdbType(c.type)}) AS ${sqlIdent(c.name)}`
        : `CAST(NULL AS ${duckdbType(c.type)}) AS ${sqlIdent(c.name)}`,
    );
    const parts = table.partitions.map((p) =>
      present.has(p) ? sqlIdent(p) : `CAST(NULL AS VARCHAR) AS ${sqlIdent(p)}`,
    );
    return `${view}SELECT ${[...select, ...parts].join(', ')} FROM ${source}`;
  }
}

/** Returns the part files under `dir` (recursively), skipping names Athena treats as hidden ('_', '.'). */
async function listParts(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext) && !/^[_.]/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (path) =>
        !relative(dir, path)
          .split(/[\\/]/)
          .some((seg) => /^[_.]/.test(seg)),
    )
    .sort();
}
