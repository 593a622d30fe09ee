import { load } from 'cheerio';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jobkoreaParsers } from '../../../src/sources/jobkorea/index.js';
import { createSiteReplica, type SiteReplica } from '../../../src/testing/index.js';

// Faults on demand: each kind, the per-request cap, `down`, the redesign and the global rate limit.
let replica: SiteReplica | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await replica?.close();
  replica = undefined;
});

async function start(faults: Parameters<typeof createSiteReplica>[0] = {}): Promise<SiteReplica> {
  replica = await createSiteReplica({ postingsPerSite: 20, ...faults });
  return replica;
}

/** Resolves after one turn of the event loop, I/O included (setImmediate is never faked below). */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Resolves once `done()` holds, turning the event loop between checks. */
async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; !done(); turn++) {
    if (turn > 10_000) throw new Error('the replica never got there');
    await nextTurn();
  }
}

// The replica's hang and latency are its own setTimeout calls: with setTimeout faked, the test moves
// the clock itself and sees what the replica did at each point, whatever the machine's speed.
const fakeTimeouts = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

describe('fault kinds', () => {
  it.each(['500', '503'] as const)('%s answers the status, then the request gets through', async (kind) => {
    const r = await start({ faults: { rate: 1, kinds: [kind], maxPerRequest: 2 } });
    const url = `${r.baseUrls.jumpit}/api/positions?page=1`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(url)).status);
    expect(statuses).toEqual([Number(kind), Number(kind), 200]);
    expect(r.stats().faults[kind]).toBe(2);
  });

  it('429 carries Retry-After in seconds', async () => {
    const r = await start({ faults: { rate: 1, kinds: ['429'], retryAfterSeconds: 3 } });
    const res = await fetch(`${r.baseUrls.wanted}/api/v4/jobs`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toEqual({ status: 429, message: 'Too Many Requests' });
  });

  it('timeout holds the response past hangMs, then drops the connection', async () => {
    fakeTimeouts();
    const r = await start({ faults: { rate: 1, kinds: ['timeout'], hangMs: 150 } });
    let settled = false;
    const answer = fetch(`${r.baseUrls.programmers}/api/job_positions`).finally(() => {
      settled = true;
    });
    answer.catch(() => {});
    await until(() => r.stats().byStatus['0'] === 1);
    await vi.advanceTimersByTimeAsync(149);
    // Time for a dropped connection to reach the client, had the replica dropped it already.
    for (let turn = 0; turn < 50; turn++) await nextTurn();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).rejects.toThrow();
    expect(r.stats()).toMatchObject({ total: 1, faults: { timeout: 1 }, byStatus: { '0': 1 } });
  });

  it('timeout holds longer than a client that gives up first', async () => {
    const r = await start({ faults: { rate: 1, kinds: ['timeout'], hangMs: 5000 } });
    const signal = AbortSignal.timeout(100);
    await expect(fetch(`${r.baseUrls.jumpit}/api/positions`, { signal })).rejects.toThrow();
  });

  it('truncated sends part of the body and cuts the connection', async () => {
    const r = await start({ faults: { rate: 1, kinds: ['truncated'] } });
    const res = await fetch(`${r.baseUrls.jumpit}/api/positions?page=1`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('garbage is a 200 that is not JSON on JSON routes and a block page on HTML routes', async () => {
    const r = await start({ faults: { rate: 1, kinds: ['garbage'] } });
    const res = await fetch(`${r.baseUrls.jumpit}/api/positions?page=1`);
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
    const page = await (await fetch(`${r.baseUrls.jobkorea}/Search/?stext=&tabType=recruit`)).text();
    expect(jobkoreaParsers.parseList(page).items).toEqual([]);
  });

  it('latencyMs delays every response', async () => {
    fakeTimeouts();
    const r = await start({ faults: { latencyMs: 120 } });
    const answer = fetch(`${r.baseUrls.jumpit}/api/positions`);
    await until(() => r.stats().total === 1);
    await vi.advanceTimersByTimeAsync(119);
    expect(r.stats().byStatus).toEqual({});
    await vi.advanceTimersByTimeAsync(1);
    expect(r.stats().byStatus).toEqual({ '200': 1 });
    expect((await answer).status).toBe(200);
  });
});

describe('fault bounds and targeting', () => {
  it('never fails one request more than maxPerRequest times in a row, so 3 retries always get through', async () => {
    const r = await start({ faults: { rate: 0.9, kinds: ['500', '503', '429'], maxPerRequest: 2, seed: 5 } });
    for (let page = 1; page <= 10; page++) {
      const url = `${r.baseUrls.jumpit}/api/positions?page=${page}`;
      let attempts = 0;
      let status = 0;
      while (status !== 200 && attempts < 4) {
        status = (await fetch(url)).status;
        attempts += 1;
      }
      expect(status).toBe(200);
      expect(attempts).toBeLessThanOrEqual(3);
    }
    expect(r.stats().faults['500'] ?? 0).toBeGreaterThan(0);
  });

  it('the same seed fails the same requests', async () => {
    const run = async () => {
      const r = await createSiteReplica({
        postingsPerSite: 5,
        faults: { rate: 0.5, kinds: ['500'], seed: 9 },
      });
      const statuses: number[] = [];
      for (let page = 1; page <= 12; page++)
        statuses.push((await fetch(`${r.baseUrls.jumpit}/api/positions?page=${page}`)).status);
      await r.close();
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('only the targeted sites fail; down sites always answer 503', async () => {
    const r = await start({ faults: { rate: 1, kinds: ['500'], sites: ['wanted'], down: ['programmers'] } });
    expect((await fetch(`${r.baseUrls.jumpit}/api/positions`)).status).toBe(200);
    expect((await fetch(`${r.baseUrls.wanted}/api/v4/jobs`)).status).toBe(500);
    for (let i = 0; i < 4; i++)
      expect((await fetch(`${r.baseUrls.programmers}/api/job_positions`)).status).toBe(503);
    expect(r.stats().faults.down).toBe(4);
    expect((await fetch(`${r.url}/robots.txt`)).status).toBe(200);
  });

  it('setFaults switches faults on and off at run time', async () => {
    const r = await start();
    r.setFaults({ down: ['jumpit'] });
    expect((await fetch(`${r.baseUrls.jumpit}/api/positions`)).status).toBe(503);
    r.setFaults({});
    expect((await fetch(`${r.baseUrls.jumpit}/api/positions`)).status).toBe(200);
  });

  it('changedMarkup renames the cards and detail blocks so the old selectors find nothing', async () => {
    const r = await start({ faults: { changedMarkup: ['jobkorea', 'saramin', 'careers'] } });
    const search = await (await fetch(`${r.baseUrls.jobkorea}/Search/?stext=&tabType=recruit`)).text();
    expect(jobkoreaParsers.parseList(search).items).toEqual([]);
    const id = r.postings('jobkorea')[0]!.id;
    const detail = await (await fetch(`${r.baseUrls.jobkorea}/Recruit/GI_Read/${id}`)).text();
    expect(detail).not.toContain('application/ld+json');
    expect(detail).not.toContain('data-sentry-component="RecruitmentItem"');
    expect(jobkoreaParsers.parseDetail(detail, { id }).items[0]?.company ?? '').toBe('');
    const saramin = load(
      await (await fetch(`${r.baseUrls.saramin}/zf_user/search/recruit?searchword=`)).text(),
    );
    expect(saramin('div.item_recruit')).toHaveLength(0);
    const careersId = r.postings('careers')[0]!.id;
    expect(await (await fetch(`${r.baseUrls.careers}/jobs/${careersId}`)).text()).not.toContain('ld+json');
    // JSON APIs are unaffected.
    expect((await fetch(`${r.baseUrls.jumpit}/api/positions`)).status).toBe(200);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After beyond perSecond, and admits again after the window', async () => {
    // The window is read from Date.now(): a frozen clock keeps the burst inside one second on any machine.
    vi.useFakeTimers({ toFake: ['Date'] });
    const r = await start({ faults: { rateLimit: { perSecond: 3, retryAfterSeconds: 1 } } });
    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, i) => fetch(`${r.baseUrls.jumpit}/api/positions?page=${i + 1}`)),
    );
    const limited = burst.filter((res) => res.status === 429);
    expect(burst.filter((res) => res.status === 200)).toHaveLength(3);
    expect(limited).toHaveLength(3);
    expect(limited[0]?.headers.get('retry-after')).toBe('1');
    expect(r.stats().faults.rateLimit).toBe(3);
    vi.setSystemTime(Date.now() + 999);
    expect((await fetch(`${r.baseUrls.jumpit}/api/positions`)).status).toBe(429);
    vi.setSystemTime(Date.now() + 1);
    expect((await fetch(`${r.baseUrls.jumpit}/api/positions`)).status).toBe(200);
  });
});
