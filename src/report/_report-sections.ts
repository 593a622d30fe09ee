// The HTML around the charts: header totals, one section per chart (canvas, note and a table of the
// same numbers for readers without JavaScript or Canvas), and the footer naming the runs. Every value
// from the data goes through escapeHtml; only numbers and fixed text are written as they are.
import { REPORT_CHART_IDS } from './chart-ids.js';
import { escapeHtml } from './escape-html.js';
import type { MapPlace, ReportData } from './types.js';

const WEEKS_IN_TABLE = 8;
const PLACES_IN_TABLE = 20;
const number = new Intl.NumberFormat('en-US');

/** Returns the header: title, when it was made, and the totals. */
export function headerHtml(data: ReportData, title: string): string {
  const { totals } = data;
  const range =
    totals.firstDate === null ? '—' : `${totals.firstDate} ~ ${totals.lastDate ?? totals.firstDate}`;
  const cards: [string, string][] = [
    ['공고', number.format(totals.postings)],
    ['채용 (중복 제외)', number.format(totals.jobs)],
    ['회사', number.format(totals.companies)],
    ['출처', totals.sources.length === 0 ? '—' : totals.sources.join(', ')],
    ['실행(run)', number.format(totals.runs)],
    ['기간 (KST)', range],
  ];
  const skipped =
    totals.skippedRows > 0
      ? `<p class="error">형식이 맞지 않아 ${number.format(totals.skippedRows)}개 행을 건너뛰었습니다.</p>`
      : '';
  return `<header>
<h1>${escapeHtml(title)}</h1>
<p class="muted">생성 ${escapeHtml(data.generatedAt)} · 공고 행 ${number.format(totals.postingRows)}개, 피처 행 ${number.format(totals.featureRows)}개를 읽음</p>
<dl class="totals">${cards.map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>
${skipped}</header>`;
}

/** Returns the four chart sections. */
export function sectionsHtml(data: ReportData): string {
  return [
    stackWeeklySection(data),
    stackRegionSection(data),
    jobFamiliesSection(data),
    mapSection(data),
  ].join('\n');
}

/** Returns the footer naming every run the data covers. */
export function footerHtml(data: ReportData): string {
  const { runIds } = data;
  const span = runIds.length === 0 ? '없음' : `${runIds[0]} … ${runIds.at(-1)}`;
  return `<footer class="muted">
<p>데이터: 실행 ${number.format(runIds.length)}개 (${escapeHtml(span)}). 주는 실행의 KST 날짜(dt) 기준 월요일부터이며, 같은 공고는 한 주·한 지역·한 직군에서 한 번만 셉니다.</p>
<details><summary>실행 ID</summary><p><code>${runIds.map(escapeHtml).join(' ')}</code></p></details>
<p>ohmystack 리포트 · 차트: Chart.js (MIT), 페이지에 포함되어 오프라인에서 그려집니다.</p>
</footer>`;
}

function section(id: keyof typeof REPORT_CHART_IDS, title: string, note: string, body: string): string {
  const canvasId = REPORT_CHART_IDS[id];
  return `<section aria-labelledby="${canvasId}-title">
<h2 id="${canvasId}-title">${title}</h2>
<p class="muted">${note}</p>
<div class="chart-box${id === 'map' ? ' map' : ''}"><canvas id="${canvasId}" data-chart="${id}" role="img" aria-label="${title}"></canvas></div>
${body}
</section>`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '<p class="muted">데이터 없음</p>';
  const th = head.map((cell) => `<th>${cell}</th>`).join('');
  const trs = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<details><summary>표로 보기</summary><table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table></details>`;
}

function stackWeeklySection(data: ReportData): string {
  const { weeks, series } = data.stackWeekly;
  const shown = weeks.slice(-WEEKS_IN_TABLE);
  const offset = weeks.length - shown.length;
  const rows = series.map((s) => [
    escapeHtml(s.stack),
    number.format(s.postings),
    ...shown.map((_, index) => number.format(s.counts[offset + index] ?? 0)),
  ]);
  return section(
    'stackWeekly',
    '스택 수요 추이 (주별)',
    `가장 많이 요구된 스택 ${series.length}개의 주별 공고 수 (그 주의 실행에서 본 공고).`,
    table(['스택', '전체', ...shown.map(escapeHtml)], rows),
  );
}

function stackRegionSection(data: ReportData): string {
  const { regions, regionPostings, series } = data.stackRegion;
  const rows = regions.map((region, index) => [
    escapeHtml(region ?? '지역 미상'),
    number.format(regionPostings[index] ?? 0),
    ...series.map((s) => number.format(s.counts[index] ?? 0)),
  ]);
  return section(
    'stackRegion',
    '지역별 스택 수요 (시도)',
    `공고가 많은 시도 ${regions.length}곳 × 상위 스택 ${series.length}개. 막대는 스택별 공고 수의 합입니다.`,
    table(['시도', '공고', ...series.map((s) => escapeHtml(s.stack))], rows),
  );
}

function jobFamiliesSection(data: ReportData): string {
  const rows = data.jobFamilies.map((f) => [
    escapeHtml(f.family),
    number.format(f.postings),
    number.format(f.companies),
  ]);
  return section(
    'jobFamilies',
    '직군별 공고',
    `직군 ${data.jobFamilies.length}개의 공고 수 (한 공고가 여러 직군에 속할 수 있음).`,
    table(['직군', '공고', '회사'], rows),
  );
}

function mapSection(data: ReportData): string {
  const { places, unplaced, outside } = data.map;
  const rows = places
    .slice(0, PLACES_IN_TABLE)
    .map((p: MapPlace) => [
      escapeHtml(p.sido ?? '지역 미상'),
      escapeHtml(p.sigungu ?? '—'),
      number.format(p.postings),
      p.lat.toFixed(4),
      p.lng.toFixed(4),
    ]);
  const left = [
    unplaced > 0 ? `좌표 없는 공고 ${number.format(unplaced)}개` : '',
    outside > 0 ? `국외·범위 밖 좌표 ${number.format(outside)}개` : '',
  ].filter(Boolean);
  return section(
    'map',
    '시군구별 공고 지도',
    `시군구 ${places.length}곳, 원 넓이 ∝ 공고 수, 위치는 공고 좌표의 평균 (x 경도, y 위도).${left.length > 0 ? ` 지도에 없는 공고: ${left.join(', ')}.` : ''}`,
    table(['시도', '시군구', '공고', '위도', '경도'], rows),
  );
}
