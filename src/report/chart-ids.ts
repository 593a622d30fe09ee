import type { ReportData } from './types.js';

/**
 * The canvas id of each chart of the report page, keyed by the {@link ReportData} field it draws
 * (each canvas also carries `data-chart="<field>"`, which is how the page script finds it).
 *
 * @example document.getElementById(REPORT_CHART_IDS.map) // the 시군구 bubble map's <canvas>
 */
export const REPORT_CHART_IDS = {
  stackWeekly: 'chart-stack-weekly',
  stackRegion: 'chart-stack-region',
  jobFamilies: 'chart-job-families',
  map: 'chart-map',
} as const satisfies Record<
  keyof Pick<ReportData, 'stackWeekly' | 'stackRegion' | 'jobFamilies' | 'map'>,
  string
>;
