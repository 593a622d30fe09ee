// Chromium for the browser tests: Debian's binary through playwright-core, started with the switches the
// library's own renderer uses, and pages that record what a test must never see — console errors,
// uncaught exceptions, dialogs, Content-Security-Policy violations, requests to anywhere but the page
// under test (refused, not only noted). Without Chromium the tests are skipped loudly, and fail in CI.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_BASE_ARGS } from '../../src/sources/chromium-renderer.js';

/** Debian's Chromium (CI installs the `chromium` package). */
export const CHROMIUM = '/usr/bin/chromium';

/** Where browser tests leave their screenshots. */
export const TEST_ARTIFACTS = resolve('test-artifacts');

/**
 * True when Chromium is installed. Without it a suite is skipped with a warning — except in CI
 * (`CI=true`), where a missing browser must fail the run rather than hide the tests.
 *
 * @example describe.skipIf(!chromiumAvailable('explorer browser tests'))('…', () => { … })
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`${suite} need Chromium at ${CHROMIUM} (CI=true)`);
  console.warn(`\n⚠️  SKIPPING ${suite}: no Chromium at ${CHROMIUM}. Install chromium to run them.\n`);
  return false;
}

/**
 * Launches headless Chromium with the library's switches.
 *
 * @example const browser = await launchChromium(); … await browser.close();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_BASE_ARGS] });
}

/** A page and what it recorded; tests clear the arrays when a failure is expected. */
export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, each prefixed with the page's URL. */
  consoleErrors: string[];
  /** Requests refused because they left the page under test. */
  outside: string[];
  /** Messages of alert/confirm/prompt dialogs (each dismissed). */
  dialogs: string[];
  /** The CSP violations the current document reported ('directive blocked-uri'). */
  violations(): Promise<string[]>;
  /** Writes a screenshot to test-artifacts/NAME. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
}

// The page's globals the init script sets (the project compiles without the DOM lib).
declare const window: { __violations: string[] };
declare const document: {
  addEventListener(
    type: 'securitypolicyviolation',
    listener: (event: { violatedDirective: string; blockedURI: string }) => void,
  ): void;
};

/**
 * Opens a page that lets through only requests whose URL starts with `allow` (the server's origin and a
 * slash, or 'file://') and records everything a test asserts is absent. The document's violations live
 * in `window.__violations`, so code evaluated in the page can read them too.
 *
 * @example
 * const { page, consoleErrors, outside } = await watchedPage(browser, { allow: `${origin}/` });
 */
export async function watchedPage(
  browser: Browser,
  options: { allow: string; viewport?: { width: number; height: number } },
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1150, height: 900 } });
  const watched: WatchedPage = {
    page,
    consoleErrors: [],
    outside: [],
    dialogs: [],
    violations: () => page.evaluate(() => window.__violations),
    async screenshot(name, shot = {}) {
      await mkdir(TEST_ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(TEST_ARTIFACTS, name), fullPage: shot.fullPage ?? false });
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(`${page.url()}: ${error.message}`));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(options.allow)) return route.continue();
    watched.outside.push(url);
    return route.abort();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watched;
}
