// Every adapter against the site replica: each live posting exactly once, fully read, normalizable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Posting } from '../../../src/model/posting.js';
import { normalizePosting } from '../../../src/normalize/index.js';
import { chromiumRenderer, saramin } from '../../../src/sources/index.js';
import { createSiteReplica, type SiteName, type SiteReplica } from '../../../src/testing/index.js';
import { drain, replicaClient, replicaSources } from './_replica-sources.js';

let replica: SiteReplica;
const browser = chromiumRenderer();

beforeAll(async () => {
  replica = await createSiteReplica({ postingsPerSite: 40, seed: 11 });
});
afterAll(async () => {
  await browser.close();
  await replica.close();
});

const SITES: SiteName[] = ['jumpit', 'wanted', 'programmers', 'saramin', 'jobkorea', 'careers'];

describe.each(SITES)('%s against the replica', (site) => {
  it('collects every live posting exactly once, with details, and every one normalizes', async () => {
    const source = replicaSources(replica)[site];
    const { items, result } = await drain(source, { http: replicaClient(), browser });
    const live = replica.postings(site).map((posting) => String(posting.id));
    const ids = items.map((item) => item.sourceId);
    expect(result.status, JSON.stringify(result.warnings)).toBe('ok');
    expect(result.quarantine).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...live].sort());
    expect(result.counts).toMatchObject({ listed: live.length, emitted: live.length, quarantined: 0 });
    for (const item of items) {
      const posting = normalizePosting(item, { now: new Date('2026-11-29T09:00:00+09:00') });
      expect(Posting.safeParse(posting).success).toBe(true);
      expect(posting.title.length, posting.id).toBeGreaterThan(0);
      expect(posting.company.length, posting.id).toBeGreaterThan(0);
      expect(posting.address?.sido, `${posting.id} ${posting.raw.locations}`).toBeTruthy();
    }
  });
});

describe('site specifics', () => {
  it('Wanted details carry coordinates and named skills', async () => {
    const { items } = await drain(replicaSources(replica).wanted, { http: replicaClient() });
    expect(items.every((item) => item.coordinates !== undefined)).toBe(true);
    expect(items.every((item) => (item.stackTags ?? []).length > 0)).toBe(true);
    expect(items.flatMap((item) => item.tags ?? []).filter((tag) => tag.startsWith('wanted-skill:'))).toEqual(
      [],
    );
  });

  it('the Saramin Open API is read with the key, which appears in no posting or report', async () => {
    const api = saramin({ accessKey: 'replica-key', apiBaseUrl: replica.baseUrls.saraminApi });
    const { items, result } = await drain(api, { http: replicaClient() });
    expect(result.status).toBe('ok');
    expect(items).toHaveLength(replica.postings('saramin').length);
    expect(JSON.stringify({ items, result })).not.toContain('replica-key');
  });

  it('a wrong Saramin key ends the source with status error and a clear message', async () => {
    const api = saramin({ accessKey: 'wrong-key', apiBaseUrl: replica.baseUrls.saraminApi });
    const { items, result } = await drain(api, { http: replicaClient() });
    expect(items).toEqual([]);
    expect(result.status).toBe('error');
    expect(result.error?.message).toMatch(/403/);
    expect(JSON.stringify(result)).not.toContain('wrong-key');
  });

  it('client-rendered career pages are read through Chromium, and quarantined with a hint without it', async () => {
    const careers = replicaSources(replica).careers;
    const rendered = replica.postings('careers').filter((_, index) => index % 4 === 0).length;
    expect(rendered).toBeGreaterThan(0);
    const { items, result } = await drain(careers, { http: replicaClient() });
    expect(items).toHaveLength(replica.postings('careers').length - rendered);
    expect(result.quarantine.length).toBe(rendered);
    expect(result.quarantine[0]?.message).toMatch(/chromiumRenderer/);
  });
});
