// The shapes of the trend report: what it reads from a lake (only the columns it needs) and what it
// hands to the page. ReportData is plain JSON, because the page receives it as a JSON script block.
import type { FeatureRow, PostingRow } from '../model/rows.js';

/** The posting columns the report reads; a full {@link PostingRow} fits. */
export type ReportPostingInput = Pick<
  PostingRow,
  'id' | 'source' | 'company' | 'sido' | 'sigungu' | 'lat' | 'lng' | 'run_id'
> &
  Partial<Pick<PostingRow, 'job_id' | 'region_code'>>;

/** The feature columns the report reads; a full {@link FeatureRow} fits. */
export type ReportFeatureInput = Pick<
  FeatureRow,
  'posting_id' | 'kind' | 'value' | 'company' | 'sido' | 'run_id'
> &
  Partial<Pick<FeatureRow, 'job_id'>>;

/** Options of {@link reportData} and {@link reportAggregator}. */
export interface ReportDataOptions {
  /**
   * Stacks drawn in the trend chart (the most demanded overall).
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
   * The data is synthetic (a lake the demo filled from the site replica): the page says so on top.
   * writeReport sets it from the lake's marker.
   * @default false
   */
  synthetic?: boolean;
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
  /** Feature rows whose run has no date, so they are in no period of the trend. */
  undatedFeatureRows: number;
  /** Jobs without any job family (counted in the family chart as '직군 미분류'). */
  unclassifiedJobs: number;
  /** Jobs without a 시도 (no region code, no known 시도 name): '위치 미상' on the map. */
  unplacedJobs: number;
}

/** One stack's line in the trend chart, or its bar in a distribution. */
export interface StackSeries {
  /** The stack as the lake stores it ('cpp'). */
  stack: string;
  /** Its display name ('C++'; the stored value when the dictionary does not know it). */
  name: string;
  /** Distinct jobs per period, aligned with `periods` (or with `regions` in {@link StackRegionChart}). */
  counts: number[];
  /** Distinct jobs naming the stack over the whole report. */
  postings: number;
}

/**
 * How the stack trend is drawn: 'snapshot' when the data covers one KST day (a distribution of the
 * top stacks, since a line needs two points), 'day' when its days span at most a month, else 'week'
 * (Monday-based KST weeks).
 */
export type TrendGranularity = 'snapshot' | 'day' | 'week';

/** Chart 1: distinct jobs per KST day or week for the most demanded stacks. */
export interface StackTrendChart {
  granularity: TrendGranularity;
  /** 'YYYY-MM-DD' days, or the Mondays of weeks, that have a run; one day for a snapshot. */
  periods: string[];
  series: StackSeries[];
}

/** @deprecated The stack chart is per day or week now: use {@link StackTrendChart}. */
export type StackWeeklyChart = StackTrendChart;

/** Chart 2: distinct jobs per province (sido; null: no address) for the top stacks, stacked. */
export interface StackRegionChart {
  regions: (string | null)[];
  /** Distinct jobs naming any stack, per region, aligned with `regions`. */
  regionPostings: number[];
  series: StackSeries[];
}

/** One job family's bar (chart 3). */
export interface JobFamilyBar {
  /** The family id ('backend'). */
  family: string;
  /** Its Korean name ('서버/백엔드'). */
  name: string;
  postings: number;
  companies: number;
}

/**
 * Chart 4: distinct jobs per 시도 and 시군구 shape of the choropleth (codes as renderKoreaMap takes
 * them), with the jobs it cannot show in full.
 */
export interface MapChart {
  /** Jobs per 시도 code ('11'). */
  sido: Record<string, number>;
  /** Jobs per 시군구 shape code ('11680'). */
  sigungu: Record<string, number>;
  /** Jobs with no 시도: '위치 미상'. */
  unplaced: number;
  /** Jobs with a 시도 but no 시군구 shape (a city without its 구, an unknown name). */
  sidoOnly: number;
}

/** @deprecated The map is a choropleth by region code now; the scatter of places is gone. */
export interface MapPlace {
  sido: string | null;
  sigungu: string | null;
  lat: number;
  lng: number;
  postings: number;
  r: number;
  labelled: boolean;
}

/** @deprecated The map is a choropleth by region code now; it has no longitude/latitude axes. */
export interface MapBounds {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
  aspectRatio: number;
}

/** Everything the report shows: header numbers, the run ids, and the data of each chart. */
export interface ReportData {
  /** ISO 8601 with +09:00. */
  generatedAt: string;
  totals: ReportTotals;
  /** The runs the data covers, sorted (run ids sort by time). */
  runIds: string[];
  /** The data came from the site replica (synthetic postings); the page says so. */
  synthetic: boolean;
  stackTrend: StackTrendChart;
  stackRegion: StackRegionChart;
  jobFamilies: JobFamilyBar[];
  map: MapChart;
}
