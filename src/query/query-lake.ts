// SQL over a local lake with DuckDB: views over exactly the files committed manifests list, so a
// crashed run's leftovers or temp files can never show up in a result.
import { join } from 'node:path';
import { SinkWriteError } from '../model/errors/sink-write-error.js';
import { DATASETS } from '../sinks/lake/layout.js';
import { filesOfDataset } from '../sinks/lake/manifest.js';
import { parquetColumnsFor } from '../sinks/lake/serialize-parquet.js';
import { isStatementError } from '../sinks/sql/statement-error.js';
import type { Dataset } from '../sinks/types.js';
import { type DuckDBModule, loadDuckDB, sqlString, toPlainValue } from './duckdb.js';
import { listRuns, readManifest } from './read-lake.js';
import {
  type DemandByJobFamilyRow,
  type NewVsClosedRow,
  type StackDemandByRegionRow,
  type StackDemandByWeekRow,
  trendMethods,
} from './trend-queries.js';

const SCOPE = 'queryLake';

/** Options of {@link queryLake}. */
export interface QueryLakeOptions {
  /** Only these runs; default every committed run. */
  runIds?: readonly string[];
  /** An `@duckdb/node-api` module to use instead of importing it. */
  lib?: DuckDBModule;
}

/** A DuckDB session over a lake, with views `raw`, `postings` and `features`. */
export interface LakeQuery {
  /** The committed runs the views cover. */
  readonly runIds: readonly string[];
  /** Runs SQL ($1, $2 … params) and returns plain rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  stackDemandByWeek(): Promise<StackDemandByWeekRow[]>;
  stackDemandByRegion(): Promise<StackDemandByRegionRow[]>;
  demandByJobFamily(): Promise<DemandByJobFamilyRow[]>;
  newVsClosed(): Promise<NewVsClosedRow[]>;
  close(): Promise<void>;
}

const DUCKDB_TYPES = { STRING: 'VARCHAR', DOUBLE: 'DOUBLE', BOOLEAN: 'BOOLEAN', STRING_LIST: 'VARCHAR[]' };
// The partitions are strings in Athena's tables too; DuckDB would otherwise guess DATE and BIGINT.
const HIVE = "hive_partitioning = true, hive_types = {'dt': VARCHAR, 'hr': VARCHAR}";

/**
 * Returns a DuckDB session over the lake under `dir` (in memory; the lake is only read).
 *
 * @example
 * const lake = await queryLake('out/lake');
 * await lake.stackDemandByWeek(); // [{ week: '2026-11-23', stack: 'java', postings: 412 }, …]
 * await lake.query('SELECT count(*) AS n FROM postings WHERE sido = $1', ['서울특별시']);
 * await lake.close();
 * @throws {CapabilityError} when `@duckdb/node-api` is not installed
 * @throws {SinkWriteError} when DuckDB cannot read the lake's files, or (from `query`) refuses the SQL;
 *   the hint says which
 */
export async function queryLake(dir: string, options: QueryLakeOptions = {}): Promise<LakeQuery> {
  const duckdb = await loadDuckDB(SCOPE, options.lib);
  const runIds = options.runIds ? [...options.runIds].sort() : await listRuns(dir);
  const files: Record<Dataset, { parquet: string[]; jsonl: string[] }> = {
    raw: { parquet: [], jsonl: [] },
    postings: { parquet: [], jsonl: [] },
    features: { parquet: [], jsonl: [] },
  };
  for (const runId of runIds) {
    const manifest = await readManifest(dir, runId);
    if (!manifest) continue;
    for (const dataset of DATASETS) {
      for (const file of filesOfDataset(manifest, dataset, ['parquet', 'jsonl'])) {
        (file.format === 'parquet' ? files[dataset].parquet : files[dataset].jsonl).push(join(dir, file.key));
      }
    }
  }
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  async function run<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> {
    try {
      const reader = await connection.runAndReadAll(sql, params ? ([...params] as never) : undefined);
      return reader.getRowObjectsJS().map((row) => toPlainValue(row) as Row);
    } catch (error) {
      throw new SinkWriteError({
        sink: SCOPE,
        operation: 'query',
        cause: error,
        retryable: false,
        hint: isStatementError(error)
          ? 'check the SQL: DuckDB refused it as written; the views are raw, postings and features (e.g. SELECT count(*) FROM postings)'
          : "check that the lake's files are all there (a committed manifest lists each one) and readable",
      });
    }
  }
  try {
    for (const dataset of DATASETS) {
      const view = viewSql(dataset, files[dataset]);
      await run(`CREATE VIEW ${dataset} AS ${view}`);
      // Parts written before a column existed (job_id) leave it out of the view; it reads NULL instead.
      const present = await run<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE ${dataset})`);
      const names = new Set(present.map((column) => column.column_name));
      const missing = (parquetColumnsFor(dataset) ?? []).filter((column) => !names.has(column.name));
      if (missing.length > 0) {
        const nulls = missing.map((column) => `CAST(NULL AS ${DUCKDB_TYPES[column.type]}) AS ${column.name}`);
        await run(`CREATE OR REPLACE VIEW ${dataset} AS SELECT *, ${nulls.join(', ')} FROM (${view})`);
      }
    }
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw error;
  }
  return {
    runIds,
    query: run,
    ...trendMethods((sql) => run(sql)),
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function list(paths: readonly string[]): string {
  return `[${paths.map(sqlString).join(', ')}]`;
}

function viewSql(dataset: Dataset, files: { parquet: string[]; jsonl: string[] }): string {
  const selects: string[] = [];
  if (files.parquet.length > 0) {
    selects.push(`SELECT * FROM read_parquet(${list(files.parquet)}, union_by_name = true, ${HIVE})`);
  }
  if (files.jsonl.length > 0) {
    selects.push(
      `SELECT * FROM read_json_auto(${list(files.jsonl)}, format = 'newline_delimited', union_by_name = true, ${HIVE})`,
    );
  }
  if (selects.length > 0) return selects.join(' UNION ALL BY NAME ');
  // No committed files: an empty view with the dataset's columns, so queries still plan.
  const columns = (parquetColumnsFor(dataset) ?? [{ name: 'source', type: 'STRING' as const }]).map(
    (column) => `CAST(NULL AS ${DUCKDB_TYPES[column.type]}) AS ${column.name}`,
  );
  return `SELECT ${[...columns, 'CAST(NULL AS VARCHAR) AS dt', 'CAST(NULL AS VARCHAR) AS hr'].join(', ')} WHERE false`;
}
