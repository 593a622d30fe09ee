import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractJobPostings } from '../../../src/sources/json-ld/index.js';
import { createSiteReplica, type SiteReplica } from '../../../src/testing/index.js';
import { chromiumAvailable, launchChromium } from '../../helpers/chromium.js';

// The client-rendered career page shows its JobPosting only to a browser (Debian's Chromium through
// playwright-core). Without Chromium the test is skipped loudly, and fails in CI.
const available = chromiumAvailable('browser replica tests');

describe.skipIf(!available)('client-rendered career page in a browser', () => {
  let replica: SiteReplica;
  beforeAll(async () => {
    replica = await createSiteReplica({ postingsPerSite: 4 });
  });
  afterAll(() => replica.close());

  it('gets its JSON-LD and content once the inline script ran', async () => {
    const browser = await launchChromium();
    try {
      const posting = replica.postings('careers')[1]!;
      const url = `${replica.baseUrls.careers}/app/jobs/${posting.id}`;
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-rendered="true"]', { timeout: 10_000 });
      const html = await page.content();
      const { items, issues } = extractJobPostings(html, url, { source: 'careers' });
      expect(issues).toEqual([]);
      expect(items[0]?.title).toBe(posting.title);
      expect(await page.textContent('h1.job-title')).toBe(posting.title);
    } finally {
      await browser.close();
    }
  });
});
