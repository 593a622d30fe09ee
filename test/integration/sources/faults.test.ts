// Collecting 4,000 postings while 10% of responses fail (429, 500, timeouts, truncated bodies): every
// posting arrives exactly once and the report counts the retries. A source that keeps failing ends
// with status error while the others finish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteReplica, type SiteName, type SiteReplica } from '../../../src/testing/index.js';
import { drain, replicaClient, replicaSources } from './_replica-sources.js';

const PER_SITE: Partial<Record<SiteName, number>> = {
  jumpit: 1200,
  wanted: 1000,
  programmers: 800,
  saramin: 500,
  jobkorea: 500,
};
let replica: SiteReplica;

beforeAll(async () => {
  replica = await createSiteReplica({
    postingsPerSite: { ...PER_SITE, careers: 0 },
    seed: 41,
    faults: {
      rate: 0.1,
      kinds: ['429', '500', 'timeout', 'truncated'],
      hangMs: 4000,
      retryAfterSeconds: 0,
      seed: 5,
    },
  });
});
afterAll(() => replica.close());

describe('collecting under faults', () => {
  it('returns all 4,000 postings, each exactly once, and counts the retries', async () => {
    // The timeout sits well below the replica's hang and well above a slow answer on a loaded machine.
    const http = replicaClient({ timeout: 1500, retry: { limit: 4, backoffMs: 20, maxBackoffMs: 200 } });
    const sources = replicaSources(replica);
    const sites = Object.keys(PER_SITE) as SiteName[];
    const runs = await Promise.all(
      sites.map((site) => drain(sources[site], { http, detailConcurrency: 12 })),
    );
    let total = 0;
    let retried = 0;
    sites.forEach((site, index) => {
      const { items, result } = runs[index]!;
      const ids = items.map((item) => item.sourceId);
      expect(new Set(ids).size, site).toBe(ids.length);
      expect([...ids].sort(), site).toEqual(
        replica
          .postings(site)
          .map((posting) => String(posting.id))
          .sort(),
      );
      expect(result.quarantine, site).toEqual([]);
      total += items.length;
      retried += result.counts.retried;
    });
    expect(total).toBe(4000);
    const injected = Object.values(replica.stats().faults).reduce((sum, count) => sum + count, 0);
    expect(injected).toBeGreaterThan(400);
    expect(retried).toBeGreaterThanOrEqual(injected);
  }, 300_000);
});

describe('a source that keeps failing', () => {
  it('ends with status error and a clear message; the other sources finish', async () => {
    const down = await createSiteReplica({ postingsPerSite: 30, seed: 9, faults: { down: ['wanted'] } });
    try {
      const http = replicaClient({ retry: { limit: 2, backoffMs: 5, maxBackoffMs: 20 } });
      const sources = replicaSources(down);
      const [broken, fine] = await Promise.all([
        drain(sources.wanted, { http }),
        drain(sources.jumpit, { http }),
      ]);
      expect(broken.items).toEqual([]);
      expect(broken.result.status).toBe('error');
      expect(broken.result.error?.message).toMatch(/503/);
      expect(fine.result.status).toBe('ok');
      expect(fine.items).toHaveLength(30);
    } finally {
      await down.close();
    }
  });

  it('an empty site that usually has results is reported as a likely block', async () => {
    const empty = await createSiteReplica({ postingsPerSite: { jumpit: 0 }, seed: 9 });
    try {
      const { result } = await drain(replicaSources(empty).jumpit, { http: replicaClient() });
      expect(result.status).toBe('empty');
      expect(result.warnings.join(' ')).toMatch(/block/i);
    } finally {
      await empty.close();
    }
  });
});
