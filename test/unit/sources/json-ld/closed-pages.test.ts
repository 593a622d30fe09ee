// A career site whose pages carry their own posting ids: the run remembers each page by its sitemap
// entry, yet reports closed and unchanged postings by the ids it yielded, so a page that leaves the
// sitemap closes the posting the consumer stored.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../../src/http/http-client.js';
import { jsonLdJobPosting } from '../../../../src/sources/json-ld/index.js';
import { fileStateStore } from '../../../../src/sources/state/file-state-store.js';
import type { StateStore } from '../../../../src/sources/types.js';
import { sendText, startTestServer, type TestServer } from '../../../helpers/test-server.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** A site listing pages /jobs/{n} in its sitemap; page n holds the posting `JOB-{n}`. */
async function careerSite(listed: number[]): Promise<TestServer> {
  const server = await startTestServer((req, res) => {
    if (req.pathname === '/sitemap.xml') {
      const entries = listed.map((n) => `<url><loc>${server.url(`/jobs/${n}`)}</loc></url>`).join('');
      return sendText(res, 200, `<urlset>${entries}</urlset>`, { 'content-type': 'application/xml' });
    }
    const n = /^\/jobs\/(\d+)$/.exec(req.pathname)?.[1];
    if (n === undefined) return sendText(res, 404, 'not found');
    const posting = {
      '@type': 'JobPosting',
      identifier: `JOB-${n}`,
      title: `백엔드 개발자 ${n}`,
      hiringOrganization: { name: '가온랩스' },
    };
    return sendText(res, 200, `<script type="application/ld+json">${JSON.stringify(posting)}</script>`);
  });
  cleanups.push(() => server.close());
  return server;
}

async function tempState(): Promise<StateStore> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-closed-pages-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return fileStateStore({ dir });
}

async function collect(server: TestServer, state: StateStore) {
  const source = jsonLdJobPosting({ source: 'careers', sitemapUrl: server.url('/sitemap.xml') });
  const run = source.collect({
    http: createHttpClient({ perHostRate: Number.POSITIVE_INFINITY, allowPrivateNetworks: true }),
    state,
  });
  const ids: string[] = [];
  for await (const posting of run) ids.push(`careers:${posting.sourceId}`);
  const result = await run.result;
  await run.commit();
  return { ids: ids.sort(), result };
}

describe('jsonLdJobPosting across runs', () => {
  it('reports a page gone from the sitemap closed, and the others unchanged, by the ids it yielded', async () => {
    const listed = [1, 2, 3];
    const server = await careerSite(listed);
    const state = await tempState();
    const first = await collect(server, state);
    expect(first.ids).toEqual(['careers:JOB-1', 'careers:JOB-2', 'careers:JOB-3']);

    listed.splice(1, 1);
    const pagesBefore = server.requests.filter((r) => r.pathname.startsWith('/jobs/')).length;
    const second = await collect(server, state);
    expect(second.ids).toEqual([]);
    expect(server.requests.filter((r) => r.pathname.startsWith('/jobs/'))).toHaveLength(pagesBefore);
    expect(second.result.closed).toEqual(['careers:JOB-2']);
    expect([...second.result.unchanged].sort()).toEqual(['careers:JOB-1', 'careers:JOB-3']);
    expect(second.result.counts).toMatchObject({ closed: 1, skippedUnchanged: 2 });

    listed.push(4);
    const third = await collect(server, state);
    expect(third.ids).toEqual(['careers:JOB-4']);
    expect(third.result.closed).toEqual([]);
    expect([...third.result.unchanged].sort()).toEqual(['careers:JOB-1', 'careers:JOB-3']);
  });
});
