// Readers of a local lake that trust only manifests: a run exists once its manifest does, and only the
// files a manifest lists are read (temp files, leftovers of crashed runs and stray files never are).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SinkWriteError } from '../model/errors/sink-write-error.js';
import { MANIFEST_DIR, manifestKey, runIdOfManifestKey } from '../sinks/lake/layout.js';
import { filesOfDataset, parseManifest } from '../sinks/lake/manifest.js';
import { parseJsonl } from '../sinks/lake/serialize-jsonl.js';
import type { Dataset, RunManifest } from '../sinks/types.js';
import { type DuckDBModule, loadDuckDB, sqlString, toPlainValue } from './duckdb.js';

const SINK = 'file';

/**
 * Returns the committed manifest of a run, or null when the run was never committed.
 *
 * @example (await readManifest('./lake', '20261129T0900'))?.rows.postings // 1200
 * @throws {ValidationError} when the manifest file is not a manifest
 */
export async function readManifest(dir: string, runId: string): Promise<RunManifest | null> {
  let text: string;
  try {
    text = await readFile(join(dir, manifestKey(runId)), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SinkWriteError({ sink: SINK, operation: 'read', runId, cause: error });
  }
  return parseManifest(JSON.parse(text));
}

/**
 * Returns the ids of committed runs, sorted (run ids sort by time).
 *
 * @example await listRuns('./lake') // ['20261129T0600', '20261129T0900']
 */
export async function listRuns(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(dir, MANIFEST_DIR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new SinkWriteError({ sink: SINK, operation: 'read', cause: error });
  }
  return names.flatMap((name) => runIdOfManifestKey(name) ?? []).sort();
}

/** Options of {@link readLakeRows}. */
export interface ReadLakeRowsOptions {
  /** Only these runs; default every committed run. */
  runIds?: readonly string[];
  /** DuckDB, to read parts stored only as Parquet; loaded lazily when needed. */
  lib?: DuckDBModule;
}

/**
 * Returns the rows of a dataset from the files committed manifests list, runs in id order. Each part
 * is read once: its JSONL copy when there is one, else its Parquet copy (through DuckDB).
 *
 * @example (await readLakeRows('./lake', 'postings'))[0]?.title // '백엔드 개발자'
 * @throws {SinkWriteError} when a listed file cannot be read
 */
export async function readLakeRows(
  dir: string,
  dataset: Dataset,
  options: ReadLakeRowsOptions = {},
): Promise<Record<string, unknown>[]> {
  const runIds = options.runIds ?? (await listRuns(dir));
  const rows: Record<string, unknown>[] = [];
  for (const runId of [...runIds].sort()) {
    const manifest = await readManifest(dir, runId);
    if (!manifest) continue;
    for (const file of filesOfDataset(manifest, dataset, ['jsonl', 'parquet'])) {
      const path = join(dir, file.key);
      try {
        if (file.format === 'jsonl') rows.push(...parseJsonl(await readFile(path)));
        else rows.push(...(await readParquetRows(path, options.lib)));
      } catch (error) {
        throw new SinkWriteError({ sink: SINK, operation: 'read', runId, cause: error });
      }
    }
  }
  return rows;
}

async function readParquetRows(path: string, lib?: DuckDBModule): Promise<Record<string, unknown>[]> {
  const duckdb = await loadDuckDB(SINK, lib);
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT * FROM read_parquet(${sqlString(path)}, hive_partitioning = false)`,
    );
    return reader.getRowObjectsJS().map((row) => toPlainValue(row) as Record<string, unknown>);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
