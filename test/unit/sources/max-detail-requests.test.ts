// The per-run cap on detail requests, for any source: postings past it are listed but neither fetched
// nor remembered, so the next run fetches them, and none of them is ever reported closed.
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/http/http-client.js';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import { collectSite, DEFAULT_MAX_DETAIL_REQUESTS } from '../../../src/sources/_collect.js';
import { memoryStateStore } from '../../../src/sources/state/memory-state-store.js';
import type { CollectOptions, SiteAdapter, StateStore } from '../../../src/sources/types.js';
import { sendJson, startTestServer, type TestServer } from '../../helpers/test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

interface Job {
  id: number;
  title: string;
}

/** A site listing `jobs` on one JSON page, each with a JSON detail at /detail/{id}. */
async function site(jobs: Job[]): Promise<TestServer> {
  const server = await startTestServer((req, res) => {
    if (req.pathname === '/list') return sendJson(res, 200, { items: jobs });
    const id = Number(/^\/detail\/(\d+)$/.exec(req.pathname)?.[1]);
    const job = jobs.find((j) => j.id === id);
    return job ? sendJson(res, 200, { ...job, intro: '소개' }) : sendJson(res, 404, {});
  });
  servers.push(server);
  return server;
}

function adapter(server: TestServer): SiteAdapter {
  const posting = (job: Job): RawPosting => ({
    source: 'capped',
    sourceId: String(job.id),
    url: server.url(`/detail/${job.id}`),
    fetchedAt: '2026-11-29T09:00:00.000+09:00',
    title: job.title,
    company: '가온랩스',
    payload: job,
  });
  return {
    id: 'capped',
    lists: () => [
      {
        name: 'capped:all',
        request: () => ({ kind: 'list', url: server.url('/list'), responseType: 'json' }),
        next: () => null,
      },
    ],
    parseList: (body) => ({ items: (body as { items: Job[] }).items.map(posting), issues: [] }),
    detail: {
      request: (item) => ({ kind: 'detail', url: item.url, responseType: 'json' }),
      parse: (body) => ({ items: [posting(body as Job)], issues: [] }),
    },
  };
}

const byNumber = (a: string, b: string) => Number(a) - Number(b);

const jobs = (n: number, title = '백엔드 개발자') =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, title: `${title} ${i + 1}` }));

async function run(server: TestServer, state: StateStore, options: CollectOptions) {
  const before = server.requests.filter((r) => r.pathname.startsWith('/detail/')).length;
  const source = collectSite(adapter(server), {
    http: createHttpClient({ perHostRate: Number.POSITIVE_INFINITY, allowPrivateNetworks: true }),
    state,
    ...options,
  });
  const ids: string[] = [];
  for await (const posting of source) ids.push(posting.sourceId);
  const result = await source.result;
  await source.commit();
  const details = server.requests.filter((r) => r.pathname.startsWith('/detail/')).length - before;
  return { ids, result, details, state: await state.get('capped') };
}

describe('CollectOptions.maxDetailRequests', () => {
  it('defaults to 10,000 detail requests per run', () => {
    expect(DEFAULT_MAX_DETAIL_REQUESTS).toBe(10_000);
  });

  it('fetches at most the cap, warns, counts the rest as deferred, and the next run fetches them', async () => {
    const server = await site(jobs(10));
    const state = memoryStateStore();
    const first = await run(server, state, { maxDetailRequests: 4 });
    expect(first.details).toBe(4);
    expect(first.result.status).toBe('ok');
    expect(first.result.counts).toMatchObject({ listed: 10, fetched: 4, emitted: 4, deferred: 6, closed: 0 });
    expect(first.result.warnings).toEqual([
      'capped: reached maxDetailRequests (4); 6 listed postings left for the next run',
    ]);
    expect(Object.keys(first.state?.seen ?? {}).sort()).toEqual([
      'capped:1',
      'capped:2',
      'capped:3',
      'capped:4',
    ]);

    const second = await run(server, state, { maxDetailRequests: 4 });
    expect(second.details).toBe(4);
    expect([...second.ids].sort(byNumber)).toEqual(['5', '6', '7', '8']);
    expect(second.result.counts).toMatchObject({ skippedUnchanged: 4, deferred: 2, closed: 0 });

    const third = await run(server, state, { maxDetailRequests: 4 });
    expect([...third.ids].sort(byNumber)).toEqual(['9', '10']);
    expect(third.result.status).toBe('ok');
    expect(third.result.counts).toMatchObject({ skippedUnchanged: 8, deferred: 0, closed: 0 });
    expect(third.result.warnings).toEqual([]);
  });

  it('keeps a changed posting past the cap as it was, so a later run fetches it, and never closes it', async () => {
    const listed = jobs(6);
    const server = await site(listed);
    const state = memoryStateStore();
    await run(server, state, {});
    listed.splice(0, listed.length, ...jobs(6, '시니어 백엔드 개발자'));
    const capped = await run(server, state, { maxDetailRequests: 2 });
    expect([...capped.ids].sort(byNumber)).toEqual(['1', '2']);
    expect(capped.result.counts).toMatchObject({ fetched: 2, deferred: 4, closed: 0 });
    expect(Object.keys(capped.state?.seen ?? {})).toHaveLength(6);
    const next = await run(server, state, {});
    expect([...next.ids].sort(byNumber)).toEqual(['3', '4', '5', '6']);
    expect(next.result.counts).toMatchObject({ skippedUnchanged: 2, deferred: 0, closed: 0 });
  });
});
