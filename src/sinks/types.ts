// The contracts of the sinks layer: one interface for the lake (files, S3), the production database and
// the warehouse. Capabilities are declared, never inferred from method presence; the pipeline reads
// them once to pick a strategy.

/** The lake's datasets. */
export type Dataset = 'raw' | 'postings' | 'features';

/** How a sink can take a run's rows. */
export type WriteMode = 'append' | 'replace' | 'merge';

/** What a sink can do, declared up front. */
export interface SinkCapabilities {
  /** append: new files/rows per run; replace: a run's data replaces that run's previous data; merge: upsert by key. */
  modes: readonly WriteMode[];
  /** commit() makes the whole run visible at once (readers never see half a run). */
  atomicCommit: boolean;
  /** Data is laid out in dt/hr partitions. */
  partitions: boolean;
  /** query() answers SQL. */
  query: boolean;
  /** File formats written, for lake sinks. */
  formats: readonly ('jsonl' | 'csv' | 'parquet')[];
}

/** The run a write belongs to (see `runSlot`). */
export interface RunContext {
  runId: string;
  /** KST partition date 'YYYY-MM-DD'. */
  dt: string;
  /** KST partition hour 'HH'. */
  hr: string;
  signal?: AbortSignal;
}

/** Rows of one dataset, written as one part of a run. */
export interface Batch<Row = Record<string, unknown>> {
  dataset: Dataset;
  rows: readonly Row[];
}

/** One file of a run, as the manifest lists it. */
export interface ManifestFile {
  /** Key relative to the lake root: '{dataset}/dt=YYYY-MM-DD/hr=HH/{runId}-{part}.{ext}'. */
  key: string;
  dataset: Dataset;
  format: 'jsonl' | 'csv' | 'parquet';
  rows: number;
  bytes: number;
  sha256: string;
}

/** Written last: the only thing readers trust about a run. */
export interface RunManifest {
  runId: string;
  dt: string;
  hr: string;
  schemaVersion: number;
  createdAt: string;
  files: ManifestFile[];
  rows: Partial<Record<Dataset, number>>;
}

/** What a sink did for one run. */
export interface SinkResult {
  sink: string;
  rows: Partial<Record<Dataset, number>>;
  manifest?: RunManifest;
  /** Database tables touched, with inserted/updated/closed counts. */
  tables?: Record<string, { inserted: number; updated: number; closed?: number }>;
  warnings: string[];
}

/** A destination for a run's rows: write batches, then commit (or abort). */
export interface Sink {
  readonly name: string;
  readonly capabilities: SinkCapabilities;
  write(batch: Batch, context: RunContext): Promise<void>;
  /** Makes the run visible; idempotent for the same runId. */
  commit(context: RunContext): Promise<SinkResult>;
  /** Drops what this run wrote and not committed. */
  abort(context: RunContext): Promise<void>;
  query?(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  dispose?(): Promise<void>;
}
