// One self-contained HTML file: the data as a JSON block, Chart.js and the page script inlined, and a
// Content-Security-Policy that allows those two scripts by hash and nothing else — no network at all,
// and no other script even if markup ever slipped through escaping.
import { createHash } from 'node:crypto';
import { CLIENT_SCRIPT } from './_client-script.js';
import { footerHtml, headerHtml, sectionsHtml } from './_report-sections.js';
import { reportStyles } from './_report-styles.js';
import { readChartJsSource } from './chart-js-source.js';
import { escapeHtml, jsonScriptText } from './escape-html.js';
import type { ReportData } from './types.js';

/** Options of {@link renderReportHtml}. */
export interface RenderReportHtmlOptions {
  /**
   * The page title and heading.
   * @default 'ohmystack 채용 트렌드 리포트'
   */
  title?: string;
  /**
   * Chart.js's UMD bundle to inline.
   * @default the installed chart.js/dist/chart.umd.min.js
   */
  chartJsSource?: string;
  /**
   * 시군구 on the map that may get a text label (busiest first, never overlapping one already placed);
   * the others show their name on hover.
   * @default 12
   */
  mapLabels?: number;
}

/**
 * Returns the report as one HTML document that draws its charts offline: stack demand per day or week
 * (or the current distribution when the data covers one day), stack demand by province, jobs per job
 * family (unclassified ones included) and a 시도/시군구 choropleth (an inline SVG), each with a table.
 * Scraped text is escaped for HTML; the data travels as `<script type="application/json"
 * id="report-data">` with `<` escaped. Pure apart from reading Chart.js when `chartJsSource` is not given.
 *
 * @example
 * const html = renderReportHtml(reportData({ postings, features }), { title: '2026년 11월 채용 트렌드' });
 * await writeFile('report.html', html);
 * @throws {OhmystackError} (code 'capability_missing') when chart.js is not installed
 */
export function renderReportHtml(data: ReportData, options: RenderReportHtmlOptions = {}): string {
  const title = options.title ?? 'ohmystack 채용 트렌드 리포트';
  const chartJs = inlineScript(options.chartJsSource ?? readChartJsSource());
  const client = inlineScript(CLIENT_SCRIPT);
  const csp = [
    "default-src 'none'",
    `script-src ${scriptHash(chartJs)} ${scriptHash(client)}`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="ohmystack">
<title>${escapeHtml(title)}</title>
<style>${reportStyles()}</style>
</head>
<body>
${headerHtml(data, title)}
<p id="report-error" class="error" hidden></p>
<main>
${sectionsHtml(data, options.mapLabels === undefined ? {} : { mapLabels: options.mapLabels })}
</main>
${footerHtml(data)}
<script type="application/json" id="report-data">${jsonScriptText(data)}</script>
<script>${chartJs}</script>
<script>${client}</script>
</body>
</html>
`;
}

/**
 * Returns script text that cannot end or re-nest its <script> element, in the form the browser hashes:
 * HTML parsing turns CR and CRLF into LF, so the text is normalized first or the CSP hash would differ.
 */
function inlineScript(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--');
}

/** Returns the CSP source expression allowing exactly this inline script. */
function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
