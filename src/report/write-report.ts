// The report's I/O: every committed run of a local lake is read row by row into the aggregator, rows
// are checked for the columns the report needs (a lake is an edge: old or foreign files may differ),
// and the page is written through a temp file and a rename, so a reader never sees half a report.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AbortedError } from '../model/errors/aborted-error.js';
import { MissingOptionError } from '../model/errors/missing-option-error.js';
import { SinkWriteError } from '../model/errors/sink-write-error.js';
import { FeatureRow, PostingRow } from '../model/rows.js';
import type { DuckDBModule } from '../query/duckdb.js';
import { listRuns, readManifest } from '../query/read-lake.js';
import { lakeRowStream } from './_lake-row-stream.js';
import { type RenderReportHtmlOptions, renderReportHtml } from './render-report-html.js';
import { reportAggregator } from './report-aggregator.js';
import { isSyntheticLake } from './synthetic-lake.js';
import type { ReportData, ReportDataOptions } from './types.js';

/** Options of {@link writeReport}. */
export interface WriteReportOptions extends ReportDataOptions, RenderReportHtmlOptions {
  /** The lake root written by fileSink (the folder holding `_manifests/`), e.g. 'out/lake'. */
  lake: string;
  /** The HTML file to write, e.g. 'out/report.html'; its folder is created. */
  out: string;
  /** Only these runs; default every committed run. */
  runIds?: readonly string[];
  /** DuckDB, only for lakes whose parts are stored as Parquet alone. */
  lib?: DuckDBModule;
  signal?: AbortSignal;
}

/** What {@link writeReport} wrote. */
export interface WriteReportResult {
  /** Absolute path of the HTML file. */
  file: string;
  bytes: number;
  data: ReportData;
}

// Only the columns the report reads are checked, so lakes written before other columns existed still report.
const PostingInput = PostingRow.pick({
  id: true,
  source: true,
  company: true,
  sido: true,
  sigungu: true,
  lat: true,
  lng: true,
  run_id: true,
  job_id: true,
  region_code: true,
}).partial({ region_code: true });
const FeatureInput = FeatureRow.pick({
  posting_id: true,
  kind: true,
  value: true,
  company: true,
  sido: true,
  run_id: true,
  job_id: true,
});

/**
 * Reads every committed run of a local lake (manifests only, JSONL streamed; no DuckDB needed for a
 * lake fileSink wrote with its default formats), aggregates while reading, and writes one
 * self-contained HTML trend report. Memory grows with distinct postings, not with rows read. A lake
 * written by `ohmystack demo` (synthetic postings from the site replica) gets a notice on top.
 *
 * @example
 * const { file, data } = await writeReport({ lake: 'out/lake', out: 'out/report.html' });
 * console.log(`${file}: ${data.totals.postings}개 공고, ${data.totals.runs}개 실행`);
 * @throws {MissingOptionError} without `lake` or `out`
 * @throws {SinkWriteError} when the lake has no committed run, a listed file cannot be read, or the report cannot be written
 * @throws {AbortedError} when `signal` aborts
 */
export async function writeReport(options: WriteReportOptions): Promise<WriteReportResult> {
  if (!options?.lake) throw new MissingOptionError({ source: 'writeReport', option: 'lake' });
  if (!options.out) throw new MissingOptionError({ source: 'writeReport', option: 'out' });
  const { lake, signal } = options;
  const runIds = options.runIds ?? (await listRuns(lake));
  // A lake the demo filled from the site replica carries a marker; the page then says it is synthetic.
  const synthetic = options.synthetic ?? (await isSyntheticLake(lake));
  const report = reportAggregator({ ...options, synthetic });
  let committed = 0;
  for (const runId of [...runIds].sort()) {
    throwIfAborted(signal);
    const manifest = await readManifest(lake, runId);
    if (!manifest) continue;
    committed++;
    report.addRun(manifest.runId, manifest.dt);
    const stream = { ...(signal ? { signal } : {}), ...(options.lib ? { lib: options.lib } : {}) };
    for await (const row of lakeRowStream(lake, manifest, 'postings', stream)) {
      const parsed = PostingInput.safeParse(row);
      if (parsed.success) report.addPosting(parsed.data);
      else report.skip();
    }
    for await (const row of lakeRowStream(lake, manifest, 'features', stream)) {
      const parsed = FeatureInput.safeParse(row);
      if (parsed.success) report.addFeature(parsed.data);
      else report.skip();
    }
  }
  if (committed === 0) {
    throw new SinkWriteError({
      sink: 'file',
      operation: 'read',
      message: `no committed run in ${lake}`,
      retryable: false,
      hint: 'point `lake` at the folder holding _manifests/ (e.g. out/lake from `ohmystack demo`)',
    });
  }
  const data = report.result();
  const html = renderReportHtml(data, options);
  throwIfAborted(signal);
  const file = resolve(options.out);
  const bytes = Buffer.from(html, 'utf8');
  await writeAtomic(file, bytes);
  return { file, bytes: bytes.byteLength, data };
}

async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.tmp-${randomBytes(4).toString('hex')}-report.html`);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new SinkWriteError({ sink: 'report', operation: 'write', cause });
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError({ what: 'report', source: 'report', cause: signal.reason });
}
