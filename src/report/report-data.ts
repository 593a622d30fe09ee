import { reportAggregator } from './report-aggregator.js';
import type { ReportData, ReportDataOptions, ReportFeatureInput, ReportPostingInput } from './types.js';

/** What {@link reportData} aggregates: rows of the lake's postings and features datasets. */
export interface ReportDataInput {
  postings: Iterable<ReportPostingInput>;
  features: Iterable<ReportFeatureInput>;
  /** Runs to cover even when they hold no rows, with their KST date when known. */
  runs?: Iterable<{ runId: string; dt?: string }>;
}

/**
 * Returns the trend report of postings and feature rows: header totals (unclassified and unplaced jobs
 * included), distinct jobs per KST day or week for the top stacks (their distribution when the data
 * covers one day), top stacks × top provinces, jobs per job family, and jobs per 시도 and 시군구 for the
 * map. Pure; the same rows give the same report (ties are broken by name).
 *
 * @default options topStacks 10, topRegionStacks 8, topRegions 10, synthetic false, now new Date()
 * @example
 * const data = reportData({ postings: postingRows, features: featureRows });
 * data.stackTrend // { granularity: 'day', periods: ['2026-11-30', '2026-12-01'], series: [{ stack: 'cpp', name: 'C++', counts: [41, 44], postings: 52 }, …] }
 * data.jobFamilies[0] // { family: 'backend', name: '서버/백엔드', postings: 1203, companies: 388 }
 * data.map.sigungu['11680'] // 530 (강남구)
 */
export function reportData(input: ReportDataInput, options: ReportDataOptions = {}): ReportData {
  const report = reportAggregator(options);
  for (const run of input.runs ?? []) report.addRun(run.runId, run.dt);
  for (const row of input.postings) report.addPosting(row);
  for (const row of input.features) report.addFeature(row);
  return report.result();
}
