// Every source against the hostile server (a real HTTP server on 127.0.0.1 that misbehaves on purpose),
// through a client with small caps: bodies far over the cap, endless and trickled bodies, a gzip bomb,
// redirects off the site and into private networks, a redirect loop, answers that echo the access key,
// and sitemap floods. Each run must end with a typed failure, the server must have seen exactly the
// requests the client says it made, and every endless or trickled answer must have been cut off by the
// client, not by the server running dry.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import {
  createHttpClient,
  type HttpClientOptions,
  jobkorea,
  jsonLdJobPosting,
  jumpit,
  programmers,
  type Source,
  type SourceResult,
  saramin,
  wanted,
} from '../../../src/sources/index.js';
import {
  createHostileServer,
  createSiteReplica,
  type HostileBehaviourName,
  type HostileResponseRecord,
  type HostileServer,
} from '../../../src/testing/index.js';

const CAP = 1 << 20;
const SARAMIN_KEY = 'hostileSaraminKey7Qx2Lp';

// The caps under test, with the retry's backoff shortened so a retry does not wait a second: one retry,
// as a real run would make. Timeouts are generous so a loaded machine never turns a cap into a timeout;
// the cases about timeouts shorten them (SHORT_TIMEOUTS).
const hostileClient = (options: HttpClientOptions = {}) =>
  createHttpClient({
    maxBodyBytes: CAP,
    timeout: 10_000,
    idleTimeout: 5_000,
    retry: { limit: 1, backoffMs: 5, maxBackoffMs: 10 },
    respectRobots: false,
    allowPrivateNetworks: false,
    perHostRate: 1000,
    perHostConcurrency: 8,
    ...options,
  });

/** For the cases whose point is a timeout: a trickle must run out of time, not of patience. */
const SHORT_TIMEOUTS: HttpClientOptions = { timeout: 500, idleTimeout: 200 };

interface SourceCase {
  name: string;
  /** The source id its requests are counted under. */
  id: string;
  /** True for a source whose list is a sitemap: an oversized one is cut at the cap and read, not failed. */
  sitemap?: boolean;
  make(baseUrl: string): Source;
}

const SOURCES: readonly SourceCase[] = [
  { name: 'jumpit', id: 'jumpit', make: (baseUrl) => jumpit({ baseUrl }) },
  { name: 'wanted', id: 'wanted', make: (baseUrl) => wanted({ baseUrl, staticBaseUrl: baseUrl }) },
  { name: 'programmers', id: 'programmers', make: (baseUrl) => programmers({ baseUrl }) },
  { name: 'saramin (HTML)', id: 'saramin', make: (baseUrl) => saramin({ baseUrl, keywords: [''] }) },
  {
    name: 'saramin (Open API)',
    id: 'saramin',
    make: (baseUrl) => saramin({ accessKey: SARAMIN_KEY, apiBaseUrl: baseUrl }),
  },
  { name: 'jobkorea', id: 'jobkorea', make: (baseUrl) => jobkorea({ baseUrl, keywords: [''] }) },
  {
    name: 'jsonLdJobPosting',
    id: 'careers',
    sitemap: true,
    make: (baseUrl) => jsonLdJobPosting({ source: 'careers', sitemapUrl: `${baseUrl}/sitemap.xml` }),
  },
];

// The errors' own message templates, for failures a run reports as warnings only.
const WARNING_CODES: readonly [string, RegExp][] = [
  ['body_too_large', /answered more than \d+ bytes \(the cap\)/],
  ['timeout', /timed out/],
  ['offsite_url', /not on the site it came from|too many redirects|only http and https are fetched/],
  ['private_network', /a private network address/],
];

/** Every failure code a run reports: its error, its quarantine entries, and its warnings. */
function failureCodes(result: SourceResult): Set<string> {
  const codes = new Set<string>();
  if (result.error) codes.add(result.error.code);
  for (const entry of result.quarantine) codes.add(entry.code);
  for (const warning of result.warnings)
    for (const [code, pattern] of WARNING_CODES) if (pattern.test(warning)) codes.add(code);
  return codes;
}

async function collect(
  source: Source,
  http: ReturnType<typeof hostileClient>,
  options: { maxDetailRequests?: number; maxPages?: number } = {},
): Promise<{ items: RawPosting[]; result: SourceResult }> {
  const run = source.collect({ http, detailConcurrency: 4, ...options });
  const items: RawPosting[] = [];
  for await (const item of run) items.push(item);
  return { items, result: await run.result };
}

/** The server's record once every response has ended; an answer still open means the client kept reading. */
async function settledStats(hostile: HostileServer) {
  await Promise.race([hostile.idle(), new Promise((resolve) => setTimeout(resolve, 5000))]);
  return hostile.stats();
}

function countByUrl(responses: readonly HostileResponseRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const response of responses) counts.set(response.url, (counts.get(response.url) ?? 0) + 1);
  return counts;
}

let hostile: HostileServer;

beforeAll(async () => {
  // Small floods keep a sitemap case to one read; the 60,000-entry flood has its own server below.
  hostile = await createHostileServer({ sitemapUrls: 40, sitemapChildren: 5, bombBytes: 64 * CAP });
});
afterAll(() => hostile.close());

describe('the hostile server itself', () => {
  it('counts requests and bytes per route, and sees a client that stops reading an endless answer', async () => {
    hostile.resetStats();
    const stop = new AbortController();
    const response = await fetch(`${hostile.url}/endless/api/x.json`, { signal: stop.signal });
    let read = 0;
    for await (const chunk of response.body!) {
      read += chunk.length;
      if (read > 2 * CAP) break;
    }
    const stats = await settledStats(hostile);
    expect(stats.open).toBe(0);
    expect(stats.routes.endless).toMatchObject({ requests: 1, closedByClient: 1, finished: 0 });
    expect(stats.routes.endless!.bytesWritten).toBeGreaterThanOrEqual(read);
  });

  it('answers the off-site name itself, so a client that follows a link off its site is seen', async () => {
    hostile.resetStats();
    const redirect = await fetch(`${hostile.url}/redirect-offsite/jobs/1?page=2`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(`${hostile.offsiteUrl}/redirect-offsite/jobs/1?page=2`);
    const followed = await fetch(`${hostile.offsiteUrl}/jobs/1`);
    expect(await followed.json()).toMatchObject({ offsite: true });
    expect((await settledStats(hostile)).routes.offsite?.requests).toBe(1);
  });

  it('draws the same requests for `share` every time, and proxies the rest to the replica', async () => {
    const replica = await createSiteReplica({ postingsPerSite: 10 });
    const mixed = await createHostileServer({ proxyTo: replica.url, mode: 'not-found', share: 0.5 });
    try {
      const statuses = async () => {
        const out: number[] = [];
        for (let page = 1; page <= 20; page++) {
          const response = await fetch(`${mixed.url}/jumpit/api/positions?page=${page}`);
          await response.arrayBuffer();
          out.push(response.status);
        }
        return out;
      };
      const first = await statuses();
      expect(await statuses()).toEqual(first);
      expect(first).toContain(404);
      expect(first).toContain(200);
      const routes = (await settledStats(mixed)).routes;
      expect((routes['not-found']?.requests ?? 0) + (routes.proxy?.requests ?? 0)).toBe(40);
    } finally {
      await mixed.close();
      await replica.close();
    }
  });
});

const BODY_CASES: readonly { behaviour: HostileBehaviourName; code: 'body_too_large' | 'timeout' }[] = [
  { behaviour: 'oversized', code: 'body_too_large' },
  { behaviour: 'oversized-chunked', code: 'body_too_large' },
  { behaviour: 'endless', code: 'body_too_large' },
  { behaviour: 'gzip-bomb', code: 'body_too_large' },
  { behaviour: 'trickle', code: 'timeout' },
];

describe.each(SOURCES)('$name against bodies it must stop reading', (source) => {
  it.each(BODY_CASES)(
    '$behaviour: the run ends with $code, the client read at most the cap',
    async ({ behaviour, code }) => {
      hostile.resetStats();
      const http = hostileClient(code === 'timeout' ? SHORT_TIMEOUTS : {});
      const { items, result } = await collect(source.make(`${hostile.url}/${behaviour}`), http);
      const stats = await settledStats(hostile);
      const responses = stats.responses.filter((response) => response.route === behaviour);
      const client = http.stats(source.id);

      expect(items).toEqual([]);
      const codes = failureCodes(result);
      // A sitemap over the cap is cut there and read up to its last entry; the padding holds none.
      if (source.sitemap && code === 'body_too_large') {
        expect(result.warnings.join('\n')).toMatch(/larger than the body cap/);
        expect(result.counts.listed).toBe(0);
      } else {
        expect(result.status).toBe('error');
        expect([...codes]).toContain(code);
      }
      // Every request the client made reached the server, each once, or twice for a retried timeout.
      expect(responses.length).toBeGreaterThan(0);
      expect(stats.total).toBe(responses.length);
      expect(client.requests).toBe(responses.length);
      for (const [url, count] of countByUrl(responses)) expect(count, url).toBe(code === 'timeout' ? 2 : 1);
      // Nothing was read past the cap (plus the chunk that crossed it).
      expect(client.bodyBytes).toBeLessThanOrEqual(responses.length * (CAP + 256 * 1024));
      expect(stats.open).toBe(0);
      // The client hung up on every answer the server could have gone on writing; a ~1 MB bomb may be
      // written whole into the socket's buffers before the client stops inflating it.
      if (behaviour !== 'gzip-bomb')
        for (const response of responses) expect(response.closedByClient, response.url).toBe(true);
    },
  );
});

const REDIRECT_CASES: readonly {
  behaviour: HostileBehaviourName;
  codes: readonly ('offsite_url' | 'private_network')[];
}[] = [
  { behaviour: 'redirect-offsite', codes: ['offsite_url'] },
  // Another host and a metadata address at once: refused for either reason, never sent.
  { behaviour: 'redirect-metadata', codes: ['offsite_url', 'private_network'] },
  // The same host on another port is the same site, but not the origin the user gave: a private network.
  { behaviour: 'redirect-loopback', codes: ['private_network'] },
  { behaviour: 'redirect-loop', codes: ['offsite_url'] },
];

describe.each(SOURCES)('$name against redirects it must not follow', (source) => {
  it.each(REDIRECT_CASES)(
    '$behaviour: refused with $codes, nothing sent off the site',
    async ({ behaviour, codes }) => {
      hostile.resetStats();
      const http = hostileClient();
      const { items, result } = await collect(source.make(`${hostile.url}/${behaviour}`), http);
      const stats = await settledStats(hostile);
      const responses = stats.responses.filter((response) => response.route === behaviour);

      expect(items).toEqual([]);
      expect(result.status).toBe('error');
      expect(
        [...failureCodes(result)].filter((code) => (codes as readonly string[]).includes(code)),
      ).not.toEqual([]);
      expect(stats.routes.offsite).toBeUndefined();
      expect(stats.total).toBe(responses.length);
      // A loop is followed up to maxRedirects (5) hops after the first request, never retried; any other
      // refusal happens before the hop is sent.
      for (const [url, count] of countByUrl(responses))
        expect(count, url).toBe(behaviour === 'redirect-loop' ? 6 : 1);
      expect(http.stats(source.id).refused).toBeGreaterThan(0);
    },
  );
});

describe('saramin (Open API) against answers that echo its access key', () => {
  it.each([200, 400, 401, 429, 500] as const)(
    'echo %s: the run fails typed and the key appears nowhere',
    async (status) => {
      hostile.resetStats();
      const http = hostileClient();
      const run = saramin({ accessKey: SARAMIN_KEY, apiBaseUrl: `${hostile.url}/echo-${status}` }).collect({
        http,
      });
      const items: RawPosting[] = [];
      for await (const item of run) items.push(item);
      const result = await run.result;
      const stats = await settledStats(hostile);

      // The server did echo it: the test is meaningful only if the key went out and came back.
      expect(stats.routes[`echo-${status}`]?.requests).toBeGreaterThan(0);
      expect(stats.responses.every((response) => response.url.includes(SARAMIN_KEY))).toBe(true);
      expect(result.status).toBe('error');
      expect(result.error?.code).toBe(status === 200 ? 'parse_failed' : 'http_status');
      expect(inspect({ items, result }, { depth: 20 })).not.toContain(SARAMIN_KEY);
      expect(JSON.stringify(result)).not.toContain(SARAMIN_KEY);
    },
  );
});

describe('jsonLdJobPosting against sitemap floods', () => {
  let flood: HostileServer;
  beforeAll(async () => {
    flood = await createHostileServer({ sitemapUrls: 60_000, sitemapChildren: 60_000 });
  });
  afterAll(() => flood.close());

  const careers = (server: HostileServer, path: string) =>
    jsonLdJobPosting({ source: 'careers', sitemapUrl: `${server.url}${path}` });
  // A 60,000-entry flood is a few megabytes: the sitemap keeps its default cap (the protocol's 50 MB).
  const floodClient = () =>
    hostileClient({ maxBodyBytes: { list: CAP, detail: CAP, page: CAP, dictionary: CAP } });

  it('reads 50,000 of 60,000 entries (the protocol’s limit) and fetches no more pages than allowed', async () => {
    flood.resetStats();
    const http = floodClient();
    const { result } = await collect(careers(flood, '/sitemap-flood/sitemap.xml'), http, {
      maxDetailRequests: 10,
    });
    const stats = await settledStats(flood);

    expect(result.counts.listed).toBe(50_000);
    expect(result.warnings.join('\n')).toMatch(/more than 50000 entries/);
    expect(result.counts.deferred).toBe(50_000 - 10);
    // Every page it asked for answered 404: no detail merged, which is what makes the run partial.
    expect(result.status).toBe('partial');
    expect(stats.routes['sitemap-flood']?.requests).toBe(1);
    // The pages it did ask for are on the site (answered 404 here, so closed).
    expect(stats.routes['not-found']?.requests).toBe(10);
    expect(stats.total).toBe(11);
  });

  it('refuses every entry that points off the site, sending none of them', async () => {
    hostile.resetStats();
    const http = hostileClient();
    const { items, result } = await collect(careers(hostile, '/sitemap-offsite/sitemap.xml'), http);
    const stats = await settledStats(hostile);

    expect(items).toEqual([]);
    expect(result.counts.listed).toBe(40);
    const refused = result.quarantine.filter((entry) => entry.code === 'offsite_url');
    expect(refused).toHaveLength(40);
    expect(stats.routes.offsite).toBeUndefined();
    expect(stats.total).toBe(1);
    expect(http.stats('careers').refused).toBe(40);
  });

  it('refuses entries inside private networks: another host as off-site, the own host’s other port as private', async () => {
    hostile.resetStats();
    const http = hostileClient();
    const { items, result } = await collect(careers(hostile, '/sitemap-private/sitemap.xml'), http);
    const stats = await settledStats(hostile);

    expect(items).toEqual([]);
    expect(result.counts.listed).toBe(40);
    expect(result.quarantine).toHaveLength(40);
    for (const entry of result.quarantine) {
      const loopback = entry.url?.startsWith('http://127.0.0.1:5432/') === true;
      expect(entry.code, entry.url).toBe(loopback ? 'private_network' : 'offsite_url');
    }
    expect(result.quarantine.filter((entry) => entry.code === 'private_network')).toHaveLength(10);
    expect(stats.total).toBe(1);
  });

  it('reads an index of 1,000 floods child by child, no further than maxPages', async () => {
    hostile.resetStats();
    const http = hostileClient();
    const { result } = await collect(careers(hostile, '/sitemap-index-flood/index.xml'), http, {
      maxPages: 3,
      maxDetailRequests: 1,
    });
    const stats = await settledStats(hostile);

    expect(result.warnings.join('\n')).toMatch(/stopped after maxPages \(3\)/);
    expect(stats.routes['sitemap-index-flood']?.requests).toBe(1);
    expect(stats.routes['sitemap-flood']?.requests).toBe(2);
    // Both children list the same 40 pages.
    expect(result.counts.listed).toBe(40);
  });

  it('takes at most 50,000 children from an index of 60,000', async () => {
    flood.resetStats();
    const http = floodClient();
    const { result } = await collect(careers(flood, '/sitemap-index-flood/index.xml'), http, { maxPages: 1 });
    expect(result.warnings.join('\n')).toMatch(/index\.xml lists more than 50000 entries.*50000 were read/);
    expect((await settledStats(flood)).total).toBe(1);
  });

  it.each([
    ['/sitemap-index-offsite/index.xml', 'offsite_url'],
    ['/sitemap-index-private/index.xml', 'private_network'],
  ] as const)('refuses the children of %s (%s), reading none', async (path, code) => {
    hostile.resetStats();
    const http = hostileClient();
    const { result } = await collect(careers(hostile, path), http);
    const stats = await settledStats(hostile);

    expect([...failureCodes(result)]).toContain(code);
    expect(result.counts.listed).toBe(0);
    expect(stats.routes.offsite).toBeUndefined();
    expect(stats.total).toBe(1);
  });
});

describe('jumpit with a tenth of its details spoilt, the rest from the site replica', () => {
  it('collects every listed posting, quarantines each spoilt detail as body_too_large, and reads no body whole', async () => {
    const replica = await createSiteReplica({ postingsPerSite: { jumpit: 60 }, seed: 12 });
    const spoilt = await createHostileServer({
      proxyTo: replica.url,
      behave: (request) =>
        request.path.includes('/api/position/') && request.draw < 0.1
          ? request.draw < 0.05
            ? 'oversized-chunked'
            : 'endless'
          : undefined,
    });
    try {
      const http = hostileClient();
      const { items, result } = await collect(jumpit({ baseUrl: `${spoilt.url}/jumpit` }), http);
      const stats = await settledStats(spoilt);
      const bad = stats.responses.filter((response) => response.route !== 'proxy');

      expect(bad.length).toBeGreaterThan(0);
      expect(result.status).toBe('partial');
      expect(result.counts.listed).toBe(60);
      // A detail that failed still yields its list item.
      expect(items).toHaveLength(60);
      expect(result.counts.fetched).toBe(60 - bad.length);
      const tooLarge = result.quarantine.filter((entry) => entry.code === 'body_too_large');
      expect(tooLarge).toHaveLength(bad.length);
      for (const response of bad) expect(response.closedByClient, response.url).toBe(true);
      expect(stats.open).toBe(0);
    } finally {
      await spoilt.close();
      await replica.close();
    }
  });
});
