import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { REPORT_CHART_IDS, REPORT_MAP_ID } from '../../../src/report/chart-ids.js';
import { chartJsPath, readChartJsSource } from '../../../src/report/chart-js-source.js';
import { renderReportHtml } from '../../../src/report/render-report-html.js';
import { reportData } from '../../../src/report/report-data.js';
import { family, posting, stack } from './_rows.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const RUN = '20261123T0900';
// A stand-in for Chart.js: these tests read the page, they do not draw it (the browser test does).
const FAKE_CHART_JS = 'window.Chart = function () {};';
const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  "' autofocus onfocus='alert(4)",
  '<!--<script>',
  '&lt;b&gt;',
];

function hostileData() {
  const postings = HOSTILE.map((name, index) =>
    posting(`p${index}`, RUN, { company: name, source: name, sido: name, sigungu: name }),
  );
  const features = HOSTILE.flatMap((name, index) => [
    stack(`p${index}`, name, RUN, { sido: name, company: name }),
    family(`p${index}`, name, RUN, { company: name }),
  ]);
  return reportData({ postings, features }, { now: NOW, topStacks: 50, topRegionStacks: 50, topRegions: 50 });
}

describe('renderReportHtml', () => {
  it('has one canvas per chart, in order, with ids, titles and a data-chart name', () => {
    const $ = load(renderReportHtml(hostileData(), { chartJsSource: FAKE_CHART_JS }));
    const canvases = $('canvas[data-chart]')
      .toArray()
      .map((canvas) => [$(canvas).attr('data-chart'), $(canvas).attr('id')]);
    expect(canvases).toEqual(Object.entries(REPORT_CHART_IDS));
    for (const id of Object.values(REPORT_CHART_IDS)) expect($(`#${id}-title`).text()).not.toBe('');
  });

  it('shows hostile names as text only: no element, attribute or script comes from data', () => {
    const data = hostileData();
    const html = renderReportHtml(data, { title: HOSTILE[0], chartJsSource: FAKE_CHART_JS });
    const $ = load(html);
    expect($('script').length).toBe(3);
    expect($('img, iframe, object, embed, foreignObject, use, image').length).toBe(0);
    // The one SVG is the map, drawn from the generated outlines: only shapes, text and links.
    expect($('svg').length).toBe(1);
    expect($('svg').parent().attr('id')).toBe(REPORT_MAP_ID);
    const tags = new Set(
      $('svg *')
        .toArray()
        .map((element) => (element as { name: string }).name),
    );
    expect([...tags].sort()).toEqual(['g', 'path', 'rect', 'text', 'title']);
    const handlers = $('*')
      .toArray()
      .flatMap((element) => Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {}))
      .filter((name) => name.startsWith('on') || name === 'autofocus');
    expect(handlers).toEqual([]);
    expect($('head > title').text()).toBe(HOSTILE[0]);
    expect($('h1').text()).toBe(HOSTILE[0]);
    const text = $('body').text();
    for (const name of HOSTILE) expect(text).toContain(name);
    expect(JSON.parse($('#report-data').text())).toEqual(data);
  });

  it('allows exactly its two inline scripts by hash and nothing from the network', () => {
    const $ = load(renderReportHtml(hostileData(), { chartJsSource: FAKE_CHART_JS }));
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    const executable = $('script:not([type])')
      .toArray()
      .map((script) => $(script).text());
    expect(executable).toHaveLength(2);
    for (const text of executable) {
      const hash = createHash('sha256').update(text, 'utf8').digest('base64');
      expect(csp).toContain(`'sha256-${hash}'`);
    }
    expect($('[src], link[href]').length).toBe(0);
  });

  it('keeps a script source from closing its own element', () => {
    const html = renderReportHtml(hostileData(), { chartJsSource: 'var s = "</script><!--";\r\nvar t = 1;' });
    const $ = load(html);
    expect($('script').length).toBe(3);
    expect(html).toContain('var s = "<\\/script><\\!--";\nvar t = 1;');
  });

  it('inlines the installed Chart.js by default', () => {
    expect(existsSync(chartJsPath())).toBe(true);
    const source = readChartJsSource();
    expect(source).toMatch(/Chart\.js v4/);
    const html = renderReportHtml(hostileData());
    expect(html).toContain(source.slice(0, 200));
    expect(html.length).toBeGreaterThan(source.length);
  });

  it('names stacks, families and places as readers know them, and counts what has no name', () => {
    const data = reportData(
      {
        postings: [
          posting('a', RUN, { region_code: '1168010100' }),
          posting('b', RUN, { sido: null, sigungu: null }),
          posting('c', RUN),
        ],
        features: [stack('a', 'cpp', RUN), family('a', 'backend', RUN), family('c', 'ai-ml', RUN)],
      },
      { now: NOW },
    );
    const $ = load(renderReportHtml(data, { chartJsSource: FAKE_CHART_JS }));
    // What a reader sees: the data block (ids included, for the page script) is not shown.
    $('script').remove();
    const text = $('body').text();
    for (const name of [
      'C++',
      '서버/백엔드',
      '인공지능/머신러닝',
      '서울특별시 강남구',
      '직군 미분류',
      '위치 미상',
    ]) {
      expect(text).toContain(name);
    }
    expect($('.totals').text()).toContain('직군 미분류1건');
    expect($('.totals').text()).toContain('위치 미상1건');
    expect($(`#${REPORT_MAP_ID} path[data-code="11680"] title`).text()).toBe('서울특별시 강남구: 2건');
    expect(text).not.toMatch(/\bcpp\b|\bbackend\b/);
  });

  it('says on top when the data is synthetic, and only then', () => {
    const data = reportData({ postings: [posting('a', RUN)], features: [] }, { now: NOW, synthetic: true });
    const page = load(renderReportHtml(data, { chartJsSource: FAKE_CHART_JS }));
    expect(page('header .notice').text()).toContain('사이트 복제본(합성 데이터)으로 만든 데모입니다');
    const real = load(renderReportHtml({ ...data, synthetic: false }, { chartJsSource: FAKE_CHART_JS }));
    expect(real('.notice').length).toBe(0);
  });

  it('sets the Korean font stack, Windows and Linux fonts included, before the generic family', () => {
    const html = renderReportHtml(hostileData(), { chartJsSource: FAKE_CHART_JS });
    const body = /body \{[^}]*font: 15px\/1\.5 ([^;]+);/.exec(html)?.[1] ?? '';
    for (const font of ['"Apple SD Gothic Neo"', '"Malgun Gothic"', '"Noto Sans CJK KR"', '"Nanum Gothic"']) {
      expect(body.indexOf(font)).toBeGreaterThanOrEqual(0);
      expect(body.indexOf(font)).toBeLessThan(body.indexOf('sans-serif'));
    }
    expect(html).toContain(`Chart.defaults.font.family = ${JSON.stringify(body)}`);
  });

  it('writes the header totals and a note of the run ids', () => {
    const $ = load(renderReportHtml(hostileData(), { chartJsSource: FAKE_CHART_JS }));
    const totals = $('.totals dd')
      .toArray()
      .map((dd) => $(dd).text());
    // Postings, jobs (copies of one job on several sites counted once), companies.
    expect(totals.slice(0, 3)).toEqual(['6', '6', '6']);
    expect(totals[4]).toBe('1');
    expect(totals[5]).toBe('2026-11-23 ~ 2026-11-23');
    expect($('footer').text()).toContain(RUN);
  });
});
