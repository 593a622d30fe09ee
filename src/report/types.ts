// The shapes of the trend report: what it reads from a lake (only the columns it needs) and what it
// hands to the page. ReportData is plain JSON, because the page receives it as a JSON script block.
import type { FeatureRow, PostingRow } from '../model/rows.js';

/** The posting columns the report reads; a full {@link PostingRow} fits. */
export type ReportPostingInput = Pick<
  PostingRow,
  'id' | 'source' | 'company' | 'sido' | 'sigungu' | 'lat' | 'lng' | 'run_id'
> &
  Partial<Pick<PostingRow, 'job_id'>>;

/** The feature columns the report reads; a full {@link FeatureRow} fits. */
export type ReportFeatureInput = Pick<
  FeatureRow,
  'posting_id' | 'kind' | 'value' | 'company' | 'sido' | 'run_id'
> &
  Partial<Pick<FeatureRow, 'job_id'>>;

/** Options of {@link reportData} and {@link reportAggregator}. */
export interface ReportDataOptions {
  /**
   * Stacks drawn in the weekly chart (the most demanded overall).
   * @default 10
   */
  topStacks?: number;
  /**
   * Stacks stacked in each region's bar.
   * @default 8
   */
  topRegionStacks?: number;
  /**
   * Regions (sido) in the by-region chart.
   * @default 10
   */
  topRegions?: number;
  /**
   * Places (시군구) on the map that get a text label; the others show theirs on hover.
   * @default 15
   */
  mapLabels?: number;
  /**
   * The moment the report is made, shown in its header.
   * @default new Date()
   */
  now?: Date;
}

/** Options after defaults. */
export type ResolvedReportDataOptions = Required<ReportDataOptions>;

/** The header numbers of a report. */
export interface ReportTotals {
  /** Distinct posting ids in the postings dataset. */
  postings: number;
  /**
   * Distinct jobs in the postings dataset: the copies of one job on several sites count once (a row
   * written before jobs were linked is its own job). The charts count jobs too.
   */
  jobs: number;
  /** Distinct (normalized) company names in the postings dataset. */
  companies: number;
  /** Distinct sources ('jumpit', 'wanted', …), sorted. */
  sources: string[];
  /** Runs the data covers. */
  runs: number;
  /** KST date of the first and last run ('YYYY-MM-DD'), null without dated runs. */
  firstDate: string | null;
  lastDate: string | null;
  /** Rows read per dataset (a posting seen by eight runs is eight rows). */
  postingRows: number;
  featureRows: number;
  /** Rows left out because they did not have the report's columns (see writeReport). */
  skippedRows: number;
  /** Feature rows whose run has no date, so they are in no week. */
  undatedFeatureRows: number;
}

/** One stack's line in the weekly chart. */
export interface StackSeries {
  stack: string;
  /** Distinct postings per week, aligned with `weeks` (or with `regions` in {@link StackRegionChart}). */
  counts: number[];
  /** Distinct postings naming the stack over the whole report. */
  postings: number;
}

/** Chart 1: distinct postings per KST week (Monday 'YYYY-MM-DD') for the most demanded stacks. */
export interface StackWeeklyChart {
  weeks: string[];
  series: StackSeries[];
}

/** Chart 2: distinct postings per province (sido; null: no address) for the top stacks, stacked. */
export interface StackRegionChart {
  regions: (string | null)[];
  /** Distinct postings naming any stack, per region, aligned with `regions`. */
  regionPostings: number[];
  series: StackSeries[];
}

/** One job family's bar (chart 3). */
export interface JobFamilyBar {
  family: string;
  postings: number;
  companies: number;
}

/** One bubble of the map (chart 4): the postings of one 시군구 at their mean position. */
export interface MapPlace {
  sido: string | null;
  sigungu: string | null;
  /** Mean latitude and longitude of the place's postings. */
  lat: number;
  lng: number;
  postings: number;
  /** Bubble radius in pixels, growing with the square root of `postings` (area ∝ count). */
  r: number;
  /** Drawn with a text label (the busiest places). */
  labelled: boolean;
}

/** The visible area of the map, in degrees, and the width/height ratio that keeps it undistorted. */
export interface MapBounds {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
  aspectRatio: number;
}

/** Chart 4: postings by 시군구 as bubbles at longitude/latitude. */
export interface MapChart {
  places: MapPlace[];
  bounds: MapBounds;
  /** Postings without a usable position, so not on the map. */
  unplaced: number;
  /** Postings placed outside Korea (a bad geocode, an overseas office), left off the map. */
  outside: number;
}

/** Everything the report shows: header numbers, the run ids, and the data of each chart. */
export interface ReportData {
  /** ISO 8601 with +09:00. */
  generatedAt: string;
  totals: ReportTotals;
  /** The runs the data covers, sorted (run ids sort by time). */
  runIds: string[];
  stackWeekly: StackWeeklyChart;
  stackRegion: StackRegionChart;
  jobFamilies: JobFamilyBar[];
  map: MapChart;
}
