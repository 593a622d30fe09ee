// Site specifics against the site replica; what every source must do is the shared conformance suite
// (source-conformance.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saramin } from '../../../src/sources/index.js';
import { createSiteReplica, type SiteReplica } from '../../../src/testing/index.js';
import { drain, replicaClient, replicaSources } from './_replica-sources.js';

let replica: SiteReplica;

beforeAll(async () => {
  replica = await createSiteReplica({ postingsPerSite: 40, seed: 11 });
});
afterAll(async () => {
  await replica.close();
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
    expect(items.length).toBeGreaterThan(0);
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
