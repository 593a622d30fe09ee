// Where a run's files live in the lake, as pure string functions shared by the file and S3 sinks.
// Data: '{dataset}/dt=YYYY-MM-DD/hr=HH/{runId}-{part}.{ext}' (Hive partitions Athena and DuckDB read).
// Manifests: '_manifests/{runId}.json', one per run listing every dataset's files. They sit outside the
// dataset folders so a table over '{prefix}/postings/' never sees them, and the '_' prefix is what
// Athena/Hive skip as a hidden path anyway. Temp files start with '.tmp-' for the same reason.
import type { Dataset, RunContext } from '../types.js';

/** A lake file format. */
export type LakeFormat = 'jsonl' | 'csv' | 'parquet';

/** The lake's datasets, in the order runs write them. */
export const DATASETS: readonly Dataset[] = ['raw', 'postings', 'features'];

/** The folder of manifests, relative to the lake root. */
export const MANIFEST_DIR = '_manifests';

/** Prefix of files being written; readers and listings skip them. */
export const TEMP_PREFIX = '.tmp-';

const PART_DIGITS = 5;
const RUN_ID = /^[A-Za-z0-9_-]+$/;
const DT = /^\d{4}-\d{2}-\d{2}$/;
const HR = /^\d{2}$/;

/**
 * Returns the zero-padded part number used in keys, so names sort in write order.
 *
 * @example partName(1) // '00001'
 */
export function partName(part: number): string {
  return String(part).padStart(PART_DIGITS, '0');
}

/**
 * Returns the partition folder of a run's dataset, relative to the lake root.
 *
 * @example partitionPath('postings', { dt: '2026-11-29', hr: '09' }) // 'postings/dt=2026-11-29/hr=09'
 * @throws {TypeError} when dt or hr are not 'YYYY-MM-DD' and 'HH'
 */
export function partitionPath(dataset: Dataset, context: Pick<RunContext, 'dt' | 'hr'>): string {
  if (!DT.test(context.dt) || !HR.test(context.hr)) {
    throw new TypeError(`invalid partition dt=${context.dt} hr=${context.hr}; use runSlot()`);
  }
  return `${dataset}/dt=${context.dt}/hr=${context.hr}`;
}

/**
 * Returns the key of one part file of a run, relative to the lake root.
 *
 * @example dataKey('postings', { runId: '20261129T0900', dt: '2026-11-29', hr: '09' }, 0, 'parquet')
 * // 'postings/dt=2026-11-29/hr=09/20261129T0900-00000.parquet'
 * @throws {TypeError} when the run id is not path-safe
 */
export function dataKey(dataset: Dataset, context: RunContext, part: number, format: LakeFormat): string {
  assertRunId(context.runId);
  return `${partitionPath(dataset, context)}/${context.runId}-${partName(part)}.${format}`;
}

/**
 * Returns the key of a run's manifest, relative to the lake root.
 *
 * @example manifestKey('20261129T0900') // '_manifests/20261129T0900.json'
 * @throws {TypeError} when the run id is not path-safe
 */
export function manifestKey(runId: string): string {
  assertRunId(runId);
  return `${MANIFEST_DIR}/${runId}.json`;
}

/**
 * Returns the run id a manifest key names, or null for anything else (temp files included).
 *
 * @example runIdOfManifestKey('_manifests/20261129T0900.json') // '20261129T0900'
 */
export function runIdOfManifestKey(key: string): string | null {
  const name = key.startsWith(`${MANIFEST_DIR}/`) ? key.slice(MANIFEST_DIR.length + 1) : key;
  if (name.startsWith(TEMP_PREFIX) || !name.endsWith('.json')) return null;
  const runId = name.slice(0, -'.json'.length);
  return RUN_ID.test(runId) ? runId : null;
}

/**
 * Returns true when a file name (no folder) belongs to the run: its parts, or its temp files.
 *
 * @example isRunFile('20261129T0900-00000.jsonl', '20261129T0900') // true
 */
export function isRunFile(name: string, runId: string): boolean {
  const bare = name.startsWith(TEMP_PREFIX) ? name.slice(TEMP_PREFIX.length) : name;
  return bare.startsWith(`${runId}-`);
}

/**
 * Returns the key without its extension: the part a file holds, shared by its jsonl/parquet/csv copies.
 *
 * @example partOfKey('postings/dt=2026-11-29/hr=09/20261129T0900-00000.parquet')
 * // 'postings/dt=2026-11-29/hr=09/20261129T0900-00000'
 */
export function partOfKey(key: string): string {
  const dot = key.lastIndexOf('.');
  return dot > key.lastIndexOf('/') ? key.slice(0, dot) : key;
}

/**
 * Returns a temp name beside `key`: same folder, hidden from readers, unique per writer.
 *
 * @example tempKey('_manifests/20261129T0900.json', 'a1b2') // '_manifests/.tmp-20261129T0900.json-a1b2'
 */
export function tempKey(key: string, nonce: string): string {
  const slash = key.lastIndexOf('/');
  return `${key.slice(0, slash + 1)}${TEMP_PREFIX}${key.slice(slash + 1)}-${nonce}`;
}

function assertRunId(runId: string): void {
  if (!RUN_ID.test(runId)) throw new TypeError(`run id "${runId}" is not path-safe; use runSlot()`);
}
