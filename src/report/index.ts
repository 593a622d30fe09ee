// The trend report: aggregate a lake's postings and feature rows (pure, streaming) and render one
// self-contained HTML page whose Chart.js charts draw offline (`ohmystack report` uses writeReport).

export { KOREAN_FONT_STACK } from './korean-font-stack.js';
export type {
  KoreaMapCounts,
  KoreaMapLevel,
  KoreaMapPlace,
  KoreaMapPlaceInput,
  KoreaMapShape,
  KoreaMapTally,
  RenderKoreaMapOptions,
} from './map/index.js';
export { koreaMapCounts, renderKoreaMap } from './map/index.js';
export type { RenderReportHtmlOptions } from './render-report-html.js';
export { renderReportHtml } from './render-report-html.js';
export type { ReportAggregator } from './report-aggregator.js';
export { reportAggregator } from './report-aggregator.js';
export type { ReportDataInput } from './report-data.js';
export { reportData } from './report-data.js';
export type {
  JobFamilyBar,
  MapBounds,
  MapChart,
  MapPlace,
  ReportData,
  ReportDataOptions,
  ReportFeatureInput,
  ReportPostingInput,
  ReportTotals,
  ResolvedReportDataOptions,
  StackRegionChart,
  StackSeries,
  StackTrendChart,
  StackWeeklyChart,
  TrendGranularity,
} from './types.js';
export type { WriteReportOptions, WriteReportResult } from './write-report.js';
export { writeReport } from './write-report.js';
