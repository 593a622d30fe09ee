// The RunReport from what a run counted. Status rules: failed when a sink did not commit, every source
// failed, or the run was aborted; partial when a source failed or read only part of its lists, or a record was dropped;
// ok otherwise. An address nobody could place drops nothing, so it never makes a run partial. The report
// leaves here scrubbed: every text in it (warnings, errors, hints) quotes what sites and drivers said.
import type { SplitBranchesResult } from '../geo/branches.js';
import type { CountingGeocoder } from '../geo/types.js';
import { toKstIso } from '../model/kst.js';
import type { RunSlot } from '../model/run.js';
import type { RunReport, SinkReport, SourceReport } from '../model/run-report.js';
import type { SecretScrubber } from '../model/secret-scrubber.js';
import type { SourceOutcome } from './collect-stage.js';
import type { RunTally } from './run-tally.js';

export interface RunReportInput {
  slot: RunSlot;
  started: Date;
  durationMs: number;
  resumed: boolean;
  outcomes: readonly SourceOutcome[];
  tally: RunTally;
  branches: Pick<SplitBranchesResult<unknown>, 'companies' | 'splitCompanies' | 'branches'>;
  postings: number;
  featureRows: number;
  closed: number;
  sinks: SinkReport[];
  geocoder: CountingGeocoder | null;
  aborted: boolean;
  /** Nothing was committed although no sink failed (every source failed). */
  failed?: boolean;
  /** Collected and staged only (`stopAfter: 'collect'`). */
  staged?: boolean;
  /** Masks the run's secrets in the report. */
  scrubber: SecretScrubber;
}

/** Returns the report of a run from what it counted, every secret of the run masked. */
export function buildRunReport(input: RunReportInput): RunReport {
  return input.scrubber.scrubValue(unscrubbedReport(input));
}

function unscrubbedReport(input: RunReportInput): RunReport {
  const { tally, outcomes } = input;
  const sources = outcomes.map(sourceReport);
  const dropped = tally.quarantined - (tally.quarantineByCode.geocode_failed ?? 0);
  const sinksOk = input.sinks.every((sink) => sink.status === 'committed');
  const status: RunReport['status'] = input.staged
    ? 'staged'
    : input.aborted || input.failed || !sinksOk
      ? 'failed'
      : sources.some((source) => source.status === 'error' || source.status === 'partial') || dropped > 0
        ? 'partial'
        : 'ok';
  const stats = input.geocoder?.stats();
  const warnings = [
    ...sources.flatMap((source) => source.warnings.map((warning) => `${source.source}: ${warning}`)),
    ...sources.filter((s) => s.error).map((s) => `${s.source} failed: ${s.error!.message}`),
    ...(stats?.warnings ?? []),
    ...tally.warnings,
  ];
  const round = (ms: number) => Math.round(ms);
  return {
    runId: input.slot.runId,
    dt: input.slot.dt,
    hr: input.slot.hr,
    status,
    startedAt: toKstIso(input.started),
    finishedAt: toKstIso(new Date(input.started.getTime() + input.durationMs)),
    durationMs: round(input.durationMs),
    resumed: input.resumed,
    sources,
    stages: Object.fromEntries(
      Object.entries(tally.stages).map(([stage, report]) => [stage, { ...report, ms: round(report.ms) }]),
    ) as RunReport['stages'],
    geo: {
      ...tally.geo,
      calls: stats?.calls ?? {},
      cacheHits: stats?.cacheHits ?? 0,
      cacheMisses: stats?.cacheMisses ?? 0,
      quotaExhausted: stats?.quotaExhausted ?? false,
    },
    branches: {
      companies: input.branches.companies,
      splitCompanies: input.branches.splitCompanies,
      branches: input.branches.branches,
    },
    totals: {
      postings: input.postings,
      featureRows: input.featureRows,
      closed: input.closed,
      quarantined: tally.quarantined,
      requests: sources.reduce((sum, source) => sum + source.requests, 0),
    },
    quarantine: {
      total: tally.quarantined,
      byCode: tally.quarantineByCode,
      bySource: tally.quarantineBySource,
      file: tally.quarantined > 0 ? tally.quarantineFile : null,
    },
    sinks: input.sinks,
    warnings,
    peakRssBytes: tally.peakRss,
  };
}

function sourceReport(outcome: SourceOutcome): SourceReport {
  const { result } = outcome;
  return {
    source: outcome.source,
    status: result.status,
    counts: result.counts,
    requests: outcome.requests,
    warnings: result.warnings,
    ...(result.error ? { error: result.error } : {}),
    durationMs: outcome.durationMs,
  };
}
