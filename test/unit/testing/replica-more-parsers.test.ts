import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractJobPostings, looksClientRendered, parseSitemap } from '../../../src/sources/json-ld/index.js';
import { programmersParsers } from '../../../src/sources/programmers/index.js';
import { saraminParsers } from '../../../src/sources/saramin/index.js';
import { createSiteReplica, type SiteReplica } from '../../../src/testing/index.js';

// The Programmers, Saramin and JSON-LD parsers read the replica's bodies with zero issues.
let replica: SiteReplica;
beforeAll(async () => {
  replica = await createSiteReplica({ postingsPerSite: 30, seed: 5 });
});
afterAll(() => replica.close());

describe('programmers parsers', () => {
  it('read every list page and every detail', async () => {
    const ids: string[] = [];
    for (let page = 1; page <= 2; page++) {
      const body = await (
        await fetch(`${replica.baseUrls.programmers}/api/job_positions?page=${page}`)
      ).json();
      const { items, issues } = programmersParsers.parseList(body);
      expect(issues).toEqual([]);
      ids.push(...items.map((i) => i.sourceId));
    }
    expect(new Set(ids).size).toBe(30);
    for (const posting of replica.postings('programmers').slice(0, 10)) {
      const body = await (
        await fetch(`${replica.baseUrls.programmers}/api/job_positions/${posting.id}`)
      ).json();
      const { items, issues } = programmersParsers.parseDetail(body);
      expect(issues).toEqual([]);
      expect(items[0]?.title).toBe(posting.title);
      expect(items[0]?.coordinates).toBeDefined();
    }
  });
});

describe('saramin parsers', () => {
  it('read the Open API, the search pages and view-ajax details', async () => {
    const api = await (
      await fetch(`${replica.baseUrls.saraminApi}/job-search?access-key=replica-key&job_mid_cd=2&count=110`)
    ).json();
    const fromApi = saraminParsers.parseApi(api, { accessKey: 'replica-key' });
    expect(fromApi.issues).toEqual([]);
    expect(fromApi.items).toHaveLength(30);
    const search = await (
      await fetch(
        `${replica.baseUrls.saramin}/zf_user/search/recruit?searchword=&recruitPage=1&recruitPageCount=100`,
      )
    ).text();
    const fromSearch = saraminParsers.parseSearch(search);
    expect(fromSearch.issues).toEqual([]);
    expect(fromSearch.items).toHaveLength(30);
    for (const posting of replica.postings('saramin').slice(0, 10)) {
      const html = await (
        await fetch(`${replica.baseUrls.saramin}/zf_user/jobs/relay/view-ajax`, {
          method: 'POST',
          body: new URLSearchParams({ rec_idx: String(posting.id) }),
        })
      ).text();
      const { items, issues } = saraminParsers.parseDetail(html, { id: posting.id });
      expect(issues).toEqual([]);
      expect(items[0]?.title).toBe(posting.title);
    }
  });
});

describe('json-ld parsers', () => {
  it('read the sitemap and the static pages; the client-rendered pages are recognized as such', async () => {
    const { urls } = parseSitemap(await (await fetch(`${replica.baseUrls.careers}/sitemap.xml`)).text());
    expect(urls).toHaveLength(30);
    for (const url of urls) {
      const html = await (await fetch(url)).text();
      const { items, issues } = extractJobPostings(html, url, { source: 'careers' });
      expect(issues).toEqual([]);
      if (url.includes('/app/')) {
        expect(items).toEqual([]);
        expect(looksClientRendered(html)).toBe(true);
      } else {
        expect(items).toHaveLength(1);
        expect(looksClientRendered(html)).toBe(false);
      }
    }
  });
});

describe('a redesign', () => {
  it('leaves the Saramin parsers nothing to read', async () => {
    replica.setFaults({ changedMarkup: ['saramin'] });
    try {
      const search = await (
        await fetch(`${replica.baseUrls.saramin}/zf_user/search/recruit?searchword=`)
      ).text();
      expect(saraminParsers.parseSearch(search).items).toEqual([]);
    } finally {
      replica.setFaults({});
    }
  });
});
