// The report as a reader gets it: written from a real lake by writeReport, opened from disk in Chromium
// with every non-file request refused, and checked chart by chart — a Chart instance on each canvas,
// data points in it, pixels on the canvas — and on the map, with Korean names, the synthetic-data
// notice, hostile scraped text shown as text, no console error and nothing fetched. A screenshot of the
// page is left in test-artifacts/report.png.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_CHART_IDS } from '../../../src/report/chart-ids.js';
import { EMPTY_FILL } from '../../../src/report/map/map-classes.js';
import { markSyntheticLake } from '../../../src/report/synthetic-lake.js';
import { type WriteReportResult, writeReport } from '../../../src/report/write-report.js';
import { chromiumAvailable, launchChromium, type WatchedPage, watchedPage } from '../../helpers/chromium.js';
import { HOSTILE, REPORT_RUNS, writeReportLake } from './_report-lake.js';

// The page's globals, as far as the functions run in the page use them: the project compiles without
// the DOM lib, and these declarations stay local to this module.
interface PageCanvas {
  id: string;
  width: number;
  height: number;
  getBoundingClientRect(): { width: number };
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
interface PageChart {
  config: { type: string };
  data: { datasets: { data: unknown[] }[] };
  getDatasetMeta(index: number): { data: { x: number; y: number; base?: number; horizontal?: boolean }[] };
}
declare const window: {
  Chart: { getChart(canvas: PageCanvas): PageChart | undefined };
  __pwned?: unknown;
  __violations: string[];
};
interface PageElement {
  getAttribute(name: string): string | null;
}
declare const document: {
  documentElement: { getAttribute(name: string): string | null };
  body: { textContent: string | null; innerText: string };
  querySelectorAll<T = unknown>(selector: string): Iterable<T> & { length: number };
};

const available = chromiumAvailable('report browser tests');

interface ChartState {
  id: string;
  type: string | null;
  points: number;
  /** Canvas pixels with any paint. */
  painted: number;
  /** Alpha of the pixel at the first data element (the middle of a bar). */
  elementAlpha: number;
}

interface PageState {
  status: string | null;
  charts: ChartState[];
  /** Fills of the map's 시군구 paths, and how many there are. */
  mapFills: string[];
  svgs: number;
  scripts: number;
  images: number;
  /** What a reader sees (rendered text, not the data block). */
  visibleText: string;
  pwned: unknown;
  violations: string[];
  text: string;
}

let dir: string;
let result: WriteReportResult;
let browser: Browser;
let watched: WatchedPage;
let state: PageState;

describe.skipIf(!available)('writeReport in Chromium (integration)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ohmystack-report-'));
    await writeReportLake(join(dir, 'lake'));
    await markSyntheticLake(join(dir, 'lake'), 'report browser test');
    result = await writeReport({
      lake: join(dir, 'lake'),
      out: join(dir, 'out', 'report.html'),
      // Every stack, region and label, so the hostile ones are drawn and tabled too.
      topStacks: 100,
      topRegionStacks: 100,
      topRegions: 100,
      now: new Date('2026-12-01T00:00:00Z'),
    });
    browser = await launchChromium();
    watched = await watchedPage(browser, { allow: 'file://' });
    const { page } = watched;
    await page.goto(pathToFileURL(result.file).href);
    await page.waitForSelector('html[data-charts]');
    state = await page.evaluate(readPageState);
    await watched.screenshot('report.png', { fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('draws every chart: a Chart instance with data points and paint on each canvas', () => {
    expect(state.status).toBe('ready');
    expect(state.charts.map((chart) => chart.id).sort()).toEqual(Object.values(REPORT_CHART_IDS).sort());
    const types = Object.fromEntries(state.charts.map((chart) => [chart.id, chart.type]));
    expect(types).toEqual({
      [REPORT_CHART_IDS.stackTrend]: 'line',
      [REPORT_CHART_IDS.stackRegion]: 'bar',
      [REPORT_CHART_IDS.jobFamilies]: 'bar',
    });
    for (const chart of state.charts) {
      expect(chart.points, chart.id).toBeGreaterThan(0);
      expect(chart.painted, chart.id).toBeGreaterThan(1000);
      expect(chart.elementAlpha, chart.id).toBeGreaterThan(0);
    }
  });

  it('draws the map: 250 시군구 paths, those with postings filled by class', () => {
    expect(state.mapFills).toHaveLength(250);
    const filled = state.mapFills.filter((fill) => fill !== EMPTY_FILL);
    expect(filled.length).toBe(Object.keys(result.data.map.sigungu).length);
    expect(filled.length).toBeGreaterThan(0);
  });

  it('is in Korean, with names instead of ids, and says the data is synthetic', () => {
    const { jobFamilies, stackTrend } = result.data;
    expect(state.visibleText).toContain('사이트 복제본(합성 데이터)으로 만든 데모입니다');
    expect(state.visibleText).toContain('직군별 채용');
    expect(state.visibleText).toContain('위치 미상');
    // The tables hold the names the charts draw.
    expect(jobFamilies.length).toBeGreaterThan(0);
    for (const family of jobFamilies.filter((f) => f.family !== HOSTILE)) {
      expect(family.name).toMatch(/[가-힣]|QA|DBA|PM|SW/);
      expect(family.name).not.toBe(family.family);
    }
    expect(stackTrend.series.some((s) => s.name !== s.stack)).toBe(true);
  });

  it('logs no console error', () => {
    expect(watched.consoleErrors).toEqual([]);
  });

  it('reports what the lake holds', () => {
    const { totals, stackTrend, map } = result.data;
    expect(totals.postings).toBe(160);
    expect(totals.runs).toBe(REPORT_RUNS.length);
    expect(result.data.runIds).toEqual(REPORT_RUNS.map((run) => run.runId));
    expect([totals.firstDate, totals.lastDate]).toEqual(['2026-11-16', '2026-11-30']);
    // Four run days within a month: drawn per day.
    expect(stackTrend.granularity).toBe('day');
    expect(stackTrend.periods).toEqual(REPORT_RUNS.map((run) => run.dt));
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(map.sido) + map.unplaced).toBe(totals.jobs);
    expect(sum(map.sigungu) + map.sidoOnly).toBe(sum(map.sido));
    expect(map.unplaced).toBe(totals.unplacedJobs);
    expect(totals.skippedRows).toBe(0);
    expect(result.bytes).toBeGreaterThan(200_000);
  });

  it('makes no network request and breaks no Content-Security-Policy rule', () => {
    expect(watched.outside).toEqual([]);
    expect(state.violations).toEqual([]);
  });

  it('shows hostile scraped text as text: no script runs, no element appears', () => {
    expect(result.data.runIds).toContain(REPORT_RUNS.at(-1)!.runId);
    expect(result.data.stackRegion.regions).toContain(HOSTILE);
    expect(state.pwned).toBeUndefined();
    expect(watched.dialogs).toEqual([]);
    expect(state.scripts).toBe(3);
    expect(state.images).toBe(0);
    expect(state.svgs).toBe(1);
    expect(state.text).toContain(HOSTILE);
  });
});

/** Runs in the page: the state of every chart canvas and of the document. */
function readPageState(): PageState {
  const charts = [...document.querySelectorAll<PageCanvas>('canvas[data-chart]')].map((canvas) => {
    const chart = window.Chart.getChart(canvas);
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) painted++;
    const element = chart?.getDatasetMeta(0).data[0];
    let elementAlpha = 0;
    if (element) {
      // Element positions are in CSS pixels; the bitmap may be scaled by the device pixel ratio.
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      // A bar's position is its end; its middle lies halfway to its base (along x when horizontal).
      const bar = element.base !== undefined;
      const x = bar && element.horizontal ? (element.x + element.base!) / 2 : element.x;
      const y = bar && !element.horizontal ? (element.y + element.base!) / 2 : element.y;
      elementAlpha = canvas.getContext('2d').getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1)
        .data[3]!;
    }
    return {
      id: canvas.id,
      type: chart?.config.type ?? null,
      points: chart?.data.datasets.reduce((sum, dataset) => sum + dataset.data.length, 0) ?? 0,
      painted,
      elementAlpha,
    };
  });
  return {
    status: document.documentElement.getAttribute('data-charts'),
    charts,
    mapFills: [...document.querySelectorAll<PageElement>('#report-map path[data-code]')].map(
      (path) => path.getAttribute('fill') ?? '',
    ),
    svgs: document.querySelectorAll('svg').length,
    scripts: document.querySelectorAll('script').length,
    images: document.querySelectorAll('img, iframe, object, embed, foreignObject, image').length,
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (what a reader sees)
    visibleText: document.body.innerText,
    pwned: window.__pwned,
    violations: window.__violations,
    text: document.body.textContent ?? '',
  };
}
