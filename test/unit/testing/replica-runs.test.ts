import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { jobkoreaParsers } from '../../../src/sources/jobkorea/index.js';
import { jumpitParsers } from '../../../src/sources/jumpit/index.js';
import { wantedParsers } from '../../../src/sources/wanted/index.js';
import { createSiteReplica, generatePostings, type SiteReplica } from '../../../src/testing/index.js';

// Between runs: mutations, stats, determinism and a clean close.

async function listedJumpit(replica: SiteReplica): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (let page = 1; ; page++) {
    const body = await (await fetch(`${replica.baseUrls.jumpit}/api/positions?page=${page}`)).json();
    const { items } = jumpitParsers.parseList(body);
    if (items.length === 0) return titles;
    for (const item of items) titles.set(item.sourceId, item.title);
  }
}

describe('mutate', () => {
  it('added postings appear, changed ones show new list fields and details, closed ones vanish and answer closed', async () => {
    const replica = await createSiteReplica({ postingsPerSite: 30, seed: 3 });
    try {
      const before = await listedJumpit(replica);
      const result = replica.mutate({ added: 4, changed: 3, closed: 2 });
      expect(result.jumpit.added).toHaveLength(4);
      expect(result.jumpit.changed).toHaveLength(3);
      expect(result.jumpit.closed).toHaveLength(2);
      const after = await listedJumpit(replica);
      expect(after.size).toBe(32);
      for (const id of result.jumpit.added) expect(after.has(String(id))).toBe(true);
      for (const id of result.jumpit.closed) {
        expect(after.has(String(id))).toBe(false);
        const res = await fetch(`${replica.baseUrls.jumpit}/api/position/${id}`);
        expect(res.status).toBe(400);
        const body = await res.json();
        expect(body).toMatchObject({ status: 400, code: 'C003' });
        expect(jumpitParsers.isClosedPosting(body)).toBe(true);
      }
      for (const id of result.jumpit.changed) {
        expect(after.get(String(id))).not.toBe(before.get(String(id)));
        const detail = await (await fetch(`${replica.baseUrls.jumpit}/api/position/${id}`)).json();
        expect(jumpitParsers.parseDetail(detail).items[0]?.sections?.intro).toMatch(/\[수정 1\]$/);
      }
      expect(replica.postings('jumpit')).toHaveLength(32);
      expect(replica.closedPostings('jumpit').map((p) => p.id)).toEqual(result.jumpit.closed);
    } finally {
      await replica.close();
    }
  });

  it('closed postings answer each site’s closed response', async () => {
    const replica = await createSiteReplica({ postingsPerSite: 10 });
    try {
      const { wanted, jobkorea, programmers, saramin, careers } = replica.mutate({ closed: 1 });
      const wantedId = wanted.closed[0]!;
      for (const path of [`/api/v4/jobs/${wantedId}`, `/api/chaos/jobs/v1/${wantedId}/details`]) {
        const res = await fetch(`${replica.baseUrls.wanted}${path}`);
        expect(res.status).toBe(404);
        expect(wantedParsers.isJobNotFound(await res.json())).toBe(true);
      }
      expect((await fetch(`${replica.baseUrls.jobkorea}/Recruit/GI_Read/${jobkorea.closed[0]}`)).status).toBe(
        404,
      );
      expect(
        (await fetch(`${replica.baseUrls.programmers}/api/job_positions/${programmers.closed[0]}`)).status,
      ).toBe(404);
      const view = await fetch(`${replica.baseUrls.saramin}/zf_user/jobs/relay/view-ajax`, {
        method: 'POST',
        body: new URLSearchParams({ rec_idx: String(saramin.closed[0]) }),
      });
      expect(view.status).toBe(404);
      expect((await fetch(`${replica.baseUrls.careers}/jobs/${careers.closed[0]}`)).status).toBe(404);
      const sitemap = await (await fetch(`${replica.baseUrls.careers}/sitemap.xml`)).text();
      expect(sitemap).not.toContain(`/jobs/${careers.closed[0]}<`);
    } finally {
      await replica.close();
    }
  });

  it('a fraction mutates that share of every site, or only the sites named', async () => {
    const replica = await createSiteReplica({ postingsPerSite: { jumpit: 100, wanted: 40 } });
    try {
      const all = replica.mutate({ fraction: 0.05 });
      expect(all.jumpit).toMatchObject({ added: expect.any(Array) });
      expect(all.jumpit.added).toHaveLength(5);
      expect(all.jumpit.closed).toHaveLength(5);
      expect(all.wanted.changed).toHaveLength(2);
      const some = replica.mutate({ fraction: 0.1, sites: ['wanted'] });
      expect(some.jumpit).toEqual({ added: [], changed: [], closed: [] });
      expect(some.wanted.added).toHaveLength(4);
    } finally {
      await replica.close();
    }
  });
});

describe('stats', () => {
  it('counts requests by kind, status and site, and resets', async () => {
    const replica = await createSiteReplica({ postingsPerSite: 5 });
    try {
      const id = replica.postings('jobkorea')[0]!.id;
      await (await fetch(`${replica.baseUrls.jobkorea}/Search/?stext=&tabType=recruit&Page_No=1`)).text();
      await (await fetch(`${replica.baseUrls.jobkorea}/Recruit/GI_Read/${id}`)).text();
      await (await fetch(`${replica.url}/robots.txt`)).text();
      await (await fetch(`${replica.baseUrls.jumpit}/private/x`)).text();
      const stats = replica.stats();
      expect(stats.total).toBe(4);
      expect(stats.byKind).toEqual({
        'jobkorea:list': 1,
        'jobkorea:detail': 1,
        robots: 1,
        'jumpit:private': 1,
      });
      expect(stats.byStatus).toEqual({ '200': 4 });
      expect(stats.bySite).toEqual({ jobkorea: 2, robots: 1, jumpit: 1 });
      replica.resetStats();
      expect(replica.stats()).toEqual({ total: 0, byKind: {}, byStatus: {}, bySite: {}, faults: {} });
    } finally {
      await replica.close();
    }
  });
});

describe('determinism', () => {
  it('the same seed serves the same bodies; another seed serves others', async () => {
    const bodies = async (seed: number) => {
      const replica = await createSiteReplica({ postingsPerSite: 12, seed });
      const id = replica.postings('jobkorea')[0]!.id;
      const out = await Promise.all(
        [
          `${replica.baseUrls.jumpit}/api/positions?page=1`,
          `${replica.baseUrls.wanted}/api/chaos/navigation/v1/results?limit=5`,
          `${replica.baseUrls.programmers}/api/job_positions?page=1`,
          `${replica.baseUrls.saraminApi}/job-search?access-key=replica-key&count=5`,
          `${replica.baseUrls.jobkorea}/Recruit/GI_Read/${id}`,
        ].map(async (url) => (await fetch(url)).text()),
      );
      await replica.close();
      return out;
    };
    const first = await bodies(42);
    expect(await bodies(42)).toEqual(first);
    expect((await bodies(43))[0]).not.toBe(first[0]);
  });

  it('sites get distinct postings, and the generator output stays as it was', async () => {
    const replica = await createSiteReplica({ postingsPerSite: 8, seed: 1 });
    try {
      expect(replica.postings('jumpit')[0]!.title).toBeTypeOf('string');
      expect(replica.postings('jumpit').map((p) => p.company)).not.toEqual(
        replica.postings('wanted').map((p) => p.company),
      );
      // The replica only renumbers the generator's postings.
      const generated = generatePostings({ count: 8, seed: 1 + 7919 });
      expect(replica.postings('jumpit').map((p) => p.title)).toEqual(generated.map((p) => p.title));
    } finally {
      await replica.close();
    }
  });
});

describe('close', () => {
  it('frees the port and drops keep-alive and hanging connections', async () => {
    const replica = await createSiteReplica({
      postingsPerSite: 2,
      faults: { rate: 1, kinds: ['timeout'], hangMs: 60_000 },
    });
    const port = Number(new URL(replica.url).port);
    const hanging = fetch(`${replica.baseUrls.jumpit}/api/positions`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await replica.close();
    expect(await hanging).toBeInstanceOf(Error);
    await expect(fetch(`${replica.url}/robots.txt`)).rejects.toThrow();
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('parsers across the whole replica', () => {
  it('reads every JobKorea detail and Wanted list item with zero issues', async () => {
    const replica = await createSiteReplica({ postingsPerSite: 60, seed: 77 });
    try {
      for (const posting of replica.postings('jobkorea')) {
        const html = await (await fetch(`${replica.baseUrls.jobkorea}/Recruit/GI_Read/${posting.id}`)).text();
        expect(jobkoreaParsers.parseDetail(html).issues).toEqual([]);
      }
      const list = await (await fetch(`${replica.baseUrls.wanted}/api/v4/jobs?limit=100`)).json();
      const parsed = wantedParsers.parseList(list);
      expect(parsed.issues).toEqual([]);
      expect(parsed.items).toHaveLength(60);
    } finally {
      await replica.close();
    }
  });
});
