// A lake on the local disk. Every file is written under a hidden temp name, fsynced and renamed into
// place, so a crash never leaves a half file under a real name; the manifest is renamed in last, so a
// run is visible all at once or not at all. Part numbers restart at 00000 for each run, so writing a
// run again produces the same keys, and commit deletes this run's files its manifest does not list:
// a rerun replaces, never duplicates. (A rerun overwrites a committed run's parts before its new
// manifest lands; the data is the slot's either way, and readers needing a frozen copy take another dir.)
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MissingOptionError } from '../../model/errors/missing-option-error.js';
import { SinkWriteError } from '../../model/errors/sink-write-error.js';
import { readManifest } from '../../query/read-lake.js';
import {
  DATASETS,
  dataKey,
  isRunFile,
  type LakeFormat,
  manifestKey,
  partitionPath,
  tempKey,
} from '../lake/layout.js';
import { buildManifest, manifestFile } from '../lake/manifest.js';
import { serializeCsv } from '../lake/serialize-csv.js';
import { serializeJsonl } from '../lake/serialize-jsonl.js';
import { parquetColumnsFor, serializeParquet } from '../lake/serialize-parquet.js';
import type {
  Batch,
  Dataset,
  ManifestFile,
  RunContext,
  Sink,
  SinkCapabilities,
  SinkResult,
} from '../types.js';

/** The name fileSink reports. */
export const SINK_NAME = 'file';

/** fileSink needs nothing beyond Node (Parquet is written by the lake's own pure-JS encoder, lake/parquet/). */
export const SINK_DEPENDENCIES: readonly string[] = [];

/** Options of {@link fileSink}. */
export interface FileSinkOptions {
  /** The lake root, e.g. 'out/lake'. */
  dir: string;
  /**
   * Formats of postings and features. Raw postings are nested, so they are always JSONL only.
   * @default ['jsonl', 'parquet']
   */
  formats?: readonly LakeFormat[];
  /** CSV options (only used when formats include 'csv'). */
  csv?: {
    /**
     * Start CSV files with a UTF-8 BOM so Excel shows Korean text.
     * @default false
     */
    bom?: boolean;
    /**
     * Prefix text cells starting with = + - @ tab CR with `'` (formula-injection guard).
     * @default true
     */
    guardFormulas?: boolean;
  };
  /**
   * Rows per part file.
   * @default 50_000
   */
  partSize?: number;
}

/** Options after defaults. */
export type ResolvedFileSinkOptions = Required<Omit<FileSinkOptions, 'csv'>> & {
  csv: { bom: boolean; guardFormulas: boolean };
};

interface RunState {
  files: ManifestFile[];
  parts: Map<Dataset, number>;
}

/**
 * Returns a sink writing a Hive-partitioned lake under `dir`, one manifest per run in `_manifests/`.
 *
 * @example
 * const sink = fileSink({ dir: 'out/lake' });
 * const slot = runSlot();
 * await sink.write({ dataset: 'postings', rows }, slot); // postings/dt=…/hr=…/{runId}-00000.{jsonl,parquet}
 * await sink.commit(slot); // _manifests/{runId}.json
 * @throws {MissingOptionError} without `dir`
 * @throws {SinkWriteError} from write/commit/abort when the disk refuses (retryable for EBUSY, EMFILE…)
 */
export function fileSink(options: FileSinkOptions): Sink {
  if (!options?.dir) throw new MissingOptionError({ source: 'fileSink', option: 'dir' });
  const resolved: ResolvedFileSinkOptions = {
    dir: options.dir,
    formats: options.formats ?? ['jsonl', 'parquet'],
    partSize: Math.max(1, options.partSize ?? 50_000),
    csv: { bom: options.csv?.bom ?? false, guardFormulas: options.csv?.guardFormulas ?? true },
  };
  const capabilities: SinkCapabilities = {
    modes: ['replace'],
    atomicCommit: true,
    partitions: true,
    query: false,
    formats: resolved.formats,
  };
  const runs = new Map<string, RunState>();

  function formatsOf(dataset: Dataset): readonly LakeFormat[] {
    return dataset === 'raw' ? ['jsonl'] : resolved.formats;
  }

  function serialize(dataset: Dataset, format: LakeFormat, rows: readonly unknown[]): Uint8Array {
    if (format === 'jsonl') return serializeJsonl(rows);
    const records = rows as readonly Record<string, unknown>[];
    const columns = parquetColumnsFor(dataset);
    if (format === 'csv') {
      return serializeCsv(records, {
        ...resolved.csv,
        ...(columns ? { columns: columns.map((c) => c.name) } : {}),
      });
    }
    if (!columns) throw new TypeError(`dataset ${dataset} has no Parquet columns`);
    return serializeParquet(records, { columns });
  }

  async function guard<T>(operation: string, context: RunContext, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SinkWriteError) throw error;
      throw new SinkWriteError({ sink: SINK_NAME, operation, runId: context.runId, cause: error });
    }
  }

  return {
    name: SINK_NAME,
    capabilities,
    write(batch: Batch, context: RunContext) {
      return guard('write', context, async () => {
        const state: RunState = runs.get(context.runId) ?? { files: [], parts: new Map() };
        runs.set(context.runId, state);
        for (let start = 0; start < batch.rows.length; start += resolved.partSize) {
          context.signal?.throwIfAborted();
          const rows = batch.rows.slice(start, start + resolved.partSize);
          const part = state.parts.get(batch.dataset) ?? 0;
          state.parts.set(batch.dataset, part + 1);
          for (const format of formatsOf(batch.dataset)) {
            const key = dataKey(batch.dataset, context, part, format);
            const bytes = serialize(batch.dataset, format, rows);
            await writeAtomic(resolved.dir, key, bytes);
            state.files.push(manifestFile(key, batch.dataset, format, rows.length, bytes));
          }
        }
      });
    },
    commit(context: RunContext): Promise<SinkResult> {
      return guard('commit', context, async () => {
        const state = runs.get(context.runId);
        const manifest = buildManifest(context, state?.files ?? []);
        const bytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
        await writeAtomic(resolved.dir, manifestKey(context.runId), bytes);
        // After the manifest: what it does not list is invisible already, so deleting it is tidying.
        await removeRunFiles(resolved.dir, context, new Set(manifest.files.map((file) => file.key)));
        runs.delete(context.runId);
        return { sink: SINK_NAME, rows: manifest.rows, manifest, warnings: [] };
      });
    },
    abort(context: RunContext) {
      return guard('abort', context, async () => {
        runs.delete(context.runId);
        const committed = await readManifest(resolved.dir, context.runId);
        await removeRunFiles(
          resolved.dir,
          context,
          new Set<string>(committed?.files.map((file) => file.key) ?? []),
        );
      });
    },
  };
}

/** Writes bytes to `dir/key` through a temp file in the same folder, fsynced, then renamed. */
async function writeAtomic(dir: string, key: string, bytes: Uint8Array): Promise<void> {
  const path = join(dir, key);
  const temp = join(dir, tempKey(key, randomBytes(4).toString('hex')));
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Deletes the run's files (parts and temp files) in its partitions, except the keys to keep. */
async function removeRunFiles(dir: string, context: RunContext, keep: ReadonlySet<string>): Promise<void> {
  for (const dataset of DATASETS) {
    const folder = partitionPath(dataset, context);
    let names: string[];
    try {
      names = await readdir(join(dir, folder));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const name of names) {
      const key = `${folder}/${name}`;
      if (isRunFile(name, context.runId) && !keep.has(key)) await rm(join(dir, key), { force: true });
    }
  }
}
