// Takes the README's screenshots of `ohmystack serve`: the search view, and the "for me" view answering
// a sample profile, each a 1280 × 800 viewport (not the full page, so the PNGs stay small), in Debian's
// Chromium with the switches the library's renderer uses.
//
// Run: npx tsx scripts/screenshot-explorer.ts [LAKE] [OUT]
//   LAKE defaults to demo/lake (written by `npx tsx src/cli/main.ts demo --out demo`);
//   OUT defaults to docs/explorer.png; the second image goes beside it as explorer-for-me.png.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveExplorer } from '../src/explorer/index.js';
import { CHROMIUM_BASE_ARGS } from '../src/sources/chromium-renderer.js';

const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800 };

/** The profile the "for me" image answers: what a Java developer in 상암 might ask. */
const SAMPLE_PROFILE = {
  stacks: 'java, spring',
  years: '3',
  home: '서울 마포구 월드컵북로 396',
  mode: 'transit',
  maxMinutes: '60',
};

// The page's globals the waits use (the project compiles without the DOM lib).
declare const document: {
  querySelectorAll(selector: string): { length: number };
  querySelector(selector: string): { scrollIntoView(): void } | null;
};

async function main(): Promise<void> {
  const lake = resolve(process.argv[2] ?? 'demo/lake');
  const out = resolve(process.argv[3] ?? 'docs/explorer.png');
  const forMeOut = join(dirname(out), 'explorer-for-me.png');
  if (!existsSync(lake)) {
    throw new Error(`no lake at ${lake}; write one with: npx tsx src/cli/main.ts demo --out demo`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; install the chromium package`);
  await mkdir(dirname(out), { recursive: true });

  const explorer = await serveExplorer({ lake, log: (line) => console.error(line) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_BASE_ARGS] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));

    await open(page, new URL('/', explorer.url).href);
    await waitFor(page, '#results li');
    await page.screenshot({ path: out });
    console.log(out);

    await open(page, new URL('/for-me', explorer.url).href);
    await page.fill('#p-stacks', SAMPLE_PROFILE.stacks);
    await page.fill('#p-years', SAMPLE_PROFILE.years);
    await page.fill('#p-home', SAMPLE_PROFILE.home);
    await page.selectOption('#p-mode', SAMPLE_PROFILE.mode);
    await page.fill('#p-max', SAMPLE_PROFILE.maxMinutes);
    await page.click('#profile-form button[type="submit"]');
    await waitFor(page, '#recommendations li .reasons, #recommendations .error, #recommendations .muted');
    // The profile and its first answers in one view: scroll the site header away, keep the form.
    await page.evaluate(() => document.querySelector('main h1')?.scrollIntoView());
    await page.screenshot({ path: forMeOut });
    console.log(forMeOut);
  } finally {
    await browser.close();
    await explorer.close();
  }
}

/** Opens a view and waits until its script has filled it. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitFor(page, 'body[data-state="ready"]');
}

/**
 * Waits until an element matches, checking on a timer: Playwright's default check runs on animation
 * frames, which a headless page that is not being painted may not produce.
 */
async function waitFor(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelectorAll(s).length > 0, selector, {
    polling: 100,
    timeout: 60_000,
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
