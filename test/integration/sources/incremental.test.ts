// Incremental runs: an unchanged replica costs no detail requests; after 5% of postings change, only
// those are fetched again; closed postings are reported; state only advances on commit().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStateStore } from '../../../src/sources/index.js';
import { createSiteReplica, type SiteReplica } from '../../../src/testing/index.js';
import { drain, drainAndCommit, replicaClient, replicaSources } from './_replica-sources.js';

let replica: SiteReplica;
beforeAll(async () => {
  replica = await createSiteReplica({ postingsPerSite: { jumpit: 400, wanted: 200 }, seed: 17 });
});
afterAll(() => replica.close());

describe('incremental collection', () => {
  it('fetches details only for new or changed postings and reports closed ones', async () => {
    const state = memoryStateStore();
    const http = replicaClient();
    const source = replicaSources(replica).jumpit;

    const first = await drainAndCommit(source, { http, state });
    expect(first.items).toHaveLength(400);
    expect(replica.stats().byKind['jumpit:detail']).toBe(400);

    replica.resetStats();
    const second = await drainAndCommit(source, { http, state });
    expect(second.items).toEqual([]);
    expect(second.result.counts.skippedUnchanged).toBe(400);
    expect(replica.stats().byKind['jumpit:detail'] ?? 0).toBe(0);

    const mutation = replica.mutate({ changed: 20, closed: 5, added: 3, sites: ['jumpit'] }).jumpit;
    replica.resetStats();
    const third = await drainAndCommit(source, { http, state });
    const expected = [...mutation.changed, ...mutation.added].map(String).sort();
    expect(third.items.map((item) => item.sourceId).sort()).toEqual(expected);
    expect(replica.stats().byKind['jumpit:detail']).toBe(expected.length);
    expect(third.result.closed.sort()).toEqual(mutation.closed.map((id) => `jumpit:${id}`).sort());
    expect(third.result.counts.skippedUnchanged).toBe(400 - 20 - 5);
  });

  it('does not advance the state until the run is committed', async () => {
    const state = memoryStateStore();
    const source = replicaSources(replica).wanted;
    await drain(source, { http: replicaClient(), state });
    expect(await state.get('wanted')).toBeUndefined();
    replica.resetStats();
    const again = await drain(source, { http: replicaClient(), state });
    expect(again.items).toHaveLength(replica.postings('wanted').length);
    expect(replica.stats().byKind['wanted:detail']).toBe(replica.postings('wanted').length);
  });
});
