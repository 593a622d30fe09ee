// Rendering client-side pages with a Chromium that is already on the machine (Debian's
// /usr/bin/chromium), through playwright-core, an optional peer imported only when a page needs it.
// Never downloads a browser. One browser per renderer, a fresh temporary profile, a small page pool.
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { BrowserContext, Page } from 'playwright-core';
import { abortedError, raceAbort, throwIfAborted } from '../http/abort.js';
import { safeUrl } from '../http/url.js';
import { HttpStatusError } from '../model/errors/http-status-error.js';
import { MissingOptionError } from '../model/errors/missing-option-error.js';
import { NetworkError } from '../model/errors/network-error.js';
import { TimeoutError } from '../model/errors/timeout-error.js';
import type { BrowserRenderer } from './types.js';

/** Options of {@link chromiumRenderer}. */
export interface ChromiumRendererOptions {
  /** The Chromium binary. @default '/usr/bin/chromium' */
  executablePath?: string;
  /** Extra command-line switches, after ohmystack's own. @default [] */
  args?: string[];
  /** How long the browser may take to start, ms. @default 30000 */
  launchTimeoutMs?: number;
  /** How long one page may take to load and settle, ms (a render's `timeoutMs` overrides it). @default 30000 */
  pageTimeoutMs?: number;
  /** Pages rendered at once (tabs kept open and reused). @default 2 */
  pages?: number;
}

/**
 * The switches every Chromium ohmystack launches starts with — the renderer's, the browser tests' and the
 * screenshot script's: quiet, crash-safe headless defaults. No sandbox (containers), no GPU, no
 * background traffic that would muddy 'networkidle' or phone home.
 */
export const CHROMIUM_BASE_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What the default wait accepts as "rendered": structured data already in the DOM. */
const JSON_LD_SELECTOR = 'script[type="application/ld+json"]';

/**
 * Returns a {@link BrowserRenderer} backed by a headless Chromium, launched on first use and closed by
 * `close()`. A render waits for `waitForSelector` when given, else for the network to go idle or a
 * JSON-LD script to appear, whichever comes first, and returns the page's HTML.
 *
 * @throws {MissingOptionError} from `render` when playwright-core is not installed or no Chromium is at `executablePath`;
 * {HttpStatusError} when the page answers ≥ 400; {TimeoutError} when it does not settle in time;
 * {AbortedError} when the signal aborts.
 * @example
 * const browser = chromiumRenderer();
 * const html = await browser.render('https://career.example.co.kr/jobs/1'); // '<html>…<script type="application/ld+json">…'
 * await browser.close();
 */
export function chromiumRenderer(options: ChromiumRendererOptions = {}): BrowserRenderer {
  const executablePath = options.executablePath ?? '/usr/bin/chromium';
  const pageTimeoutMs = options.pageTimeoutMs ?? 30_000;
  const limit = pLimit({ concurrency: options.pages ?? 2, rejectOnClear: true });
  const idle: Page[] = [];
  let launching: Promise<{ context: BrowserContext; profile: string }> | undefined;

  const launch = async () => {
    let playwright: typeof import('playwright-core');
    try {
      playwright = await import('playwright-core');
    } catch {
      throw new MissingOptionError({
        source: 'chromiumRenderer',
        option: 'playwright-core',
        hint: 'install the optional peer: npm i playwright-core (it never downloads a browser)',
      });
    }
    try {
      await access(executablePath);
    } catch {
      throw new MissingOptionError({
        source: 'chromiumRenderer',
        option: 'executablePath',
        hint: `no Chromium at ${executablePath}; install chromium or pass executablePath`,
      });
    }
    const profile = await mkdtemp(join(tmpdir(), 'ohmystack-chromium-'));
    try {
      const context = await playwright.chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        args: [...CHROMIUM_BASE_ARGS, ...(options.args ?? [])],
        timeout: options.launchTimeoutMs ?? 30_000,
      });
      idle.push(...context.pages());
      return { context, profile };
    } catch (error) {
      await rm(profile, { recursive: true, force: true });
      throw error;
    }
  };

  const contextOf = async () => {
    launching ??= launch();
    try {
      return (await launching).context;
    } catch (error) {
      launching = undefined; // let a later render try again
      throw error;
    }
  };

  async function renderOnce(
    url: string,
    signal: AbortSignal | undefined,
    timeoutMs: number,
    selector?: string,
  ): Promise<string> {
    throwIfAborted(signal, { url: safeUrl(url) });
    const context = await contextOf();
    const page = idle.pop() ?? (await context.newPage());
    let reusable = true;
    // Closing the page is the one thing that interrupts every pending Playwright call on it at once.
    const onAbort = () => {
      reusable = false;
      page.close().catch(() => undefined);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
      if (response && response.status() >= 400) {
        reusable = false;
        throw new HttpStatusError({
          source: 'browser',
          url: safeUrl(url),
          method: 'GET',
          status: response.status(),
          body: undefined,
        });
      }
      if (selector) await page.waitForSelector(selector, { state: 'attached', timeout: timeoutMs });
      else
        await Promise.any([
          page.waitForLoadState('networkidle', { timeout: timeoutMs }),
          page.waitForSelector(JSON_LD_SELECTOR, { state: 'attached', timeout: timeoutMs }),
        ]);
      return await page.content();
    } catch (error) {
      reusable = false;
      if (signal?.aborted) throw abortedError(signal, { url: safeUrl(url), what: 'render' });
      if (error instanceof HttpStatusError) throw error;
      if (isPlaywrightTimeout(error))
        throw new TimeoutError({
          source: 'browser',
          url: safeUrl(url),
          method: 'GET',
          timeoutMs,
          cause: error,
        });
      throw new NetworkError({
        source: 'browser',
        url: safeUrl(url),
        method: 'GET',
        reason: 'the page failed to load',
        cause: error,
      });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (reusable) idle.push(page);
      else page.close().catch(() => undefined);
    }
  }

  return {
    render(url, renderOptions = {}) {
      const { signal, timeoutMs = pageTimeoutMs, waitForSelector } = renderOptions;
      return raceAbort(
        limit(() => renderOnce(url, signal, timeoutMs, waitForSelector)),
        signal,
      );
    },
    async close() {
      const pending = launching;
      launching = undefined;
      idle.length = 0;
      limit.clearQueue();
      if (!pending) return;
      const launched = await pending.catch(() => undefined);
      if (!launched) return;
      await launched.context.close().catch(() => undefined);
      await rm(launched.profile, { recursive: true, force: true });
    },
  };
}

function isPlaywrightTimeout(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.every(isPlaywrightTimeout);
  return error instanceof Error && error.name === 'TimeoutError';
}
