// Rows of one committed run, one at a time: the JSONL copy of each part the manifest lists is read line
// by line, so a run of 100,000 postings never sits in memory whole. A part stored only as Parquet needs
// DuckDB, and readLakeRows already reads those; that path loads the run's rows of the dataset at once.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AbortedError } from '../model/errors/aborted-error.js';
import { SinkWriteError } from '../model/errors/sink-write-error.js';
import type { DuckDBModule } from '../query/duckdb.js';
import { readLakeRows } from '../query/read-lake.js';
import { filesOfDataset } from '../sinks/lake/manifest.js';
import type { Dataset, RunManifest } from '../sinks/types.js';

/** Options of {@link lakeRowStream}. */
export interface LakeRowStreamOptions {
  signal?: AbortSignal;
  /** DuckDB, for parts stored only as Parquet. */
  lib?: DuckDBModule;
}

/**
 * Yields the rows of a dataset in one committed run, in part order, reading only files its manifest
 * lists.
 *
 * @example for await (const row of lakeRowStream('out/lake', manifest, 'postings')) count++;
 * @throws {SinkWriteError} when a listed file cannot be read or a line is not JSON
 * @throws {AbortedError} when `signal` aborts
 */
export async function* lakeRowStream(
  dir: string,
  manifest: RunManifest,
  dataset: Dataset,
  options: LakeRowStreamOptions = {},
): AsyncGenerator<Record<string, unknown>> {
  const { signal } = options;
  const files = filesOfDataset(manifest, dataset, ['jsonl', 'parquet']);
  if (files.some((file) => file.format !== 'jsonl')) {
    const rows = await readLakeRows(dir, dataset, {
      runIds: [manifest.runId],
      ...(options.lib ? { lib: options.lib } : {}),
    });
    for (const row of rows) {
      throwIfAborted(signal);
      yield row;
    }
    return;
  }
  for (const file of files) {
    throwIfAborted(signal);
    const input = createReadStream(join(dir, file.key), { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    try {
      for await (const line of lines) {
        throwIfAborted(signal);
        if (line.trim() !== '') yield JSON.parse(line) as Record<string, unknown>;
      }
    } catch (error) {
      if (error instanceof AbortedError) throw error;
      throw new SinkWriteError({ sink: 'file', operation: 'read', runId: manifest.runId, cause: error });
    } finally {
      // Also when the consumer stops early: close the file, not only the line reader.
      lines.close();
      input.destroy();
    }
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError({ what: 'report', source: 'report', cause: signal.reason });
}
