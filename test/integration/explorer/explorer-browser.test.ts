// The explorer as a person uses it, in Chromium (playwright-core, Debian's binary) against a real server
// on 127.0.0.1: every view renders with no console error, no CSP violation and no request leaving the
// explorer; a filter changes the results; the profile form answers with ranked postings; hostile
// scraped text stays text. A screenshot of each view is left in test-artifacts/explorer-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningExplorer, serveExplorer } from '../../../src/explorer/index.js';
import { chromiumAvailable, launchChromium, type WatchedPage, watchedPage } from '../../helpers/chromium.js';
import { HOSTILE, NOW, writeExplorerLake } from './_explorer-lake.js';

// The page's globals, as far as the functions run in the page use them (the project has no DOM lib).
declare const window: {
  __pwned?: unknown;
  Chart?: { getChart(canvas: unknown): { data: { datasets: { data: unknown[] }[] } } | undefined };
};
declare const location: { search: string };
declare const document: {
  getElementById(id: string): unknown;
  querySelectorAll(selector: string): { length: number };
};

const available = chromiumAvailable('explorer browser tests');

let explorer: RunningExplorer;
let remove: () => Promise<void>;
let browser: Browser;
let watched: WatchedPage;
let page: Page;
let outside: string[];
let consoleErrors: string[];
let dialogs: string[];

/**
 * Waits until an element matches, checking on a timer: Playwright's default check runs on animation
 * frames, which a headless page that is not being painted may not produce.
 */
async function waitFor(selector: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelectorAll(s).length > 0, selector, { polling: 100 });
}

/** Opens a view and waits until its script has filled it. */
async function open(path: string): Promise<void> {
  await page.goto(new URL(path, explorer.url).href);
  await waitFor('body[data-state="ready"]');
}

describe.skipIf(!available)('the explorer in Chromium (integration)', () => {
  beforeAll(async () => {
    const written = await writeExplorerLake();
    remove = written.remove;
    explorer = await serveExplorer({ lake: written.lake, now: () => NOW });
    browser = await launchChromium();
    watched = await watchedPage(browser, { allow: `${new URL(explorer.url).origin}/` });
    ({ page, outside, consoleErrors, dialogs } = watched);
  });

  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
    await remove?.();
  });

  it.each([
    ['search', '/'],
    ['posting', '/postings/jumpit%3A12'],
    ['trends', '/trends'],
    ['map', '/map'],
    ['for-me', '/for-me'],
  ])('renders the %s view with no console error, CSP violation or outside request', async (view, path) => {
    await open(path);
    expect(await page.getAttribute('body', 'data-view')).toBe(view);
    expect(await page.textContent('h1')).toBeTruthy();
    await watched.screenshot(`explorer-${view}.png`, { fullPage: true });
    expect(consoleErrors).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('shows the posting with its copy on another site', async () => {
    await open('/postings/jumpit%3A12');
    const copies = await page.locator('.copies a').allTextContents();
    expect(copies.some((text) => text.includes('원티드'))).toBe(true);
  });

  it('draws the trend charts and the map', async () => {
    await open('/trends');
    const points = await page.evaluate(() => {
      const chart = window.Chart?.getChart(document.getElementById('trend-totals'));
      return chart?.data.datasets[0]?.data.length ?? 0;
    });
    expect(points).toBeGreaterThan(0);
    await open('/map');
    expect(await page.evaluate(() => document.querySelectorAll('.map-box svg path').length)).toBeGreaterThan(
      200,
    );
  });

  it('changes the results when a filter changes', async () => {
    await open('/');
    const before = await page.textContent('#result-count');
    await page.selectOption('#f-family', 'frontend');
    await page.waitForFunction(
      (text) =>
        document.getElementById('result-count') !== null &&
        (document.getElementById('result-count') as { textContent: string }).textContent !== text,
      before,
    );
    await waitFor('body[data-state="ready"]');
    const after = await page.textContent('#result-count');
    expect(after).not.toBe(before);
    expect(page.url()).toContain('family=frontend');
    await page.fill('#f-stack', '리액트');
    await page.press('#f-stack', 'Enter');
    await page.waitForFunction(() => location.search.includes('stack='));
    await waitFor('body[data-state="ready"]');
    const titles = await page.locator('#results .title a').allTextContents();
    const api = (await (
      await fetch(`${explorer.url}api/postings?family=frontend&stack=${encodeURIComponent('리액트')}`)
    ).json()) as { items: { title: string }[] };
    expect(titles).toEqual(api.items.map((p: { title: string }) => p.title));
  });

  it('answers the profile form with ranked postings and reasons, by keyboard', async () => {
    await open('/for-me');
    await page.focus('#p-stacks');
    await page.keyboard.type('react, typescript');
    await page.fill('#p-years', '2');
    await page.focus('#p-years');
    await page.keyboard.press('Enter');
    await waitFor('#recommendations li .reasons li');
    expect(await page.locator('#recommendations > li').count()).toBeGreaterThan(0);
    expect(await page.textContent('#recommendations .score')).toMatch(/\d+점/);
    // The browser itself refuses numbers outside the fields' ranges; the server names what it refuses.
    await page.fill('#p-home', '아틀란티스 해저 1번지');
    await page.press('#p-home', 'Enter');
    await waitFor('#recommendations .error');
    expect(await page.textContent('#recommendations .error')).toContain('[home]');
    expect(await page.getAttribute('#p-home', 'aria-invalid')).toBe('true');
    // Chromium logs the 400 answer itself as a failed resource; nothing else may be logged.
    expect(consoleErrors.every((line) => line.includes('400'))).toBe(true);
    consoleErrors.length = 0;
  });

  it('keeps hostile scraped text inert: shown as text, no script run, no element made', async () => {
    await open(`/?q=${encodeURIComponent('채용')}`);
    expect(await page.textContent('#results')).toContain(HOSTILE);
    await open('/postings/jumpit%3A24');
    expect(await page.textContent('h1')).toContain(HOSTILE);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('main img, main script').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
