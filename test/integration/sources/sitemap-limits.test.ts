// A career site whose sitemap breaks the sitemap protocol's limits, served by a real HTTP server on
// 127.0.0.1: a run reads the first 50,000 of its 60,000 URLs, fetches at most `maxDetailRequests` pages
// (counted at the server), says how many it left, and the next run picks up where it stopped without
// reporting anything closed. A sitemap over the client's body cap is cut and read up to its last entry.
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/http/http-client.js';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import { jsonLdJobPosting } from '../../../src/sources/json-ld/index.js';
import { memoryStateStore } from '../../../src/sources/state/memory-state-store.js';
import type { CollectOptions, Source, SourceResult } from '../../../src/sources/types.js';
import { sendText, startTestServer, type TestServer } from '../../helpers/test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A career site listing `count` job pages in one sitemap; each page carries a JobPosting. */
async function careerSite(count: number): Promise<{ server: TestServer; sitemap: string }> {
  let sitemap = '';
  const server = await startTestServer((req, res) => {
    if (req.pathname === '/sitemap.xml')
      return sendText(res, 200, sitemap, { 'content-type': 'application/xml' });
    const job = /^\/jobs\/(\d+)$/.exec(req.pathname)?.[1];
    if (job === undefined) return sendText(res, 404, 'not found');
    const posting = {
      '@type': 'JobPosting',
      title: `백엔드 개발자 ${job}`,
      hiringOrganization: { name: '가온랩스' },
    };
    return sendText(
      res,
      200,
      `<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body><h1>${posting.title}</h1></body></html>`,
    );
  });
  servers.push(server);
  const entries = Array.from({ length: count }, (_, i) => `<url><loc>${server.origin}/jobs/${i}</loc></url>`);
  sitemap = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
  return { server, sitemap };
}

// The site is on 127.0.0.1, which a page named by a sitemap may reach only when private networks are allowed.
const client = (options: Parameters<typeof createHttpClient>[0] = {}) =>
  createHttpClient({ perHostRate: 5000, perHostConcurrency: 8, allowPrivateNetworks: true, ...options });

async function drain(source: Source, options: CollectOptions) {
  const run = source.collect(options);
  const items: RawPosting[] = [];
  for await (const item of run) items.push(item);
  const result: SourceResult = await run.result;
  await run.commit();
  return { items, result };
}

const jobRequests = (server: TestServer) => server.requests.filter((r) => r.pathname.startsWith('/jobs/'));

describe('a sitemap past the protocol limits, read under maxDetailRequests', () => {
  it('reads 50,000 of 60,000 URLs, fetches at most maxDetailRequests pages, and leaves the rest for the next run', async () => {
    const { server } = await careerSite(60_000);
    const source = jsonLdJobPosting({ source: 'careers', sitemapUrl: server.url('/sitemap.xml') });
    const state = memoryStateStore();
    const http = client();

    const first = await drain(source, { http, state, maxDetailRequests: 25 });
    expect(jobRequests(server)).toHaveLength(25);
    expect(first.items).toHaveLength(25);
    expect(first.result.status).toBe('ok');
    expect(first.result.counts).toMatchObject({
      listed: 50_000,
      fetched: 25,
      emitted: 25,
      deferred: 49_975,
      closed: 0,
    });
    expect(first.result.warnings).toEqual([
      `${server.url('/sitemap.xml')} lists more than 50000 entries, the sitemap protocol's limit: 50000 were read, the rest ignored`,
      'careers: reached maxDetailRequests (25); 49975 listed postings left for the next run',
    ]);

    const second = await drain(source, { http, state, maxDetailRequests: 25 });
    const fetched = jobRequests(server).map((r) => r.pathname);
    expect(fetched).toHaveLength(50);
    expect(new Set(fetched).size).toBe(50);
    expect(second.result.counts).toMatchObject({
      listed: 50_000,
      fetched: 25,
      skippedUnchanged: 25,
      deferred: 49_950,
      closed: 0,
    });
    expect(second.result.closed).toEqual([]);
    expect(server.requestsTo('/sitemap.xml')).toHaveLength(2);
  });

  it('cuts a sitemap over the client body cap and reads it up to its last complete entry', async () => {
    const { server, sitemap } = await careerSite(1_000);
    const cap = 5_000;
    const complete = (
      Buffer.from(sitemap)
        .subarray(0, cap)
        .toString('utf8')
        .match(/<\/url>/g) ?? []
    ).length;
    const source = jsonLdJobPosting({ source: 'careers', sitemapUrl: server.url('/sitemap.xml') });
    const { result } = await drain(source, {
      http: client({ maxBodyBytes: { sitemap: cap } }),
      maxDetailRequests: 3,
    });
    expect(jobRequests(server)).toHaveLength(3);
    expect(result.counts).toMatchObject({ listed: complete, fetched: 3, deferred: complete - 3 });
    expect(result.warnings).toEqual([
      `${server.url('/sitemap.xml')} is larger than the body cap of a sitemap (the protocol allows 50 MB uncompressed): read up to its last complete entry, ${complete} entries`,
      `careers: reached maxDetailRequests (3); ${complete - 3} listed postings left for the next run`,
    ]);
  });
});
