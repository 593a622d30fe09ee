// What one pipeline run tells its user: per source and per stage counts and timings, what was set aside,
// what each sink did, and what needs a look. A zod schema, because the report is also a file
// (`runs/{runId}/report.json`) that `ohmystack report` and schedulers read back.
import { z } from 'zod';

const Counts = z.record(z.string(), z.number());

/** One source's part of a run (its `SourceResult` without the quarantined payloads). */
export const SourceReport = z.object({
  source: z.string(),
  status: z.enum(['ok', 'empty', 'partial', 'error']),
  counts: z.object({
    listed: z.number(),
    fetched: z.number(),
    skippedUnchanged: z.number(),
    emitted: z.number(),
    quarantined: z.number(),
    retried: z.number(),
    failedRequests: z.number(),
    closed: z.number(),
    /** Postings an interrupted attempt of this run had already stored: not fetched again. */
    resumed: z.number(),
    /** Listed postings past `collect.maxDetailRequests`, left for the next run (0 in older reports). */
    deferred: z.number().default(0),
  }),
  requests: z.number(),
  warnings: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string(), hint: z.string().optional() }).optional(),
  durationMs: z.number(),
});
export type SourceReport = z.infer<typeof SourceReport>;

/** Time spent inside one stage (summed over its batches, so stages that overlap can add up past the wall time). */
export const StageReport = z.object({
  ms: z.number(),
  /** Records in and out of the stage. */
  in: z.number(),
  out: z.number(),
});
export type StageReport = z.infer<typeof StageReport>;

/** What a sink did with the run. */
export const SinkReport = z.object({
  sink: z.string(),
  status: z.enum(['committed', 'failed', 'skipped']),
  rows: Counts,
  /** The lake manifest's key, for lake sinks. */
  manifest: z.string().optional(),
  files: z.number().optional(),
  tables: z
    .record(
      z.string(),
      z.object({ inserted: z.number(), updated: z.number(), closed: z.number().optional() }),
    )
    .optional(),
  warnings: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string(), hint: z.string().optional() }).optional(),
  ms: z.number(),
});
export type SinkReport = z.infer<typeof SinkReport>;

/** The report of one `runPipeline` call. */
export const RunReport = z.object({
  runId: z.string(),
  dt: z.string(),
  hr: z.string(),
  /**
   * ok: every source and sink did its part; partial: data was loaded but a source failed or records were
   * quarantined; failed: nothing was committed (a sink failed or the run was aborted); skipped: this
   * slot had already been committed, so nothing was done; staged: collected and staged only
   * (`stopAfter: 'collect'`), to be loaded by a later run of the same runId.
   */
  status: z.enum(['ok', 'partial', 'failed', 'skipped', 'staged']),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  /** True when an interrupted attempt of the same run was resumed from its staged postings. */
  resumed: z.boolean(),
  sources: z.array(SourceReport),
  stages: z.object({
    collect: StageReport,
    normalize: StageReport,
    geocode: StageReport,
    branches: StageReport,
    features: StageReport,
    load: StageReport,
  }),
  geo: z.object({
    withAddress: z.number(),
    geocoded: z.number(),
    notFound: z.number(),
    /** Distinct addresses per geocoded batch, summed (an address in two batches counts twice; `calls` and `cacheHits` say what reached the provider). */
    distinctQueries: z.number(),
    byPrecision: Counts,
    byProvider: Counts,
    calls: Counts,
    cacheHits: z.number(),
    cacheMisses: z.number(),
    quotaExhausted: z.boolean(),
  }),
  branches: z.object({ companies: z.number(), splitCompanies: z.number(), branches: z.number() }),
  totals: z.object({
    postings: z.number(),
    featureRows: z.number(),
    closed: z.number(),
    quarantined: z.number(),
    requests: z.number(),
  }),
  quarantine: z.object({
    total: z.number(),
    byCode: Counts,
    bySource: Counts,
    /** The JSONL file holding every quarantined record with its raw payload. */
    file: z.string().nullable(),
  }),
  sinks: z.array(SinkReport),
  warnings: z.array(z.string()),
  peakRssBytes: z.number(),
});
export type RunReport = z.infer<typeof RunReport>;
