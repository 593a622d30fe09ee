// The HTML around the charts: header totals, one section per chart (canvas, note and a table of the
// same numbers for readers without JavaScript or Canvas), and the footer naming the runs. Every value
// from the data goes through escapeHtml; only numbers and fixed text are written as they are.
import { REPORT_CHART_IDS, REPORT_MAP_ID } from './chart-ids.js';
import { placeName, UNCLASSIFIED_FAMILY_LABEL, UNKNOWN_PLACE_LABEL } from './display-names.js';
import { escapeHtml } from './escape-html.js';
import { koreaMapShapeOf } from './map/korea-shapes.js';
import { renderKoreaMap } from './map/render-korea-map.js';
import { SYNTHETIC_NOTICE } from './synthetic-lake.js';
import type { ReportData } from './types.js';

const PERIODS_IN_TABLE = 8;
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
    [UNCLASSIFIED_FAMILY_LABEL, `${number.format(totals.unclassifiedJobs)}건`],
    [UNKNOWN_PLACE_LABEL, `${number.format(totals.unplacedJobs)}건`],
  ];
  const skipped =
    totals.skippedRows > 0
      ? `<p class="error">형식이 맞지 않아 ${number.format(totals.skippedRows)}개 행을 건너뛰었습니다.</p>`
      : '';
  const notice = data.synthetic ? `<p class="notice" role="note">${SYNTHETIC_NOTICE}</p>\n` : '';
  return `<header>
${notice}<h1>${escapeHtml(title)}</h1>
<p class="muted">생성 ${escapeHtml(data.generatedAt)} · 공고 행 ${number.format(totals.postingRows)}개, 피처 행 ${number.format(totals.featureRows)}개를 읽음</p>
<dl class="totals">${cards.map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>
${skipped}</header>`;
}

/** Returns the four sections: stack trend (or distribution), stacks by region, job families, the map. */
export function sectionsHtml(data: ReportData, options: { mapLabels?: number } = {}): string {
  return [
    stackTrendSection(data),
    stackRegionSection(data),
    jobFamiliesSection(data),
    mapSection(data, options.mapLabels),
  ].join('\n');
}

/** Returns the footer naming every run the data covers. */
export function footerHtml(data: ReportData): string {
  const { runIds } = data;
  const span = runIds.length === 0 ? '없음' : `${runIds[0]} … ${runIds.at(-1)}`;
  return `<footer class="muted">
<p>데이터: 실행 ${number.format(runIds.length)}개 (${escapeHtml(span)}). 날짜는 실행의 KST 날짜(dt)이고 주는 월요일부터입니다. 여러 사이트에 올라온 같은 채용은 한 번만 셉니다(한 기간·한 지역·한 직군마다).</p>
<details><summary>실행 ID</summary><p><code>${runIds.map(escapeHtml).join(' ')}</code></p></details>
<p>ohmystack 리포트 · 차트: Chart.js (MIT), 페이지에 포함되어 오프라인에서 그려집니다. 지도 경계: 통계청 SGIS 행정구역 경계 (vuski/admdongkor 가공, 단순화).</p>
</footer>`;
}

function section(id: keyof typeof REPORT_CHART_IDS, title: string, note: string, body: string): string {
  const canvasId = REPORT_CHART_IDS[id];
  return `<section aria-labelledby="${canvasId}-title">
<h2 id="${canvasId}-title">${title}</h2>
<p class="muted">${note}</p>
<div class="chart-box"><canvas id="${canvasId}" data-chart="${id}" role="img" aria-label="${title}"></canvas></div>
${body}
</section>`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], summary = '표로 보기'): string {
  if (rows.length === 0) return '<p class="muted">데이터 없음</p>';
  const th = head.map((cell) => `<th>${cell}</th>`).join('');
  const trs = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<details><summary>${summary}</summary><table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table></details>`;
}

function stackTrendSection(data: ReportData): string {
  const { granularity, periods, series } = data.stackTrend;
  if (granularity === 'snapshot') {
    const rows = series.map((s) => [escapeHtml(s.name), number.format(s.postings)]);
    return section(
      'stackTrend',
      '스택 수요 (현재 분포)',
      `${escapeHtml(periods[0] ?? '데이터 없음')} 하루의 데이터라 추이 대신 가장 많이 요구된 스택 ${series.length}개의 채용 수를 보입니다. 실행이 여러 날 쌓이면 일별·주별 추이가 그려집니다.`,
      table(['스택', '채용'], rows),
    );
  }
  const shown = periods.slice(-PERIODS_IN_TABLE);
  const offset = periods.length - shown.length;
  const rows = series.map((s) => [
    escapeHtml(s.name),
    number.format(s.postings),
    ...shown.map((_, index) => number.format(s.counts[offset + index] ?? 0)),
  ]);
  const step = granularity === 'day' ? '일별' : '주별';
  return section(
    'stackTrend',
    `스택 수요 추이 (${step})`,
    `가장 많이 요구된 스택 ${series.length}개의 ${step} 채용 수 (그 ${granularity === 'day' ? '날' : '주'}의 실행에서 본 채용, 중복 제외).`,
    table(['스택', '전체', ...shown.map(escapeHtml)], rows),
  );
}

function stackRegionSection(data: ReportData): string {
  const { regions, regionPostings, series } = data.stackRegion;
  const rows = regions.map((region, index) => [
    escapeHtml(region ?? UNKNOWN_PLACE_LABEL),
    number.format(regionPostings[index] ?? 0),
    ...series.map((s) => number.format(s.counts[index] ?? 0)),
  ]);
  return section(
    'stackRegion',
    '지역별 스택 수요 (시도)',
    `채용이 많은 시도 ${regions.length}곳 × 상위 스택 ${series.length}개. 막대는 스택별 채용 수의 합입니다.`,
    table(['시도', '채용', ...series.map((s) => escapeHtml(s.name))], rows),
  );
}

function jobFamiliesSection(data: ReportData): string {
  const { unclassifiedJobs } = data.totals;
  const rows = data.jobFamilies.map((f) => [
    escapeHtml(f.name),
    number.format(f.postings),
    number.format(f.companies),
  ]);
  if (unclassifiedJobs > 0) rows.push([UNCLASSIFIED_FAMILY_LABEL, number.format(unclassifiedJobs), '—']);
  return section(
    'jobFamilies',
    '직군별 채용',
    `직군 ${data.jobFamilies.length}개의 채용 수 (한 채용이 여러 직군에 속할 수 있음). ${unclassifiedJobs > 0 ? `직군을 알 수 없는 채용(${UNCLASSIFIED_FAMILY_LABEL}) ${number.format(unclassifiedJobs)}건은 회색 막대입니다.` : '모든 채용에 직군이 있습니다.'}`,
    table(['직군', '채용', '회사'], rows),
  );
}

function mapSection(data: ReportData, mapLabels = 12): string {
  const { map } = data;
  const byCount = (counts: Record<string, number>) =>
    Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const rows = byCount(map.sigungu)
    .slice(0, PLACES_IN_TABLE)
    .map(([code, count]) => {
      const shape = koreaMapShapeOf(code);
      const sido = shape ? koreaMapShapeOf(shape.sidoCode)?.name : undefined;
      return [escapeHtml(placeName(sido, shape?.name ?? code)), number.format(count)];
    });
  const sidoRows = byCount(map.sido).map(([code, count]) => [
    escapeHtml(koreaMapShapeOf(code)?.name ?? code),
    number.format(count),
  ]);
  const svg = renderKoreaMap(map, { title: '시군구별 채용 지도', sigunguLabels: mapLabels });
  return `<section aria-labelledby="${REPORT_MAP_ID}-title">
<h2 id="${REPORT_MAP_ID}-title">시군구별 채용 지도</h2>
<p class="muted">시군구마다 채용 수로 칠한 지도 (굵은 선은 시도 경계, 마우스를 올리면 이름과 수). ${UNKNOWN_PLACE_LABEL} ${number.format(map.unplaced)}건은 지도에 없고, 시도만 알려진 ${number.format(map.sidoOnly)}건은 시도 합계(표)에만 들어갑니다.</p>
<div class="map-box" id="${REPORT_MAP_ID}">${svg}</div>
${table(['시군구', '채용'], rows, '시군구별 표')}
${table(['시도', '채용'], sidoRows, '시도별 표')}
</section>`;
}
