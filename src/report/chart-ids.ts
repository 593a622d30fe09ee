import type { ReportData } from './types.js';

/**
 * The canvas id of each Chart.js chart of the report page, keyed by the {@link ReportData} field it
 * draws (each canvas also carries `data-chart="<field>"`, which is how the page script finds it). The
 * map is an inline SVG, not a canvas: its id is {@link REPORT_MAP_ID}.
 *
 * @example document.getElementById(REPORT_CHART_IDS.jobFamilies) // the job-family bar chart's <canvas>
 */
export const REPORT_CHART_IDS = {
  stackTrend: 'chart-stack-trend',
  stackRegion: 'chart-stack-region',
  jobFamilies: 'chart-job-families',
} as const satisfies Record<keyof Pick<ReportData, 'stackTrend' | 'stackRegion' | 'jobFamilies'>, string>;

/** The id of the element holding the report's 시도/시군구 map (an inline SVG). */
export const REPORT_MAP_ID = 'report-map';
