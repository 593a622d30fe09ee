import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError } from '../../src/model/errors/aborted-error.js';
import { HttpStatusError } from '../../src/model/errors/http-status-error.js';
import { MissingOptionError } from '../../src/model/errors/missing-option-error.js';
import { chromiumRenderer } from '../../src/sources/chromium-renderer.js';
import type { BrowserRenderer } from '../../src/sources/types.js';
import { sendText, startTestServer, type TestServer } from '../helpers/test-server.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env.CI === 'true') throw new Error(`browser tests need Chromium at ${CHROMIUM} (CI=true)`);
  console.warn(`\n⚠️  SKIPPING browser tests: no Chromium at ${CHROMIUM}. Install chromium to run them.\n`);
}

// A client-side page: the posting's JSON-LD only exists after its script runs.
const PAGE = `<!doctype html><html lang="ko"><head><title>채용</title></head><body><div id="app"></div>
<script>
  setTimeout(() => {
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({ '@type': 'JobPosting', title: '백엔드 개발자', hiringOrganization: { name: '오마이스택' } });
    document.head.appendChild(ld);
    document.getElementById('app').textContent = '렌더링 완료';
  }, 150);
</script></body></html>`;

describe.skipIf(!available)('chromiumRenderer (integration, real Chromium)', () => {
  let server: TestServer;
  let browser: BrowserRenderer;

  beforeAll(async () => {
    server = await startTestServer(async (req, res) => {
      if (req.pathname === '/job') return sendText(res, 200, PAGE);
      if (req.pathname === '/slow')
        return sendText(
          res,
          200,
          '<html><body><script>setInterval(() => fetch("/ping"), 100)</script></body></html>',
        );
      if (req.pathname === '/ping') return sendText(res, 200, 'pong');
      return sendText(res, 404, '<html>없음</html>');
    });
    browser = chromiumRenderer({ pageTimeoutMs: 10_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('returns the HTML after scripts injected the JSON-LD', async () => {
    const html = await browser.render(server.url('/job'));
    expect(html).toContain('application/ld+json');
    expect(html).toContain('"title":"백엔드 개발자"');
    expect(html).toContain('렌더링 완료');
  });

  it('waits for a given selector and reuses pages', async () => {
    const pages = await Promise.all(
      [1, 2, 3].map(() => browser.render(server.url('/job'), { waitForSelector: '#app:not(:empty)' })),
    );
    for (const html of pages) expect(html).toContain('렌더링 완료');
  });

  it('throws HttpStatusError for a 404 page', async () => {
    await expect(browser.render(server.url('/missing'))).rejects.toBeInstanceOf(HttpStatusError);
  });

  it('aborts a render that never settles', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const error = await browser
      .render(server.url('/slow'), { signal: controller.signal, waitForSelector: '#never' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    // The renderer still works after an aborted page.
    expect(await browser.render(server.url('/job'))).toContain('ld+json');
  });

  it('says what to do when no Chromium is at executablePath', async () => {
    const missing = chromiumRenderer({ executablePath: '/nonexistent/chromium' });
    const error = await missing.render(server.url('/job')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingOptionError);
    expect((error as MissingOptionError).hint).toMatch(/executablePath/);
    await missing.close();
  });
});
