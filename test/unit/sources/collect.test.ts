import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/http/http-client.js';
import { ParseError } from '../../../src/model/errors/parse-error.js';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import { COLLECT_BUFFER_SIZE, collectSite } from '../../../src/sources/_collect.js';
import { memoryStateStore } from '../../../src/sources/state/memory-state-store.js';
import type {
  BrowserRenderer,
  CollectOptions,
  SiteAdapter,
  SourceProgress,
  SourceState,
  StateStore,
} from '../../../src/sources/types.js';
import { delay, sendJson, sendText, startTestServer, type TestServer } from '../../helpers/test-server.js';

// A tiny job site: categories of listed postings, paged 3 at a time, each with a detail page.
interface Job {
  id: number | null;
  title: string;
  cats: string[];
  v?: number;
}

interface Site {
  server: TestServer;
  jobs: Job[];
  /** Per-path overrides: return true when the handler answered. */
  override?: (
    pathname: string,
    page: number,
    res: import('node:http').ServerResponse,
  ) => boolean | Promise<boolean>;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const PAGE_SIZE = 3;

async function site(jobs: Job[], robots?: string): Promise<Site> {
  const state: Site = { jobs, server: undefined as unknown as TestServer };
  state.server = await startTestServer(
    async (req, res) => {
      const page = Number(req.searchParams.get('page') ?? 1);
      if (state.override && (await state.override(req.pathname, page, res))) return;
      if (req.pathname === '/list') {
        const cat = req.searchParams.get('cat') ?? 'all';
        const inCat = state.jobs.filter((j) => cat === 'all' || j.cats.includes(cat));
        const items = inCat.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
        return sendJson(res, 200, { items, hasNext: page * PAGE_SIZE < inCat.length });
      }
      const match = /^\/detail\/(\d+)$/.exec(req.pathname);
      const job = match ? state.jobs.find((j) => String(j.id) === match[1]) : undefined;
      if (!job) return sendJson(res, 404, { code: 'gone' });
      return sendJson(res, 200, {
        id: job.id,
        title: `${job.title} (상세)`,
        stacks: ['Java', 'Spring'],
        intro: '소개',
      });
    },
    robots === undefined ? {} : { robots },
  );
  servers.push(state.server);
  return state;
}

const jobs = (n: number, cats = ['be']): Job[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, title: `백엔드 개발자 ${i + 1}`, cats }));

function posting(fields: Partial<RawPosting> & { sourceId: string }): RawPosting {
  return {
    source: 'test',
    url: `https://example.test/${fields.sourceId}`,
    fetchedAt: '2026-11-29T09:00:00.000+09:00',
    title: '',
    company: '회사',
    payload: null,
    ...fields,
  };
}

interface AdapterOptions {
  cats?: string[];
  detail?: boolean;
  required?: boolean;
  render?: boolean;
  needsRender?: boolean;
  expectsResults?: boolean;
  prepare?: SiteAdapter['prepare'];
}

function adapter(s: Site, options: AdapterOptions = {}): SiteAdapter {
  const { cats = ['all'], detail = true } = options;
  return {
    id: 'test',
    ...(options.expectsResults === undefined ? {} : { expectsResults: options.expectsResults }),
    ...(options.prepare ? { prepare: options.prepare } : {}),
    lists: () =>
      cats.map((cat) => ({
        name: `test:${cat}`,
        request: (page: number) => ({
          kind: 'list' as const,
          url: s.server.url('/list'),
          searchParams: { cat, page },
          responseType: 'json' as const,
        }),
        next: (body: unknown, page: number) => ((body as { hasNext: boolean }).hasNext ? page + 1 : null),
      })),
    parseList(body) {
      const items = (body as { items?: unknown }).items;
      if (!Array.isArray(items)) throw new ParseError({ message: 'body is not a job list', source: 'test' });
      const result: ReturnType<SiteAdapter['parseList']> = { items: [], issues: [] };
      items.forEach((raw: Job, index) => {
        if (raw.id === null) {
          result.issues.push({
            code: 'missing_field',
            source: 'test',
            path: ['items', index, 'id'],
            message: 'no id',
            raw,
          });
          return;
        }
        result.items.push(
          posting({
            sourceId: String(raw.id),
            title: raw.title,
            stackTags: ['Java'],
            locations: ['서울 강남구'],
            payload: raw,
          }),
        );
      });
      return result;
    },
    ...(detail
      ? {
          detail: {
            request: (item: RawPosting) => ({
              kind: 'detail' as const,
              url: s.server.url(`/detail/${item.sourceId}`),
              responseType: options.render ? ('text' as const) : ('json' as const),
              ...(options.render ? { render: true } : {}),
            }),
            parse(body: unknown, { item }: { item: RawPosting }) {
              const data = (typeof body === 'string' ? JSON.parse(body.replace(/<[^>]+>/g, '')) : body) as {
                title: string;
                stacks: string[];
                intro: string;
              };
              return {
                items: [
                  posting({
                    sourceId: item.sourceId,
                    title: data.title,
                    stackTags: data.stacks,
                    sections: { intro: data.intro },
                    payload: data,
                  }),
                ],
                issues: [],
              };
            },
            isGone: (status: number, body: unknown) =>
              status === 404 && (body as { code?: string })?.code === 'gone',
            ...(options.required ? { required: true } : {}),
            ...(options.needsRender
              ? { needsRender: (body: unknown) => (body as { shell?: boolean }).shell === true }
              : {}),
          },
        }
      : {}),
  };
}

const http = () =>
  createHttpClient({ perHostRate: Number.POSITIVE_INFINITY, retry: { limit: 1, backoffMs: 1 } });

async function drain(a: SiteAdapter, options: CollectOptions = {}) {
  const run = collectSite(a, { http: http(), ...options });
  const postings: RawPosting[] = [];
  for await (const p of run) postings.push(p);
  return { run, postings, result: await run.result };
}

describe('collectSite: lists and details', () => {
  it('walks every page, fetches each detail and merges it with its list item', async () => {
    const s = await site(jobs(7));
    const progress: SourceProgress[] = [];
    const { postings, result } = await drain(adapter(s), { onProgress: (e) => progress.push(e) });
    expect(s.server.requestsTo('/list').map((r) => r.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(postings.map((p) => p.sourceId).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const first = postings.find((p) => p.sourceId === '1')!;
    expect(first.title).toBe('백엔드 개발자 1 (상세)');
    expect(first.stackTags).toEqual(['Java', 'Spring']);
    expect(first.locations).toEqual(['서울 강남구']);
    expect(first.payload).toEqual({
      list: { id: 1, title: '백엔드 개발자 1', cats: ['be'] },
      detail: expect.objectContaining({ id: 1 }),
    });
    expect(result).toMatchObject({
      status: 'ok',
      counts: { listed: 7, fetched: 7, emitted: 7, quarantined: 0, failedRequests: 0 },
    });
    expect(progress.filter((e) => e.type === 'list')).toHaveLength(3);
    expect(progress.filter((e) => e.type === 'detail').at(-1)).toMatchObject({ done: 7, total: 7 });
  });

  it('dedupes postings listed by several streams and fetches each detail once', async () => {
    const s = await site([
      { id: 1, title: 'a', cats: ['be', 'fe'] },
      { id: 2, title: 'b', cats: ['be'] },
      { id: 3, title: 'c', cats: ['fe'] },
    ]);
    const { postings, result } = await drain(adapter(s, { cats: ['be', 'fe'] }));
    expect(postings).toHaveLength(3);
    expect(result.counts.listed).toBe(3);
    expect(s.server.requestsTo('/detail/1')).toHaveLength(1);
  });

  it('emits list items as they are when the site has no detail plan', async () => {
    const s = await site(jobs(2));
    const { postings, result } = await drain(adapter(s, { detail: false }));
    expect(postings.map((p) => p.title)).toEqual(['백엔드 개발자 1', '백엔드 개발자 2']);
    expect(result.counts).toMatchObject({ listed: 2, fetched: 0, emitted: 2 });
  });

  it('runs prepare once before the lists', async () => {
    const s = await site(jobs(1));
    const calls: string[] = [];
    await drain(
      adapter(s, {
        prepare: async (client) => {
          calls.push(`prepare with ${s.server.requests.length} requests`);
          await client.fetch(
            { kind: 'dictionary', url: s.server.url('/list'), responseType: 'json' },
            { source: 'test' },
          );
        },
      }),
    );
    expect(calls).toEqual(['prepare with 0 requests']);
  });
});

describe('collectSite: quarantine and status', () => {
  it('quarantines a bad item and reports partial', async () => {
    const s = await site([
      { id: 1, title: 'a', cats: [] },
      { id: null, title: 'no id', cats: [] },
    ]);
    const { postings, result } = await drain(adapter(s));
    expect(postings).toHaveLength(1);
    expect(result.status).toBe('partial');
    expect(result.quarantine).toEqual([
      expect.objectContaining({ code: 'missing_field', raw: { id: null, title: 'no id', cats: [] } }),
    ]);
  });

  it('quarantines an unreadable page with its raw body and stops that stream', async () => {
    const s = await site(jobs(9));
    s.override = (pathname, page, res) => {
      if (pathname !== '/list' || page !== 2) return false;
      sendText(res, 200, '<html>점검 중</html>', { 'content-type': 'application/json' });
      return true;
    };
    // The body is not JSON: the client retries it, then the run quarantines the failure.
    const { postings, result } = await drain(adapter(s, { detail: false }));
    expect(postings).toHaveLength(3);
    expect(s.server.requestsTo('/list').map((r) => r.searchParams.get('page'))).not.toContain('3');
    expect(result.status).toBe('partial');
    expect(result.quarantine).toEqual([
      expect.objectContaining({ code: 'unreadable_body', raw: '<html>점검 중</html>' }),
    ]);
    expect(result.counts.failedRequests).toBe(1);

    s.override = (pathname, page, res) => {
      if (pathname !== '/list' || page !== 2) return false;
      sendJson(res, 200, { maintenance: true });
      return true;
    };
    const second = await drain(adapter(s, { detail: false }));
    expect(second.result.status).toBe('partial');
    expect(second.result.quarantine).toEqual([
      expect.objectContaining({
        code: 'unreadable_body',
        raw: { maintenance: true },
        message: expect.stringContaining('not a job list'),
      }),
    ]);
  });

  it('reports empty, with a "likely blocked" warning when the site normally lists postings', async () => {
    const s = await site([]);
    const { result } = await drain(adapter(s));
    expect(result.status).toBe('empty');
    expect(result.warnings.join(' ')).toMatch(/likely blocked/);
    const quiet = await drain(adapter(s, { expectsResults: false }));
    expect(quiet.result.warnings.join(' ')).not.toMatch(/likely blocked/);
  });

  it('ends a failing source quietly with status error and a clear message', async () => {
    const s = await site(jobs(3));
    s.override = (pathname, _page, res) => {
      if (pathname !== '/list') return false;
      sendJson(res, 503, { error: 'down' });
      return true;
    };
    const run = collectSite(adapter(s), { http: http() });
    const seen: RawPosting[] = [];
    for await (const p of run) seen.push(p); // must not throw
    const result = await run.result;
    expect(seen).toHaveLength(0);
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ code: 'http_status' });
    expect(result.error?.message).toMatch(
      /\[ohmystack:test\] GET .*\/list\?cat=all&page=1 → 503 after 1 retry/,
    );
    expect(result.counts.failedRequests).toBe(1);
    expect(result.counts.retried).toBe(1);
  });

  it('reports error with robots_disallowed when robots.txt denies every list', async () => {
    const s = await site(jobs(3), 'User-agent: *\nDisallow: /list\n');
    const { result } = await drain(adapter(s));
    expect(result).toMatchObject({ status: 'error', error: { code: 'robots_disallowed' } });
    expect(s.server.requestsTo('/list')).toHaveLength(0);
  });

  it('reports error when prepare fails', async () => {
    const s = await site(jobs(3));
    const { result, postings } = await drain(
      adapter(s, {
        prepare: async () => {
          throw new ParseError({ message: 'skill dictionary unreadable', source: 'test' });
        },
      }),
    );
    expect(postings).toHaveLength(0);
    expect(result).toMatchObject({ status: 'error', error: { code: 'parse_failed' } });
  });

  it('marks a posting whose detail says "gone" as closed, not as an error', async () => {
    const s = await site(jobs(3));
    s.override = (pathname, _page, res) => {
      if (pathname !== '/detail/2') return false;
      sendJson(res, 404, { code: 'gone' });
      return true;
    };
    const { postings, result } = await drain(adapter(s));
    expect(postings.map((p) => p.sourceId).sort()).toEqual(['1', '3']);
    expect(result).toMatchObject({
      status: 'ok',
      closed: ['test:2'],
      counts: { closed: 1, failedRequests: 0 },
    });
  });

  it('yields the list item when a detail fails, or quarantines it when the detail is required', async () => {
    const s = await site(jobs(2));
    s.override = (pathname, _page, res) => {
      if (pathname !== '/detail/2') return false;
      sendJson(res, 500, {});
      return true;
    };
    const loose = await drain(adapter(s));
    expect(loose.postings.find((p) => p.sourceId === '2')?.title).toBe('백엔드 개발자 2');
    expect(loose.result).toMatchObject({ status: 'partial', counts: { failedRequests: 1, emitted: 2 } });

    const strict = await drain(adapter(s, { required: true }));
    expect(strict.postings.map((p) => p.sourceId)).toEqual(['1']);
    expect(strict.result.quarantine).toEqual([
      expect.objectContaining({ code: 'http_error', raw: expect.objectContaining({ sourceId: '2' }) }),
    ]);
  });
});

describe('collectSite: rendering', () => {
  const fakeBrowser = (calls: string[]): BrowserRenderer => ({
    async render(url) {
      calls.push(url);
      return `<html><body>{"title":"렌더링됨","stacks":["React"],"intro":"x"}</body></html>`;
    },
    async close() {},
  });

  it('renders render requests in the browser, and quarantines them with a hint when there is none', async () => {
    const s = await site(jobs(1));
    const calls: string[] = [];
    const rendered = await drain(adapter(s, { render: true }), { browser: fakeBrowser(calls) });
    expect(rendered.postings[0]?.title).toBe('렌더링됨');
    expect(calls).toEqual([s.server.url('/detail/1')]);
    expect(s.server.requestsTo('/detail/1')).toHaveLength(0);

    const without = await drain(adapter(s, { render: true, required: true }));
    expect(without.postings).toHaveLength(0);
    expect(without.result.quarantine[0]).toMatchObject({
      code: 'http_error',
      message: expect.stringMatching(/chromiumRenderer/),
    });
  });

  it('fetches an empty client-side shell again, rendered', async () => {
    const s = await site(jobs(1));
    s.override = (pathname, _page, res) => {
      if (pathname !== '/detail/1') return false;
      sendJson(res, 200, { shell: true });
      return true;
    };
    const calls: string[] = [];
    const { postings } = await drain(adapter(s, { needsRender: true }), { browser: fakeBrowser(calls) });
    expect(postings[0]?.stackTags).toEqual(['Java', 'React']);
    expect(calls).toHaveLength(1);
  });
});

describe('collectSite: incremental state', () => {
  function countingStore(): StateStore & { writes: number } {
    const inner = memoryStateStore();
    const store = {
      writes: 0,
      get: (source: string) => inner.get(source),
      async set(source: string, state: SourceState) {
        store.writes++;
        await inner.set(source, state);
      },
    };
    return store;
  }

  it('skips unchanged postings, refetches changed ones and reports closed ones; state moves only on commit', async () => {
    const s = await site(jobs(4));
    const state = countingStore();
    const first = await drain(adapter(s), { state });
    expect(first.result.counts.fetched).toBe(4);
    expect(await state.get('test')).toBeUndefined(); // nothing until commit
    await first.run.commit();
    await first.run.commit(); // once only
    expect(state.writes).toBe(1);
    expect(Object.keys((await state.get('test'))!.seen).sort()).toEqual([
      'test:1',
      'test:2',
      'test:3',
      'test:4',
    ]);

    s.jobs[1]!.v = 2; // posting 2 changed
    s.jobs.splice(3, 1); // posting 4 gone from the list
    s.jobs.push({ id: 9, title: '신규', cats: [] });
    const before = s.server.requests.length;
    const second = await drain(adapter(s), { state });
    const details = s.server.requests
      .slice(before)
      .filter((r) => r.pathname.startsWith('/detail/'))
      .map((r) => r.pathname);
    expect(details.sort()).toEqual(['/detail/2', '/detail/9']);
    expect(second.postings.map((p) => p.sourceId).sort()).toEqual(['2', '9']);
    expect(second.result).toMatchObject({
      status: 'ok',
      unchanged: ['test:1', 'test:3'],
      closed: ['test:4'],
      counts: { listed: 4, fetched: 2, skippedUnchanged: 2, emitted: 2, closed: 1 },
    });
    await second.run.commit();
    expect(Object.keys((await state.get('test'))!.seen).sort()).toEqual([
      'test:1',
      'test:2',
      'test:3',
      'test:9',
    ]);
  });

  it('does not call anything closed when a list did not finish, and says so', async () => {
    const s = await site(jobs(6));
    const state = memoryStateStore();
    await (await drain(adapter(s), { state })).run.commit();
    s.override = (pathname, page, res) => {
      if (pathname !== '/list' || page !== 2) return false;
      sendJson(res, 500, {});
      return true;
    };
    const { result } = await drain(adapter(s), { state });
    expect(result.closed).toEqual([]);
    expect(result.status).toBe('partial');
    expect(result.warnings.join(' ')).toMatch(/closed postings not computed/);
  });

  it('remembers a posting whose detail failed only as it was, so the next run fetches it again', async () => {
    const s = await site(jobs(2));
    const state = memoryStateStore();
    s.override = (pathname, _page, res) => {
      if (pathname !== '/detail/2') return false;
      sendJson(res, 500, {});
      return true;
    };
    await (await drain(adapter(s), { state })).run.commit();
    s.override = undefined;
    const second = await drain(adapter(s), { state });
    expect(second.postings.map((p) => p.sourceId)).toEqual(['2']);
    expect(second.result.unchanged).toEqual(['test:1']);
  });
});

describe('collectSite: abort and backpressure', () => {
  it('ends on abort while a detail hangs, with status error and code aborted', async () => {
    const s = await site(jobs(12));
    const controller = new AbortController();
    // Details 1–3 answer; the rest never do. The first hanging request aborts the run, so only the
    // abort can end it (a hang fails the test by its timeout, with no clock in the assertions).
    const hanging: string[] = [];
    s.override = (pathname) => {
      const id = Number(/^\/detail\/(\d+)$/.exec(pathname)?.[1] ?? 0);
      if (id <= 3) return false;
      hanging.push(pathname);
      controller.abort();
      return new Promise<boolean>(() => undefined);
    };
    const run = collectSite(adapter(s), { http: http(), signal: controller.signal });
    const seen: RawPosting[] = [];
    for await (const p of run) seen.push(p);
    const result = await run.result;
    expect(hanging.length).toBeGreaterThan(0);
    expect(seen.every((p) => ['1', '2', '3'].includes(p.sourceId))).toBe(true);
    expect(result).toMatchObject({ status: 'error', error: { code: 'aborted' } });
    expect(result.counts.emitted).toBe(seen.length);
  });

  it('does not run far ahead of a slow consumer', async () => {
    const s = await site(jobs(120));
    const run = collectSite(adapter(s), { http: http(), detailConcurrency: 4 });
    const iterator = run[Symbol.asyncIterator]();
    await iterator.next();
    await delay(400);
    const details = s.server.requests.filter((r) => r.pathname.startsWith('/detail/')).length;
    // Buffer + one batch in flight + one batch queued, plus the one consumed.
    expect(details).toBeLessThanOrEqual(COLLECT_BUFFER_SIZE + 2 * 4 + 1);
    expect(details).toBeGreaterThan(0);
    await iterator.return?.();
    const result = await run.result;
    expect(result.status).toBe('partial');
    expect(result.warnings.join(' ')).toMatch(/stopped iterating early/);
  });

  it('can be iterated only once', async () => {
    const s = await site(jobs(1));
    const run = collectSite(adapter(s), { http: http() });
    for await (const _ of run) {
      // drain
    }
    expect(() => run[Symbol.asyncIterator]()).toThrow(/only once/);
  });
});
