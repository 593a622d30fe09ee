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
 * Returns the trend report of postings and feature rows: header totals, distinct postings per KST week
 * for the top stacks, top stacks × top provinces, postings per job family, and postings per 시군구 at
 * their mean position. Pure; the same rows give the same report (ties are broken by name).
 *
 * @default options topStacks 10, topRegionStacks 8, topRegions 10, mapLabels 15, now new Date()
 * @example
 * const data = reportData({ postings: postingRows, features: featureRows });
 * data.stackWeekly.series[0] // { stack: 'java', counts: [412, 398], postings: 655 }
 * data.jobFamilies[0] // { family: 'backend', postings: 1203, companies: 388 }
 * data.map.places[0] // { sido: '서울특별시', sigungu: '강남구', lat: 37.50, lng: 127.04, postings: 530, … }
 */
export function reportData(input: ReportDataInput, options: ReportDataOptions = {}): ReportData {
  const report = reportAggregator(options);
  for (const run of input.runs ?? []) report.addRun(run.runId, run.dt);
  for (const row of input.postings) report.addPosting(row);
  for (const row of input.features) report.addFeature(row);
  return report.result();
}
