// Where the crawler may go, against real servers on 127.0.0.1: content that leads off its site, redirects
// checked hop by hop (site, private network, robots.txt, count), schemes other than http(s), and honest
// errors when robots.txt cannot be reached. Host names such as a.test are answered by the client's
// `lookup` and sent to 127.0.0.1 by its `fetch`, so no request ever leaves the loopback network.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClientOptions } from '../../../src/http/http-client.js';
import type { RequestSpec } from '../../../src/http/types.js';
import { NetworkError } from '../../../src/model/errors/network-error.js';
import { OffsiteUrlError } from '../../../src/model/errors/offsite-url-error.js';
import { PrivateNetworkError } from '../../../src/model/errors/private-network-error.js';
import { RobotsDeniedError } from '../../../src/model/errors/robots-denied-error.js';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import { jsonLdJobPosting } from '../../../src/sources/json-ld/index.js';
import { jumpit } from '../../../src/sources/jumpit/index.js';
import type { Source, SourceResult } from '../../../src/sources/types.js';
import {
  sendJson,
  sendText,
  startTestServer,
  type TestHandler,
  type TestServer,
} from '../../helpers/test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: TestHandler, robots?: string | number): Promise<TestServer> {
  const server = await startTestServer(handler, robots === undefined ? {} : { robots });
  servers.push(server);
  return server;
}

const ok: TestHandler = (_req, res) => sendJson(res, 200, { ok: true });
const redirect =
  (location: string, status = 302): TestHandler =>
  (_req, res) => {
    res.writeHead(status, { location, 'content-length': 0 });
    res.end();
  };

/** Names the tests use for hosts; the client's lookup answers each with `addresses[name]`. */
const LOOPBACK_NAMES = ['a.test', 'b.test', 'inside.test'];

// Sends every request to 127.0.0.1 whatever host name the URL carries, and refuses anything else.
const onLoopback: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (LOOPBACK_NAMES.includes(url.hostname)) url.hostname = '127.0.0.1';
  if (url.hostname !== '127.0.0.1') throw new Error(`test fetch refuses ${url.href}: not on 127.0.0.1`);
  return fetch(url, init);
};

/** A client for the tests: no spacing, quick retries, names resolved from `addresses`, traffic on 127.0.0.1. */
function client(extra: HttpClientOptions = {}, addresses: Record<string, string> = {}) {
  const lookups: string[] = [];
  const http = createHttpClient({
    perHostRate: Number.POSITIVE_INFINITY,
    retry: { limit: 1, backoffMs: 1, maxBackoffMs: 2 },
    fetch: onLoopback,
    lookup: async (hostname) => {
      lookups.push(hostname);
      const address = addresses[hostname] ?? (LOOPBACK_NAMES.includes(hostname) ? '127.0.0.1' : undefined);
      if (!address) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return [{ address, family: address.includes(':') ? 6 : 4 }];
    },
    ...extra,
  });
  return { http, lookups };
}

const page = (url: string, extra: Partial<RequestSpec> = {}): RequestSpec => ({
  kind: 'page',
  url,
  responseType: 'text',
  ...extra,
});

const named = (url: string, from: string): RequestSpec => ({
  kind: 'detail',
  url,
  responseType: 'json',
  from,
});

const on = (name: string, server: TestServer, path: string) =>
  `http://${name}:${new URL(server.origin).port}${path}`;

describe('content stays on the site it came from', () => {
  it('refuses a sitemap entry on another site before anything reaches either server', async () => {
    const a = await serve(ok);
    const b = await serve(ok);
    const { http } = client();
    const error = await http
      .fetch(named(on('b.test', b, '/internal/admin'), on('a.test', a, '/sitemap.xml')), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffsiteUrlError);
    expect(error).toMatchObject({ code: 'offsite_url', reason: 'host', retryable: false });
    expect(b.requests).toHaveLength(0);
    expect(a.requests).toHaveLength(0);
    expect(http.stats('test')).toMatchObject({ refused: 1, requests: 0 });
  });

  it('follows a sitemap entry on the same site (another port of the same host) when it resolves publicly', async () => {
    const a = await serve(ok);
    const b = await serve(ok);
    const { http } = client({}, { 'a.test': '93.184.216.34' });
    const res = await http.fetch(named(on('a.test', b, '/job/1'), on('a.test', a, '/sitemap.xml')), {
      source: 'test',
    });
    expect(res.body).toEqual({ ok: true });
    expect(b.requestsTo('/job/1')).toHaveLength(1);
  });

  it('follows a host in allowHosts', async () => {
    const a = await serve(ok);
    const b = await serve(ok);
    const { http } = client({ allowHosts: ['B.test'] }, { 'b.test': '93.184.216.34' });
    await http.fetch(named(on('b.test', b, '/asset'), on('a.test', a, '/sitemap.xml')), { source: 'test' });
    expect(b.requestsTo('/asset')).toHaveLength(1);
  });

  it.each(['10.0.0.1', '169.254.169.254'])(
    'refuses content whose host resolves to %s, with no connection made',
    async (address) => {
      const a = await serve(ok);
      const b = await serve(ok);
      const { http, lookups } = client({}, { 'inside.test': address });
      const error = await http
        .fetch(named(on('inside.test', b, '/latest/meta-data/'), on('inside.test', a, '/sitemap.xml')), {
          source: 'test',
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PrivateNetworkError);
      expect(error).toMatchObject({ code: 'private_network', address });
      expect(lookups).toEqual(['inside.test']);
      expect(a.requests).toHaveLength(0);
      expect(b.requests).toHaveLength(0);
      expect(http.stats('test').refused).toBe(1);
    },
  );

  it('lets content into private networks with allowPrivateNetworks: true', async () => {
    const a = await serve(ok);
    const b = await serve(ok);
    const { http } = client({ allowPrivateNetworks: true }, { 'inside.test': '10.0.0.1' });
    const res = await http.fetch(
      named(on('inside.test', b, '/latest/meta-data/'), on('inside.test', a, '/sitemap.xml')),
      { source: 'test' },
    );
    expect(res.status).toBe(200);
    expect(b.requestsTo('/latest/meta-data/')).toHaveLength(1);
  });

  it('trusts content on the very origin the user set (a replica on 127.0.0.1), not another port of it', async () => {
    const replica = await serve(ok);
    const database = await serve(ok);
    const http = createHttpClient({ perHostRate: Number.POSITIVE_INFINITY });
    const sitemap = replica.url('/sitemap.xml');
    await expect(
      http.fetch(named(replica.url('/job/1'), sitemap), { source: 'test' }),
    ).resolves.toMatchObject({
      status: 200,
    });
    const error = await http
      .fetch(named(`http://127.0.0.1:${new URL(database.origin).port}/`, sitemap), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivateNetworkError);
    expect(error).toMatchObject({ address: '127.0.0.1' });
    expect(database.requests).toHaveLength(0);
  });

  it('lets a URL the user set reach 127.0.0.1 (trusted origins are never checked for private networks)', async () => {
    const server = await serve(ok);
    const { http, lookups } = client();
    await expect(http.fetch(page(server.url('/x')), { source: 'test' })).resolves.toMatchObject({
      status: 200,
    });
    await expect(http.fetch(page(on('a.test', server, '/y')), { source: 'test' })).resolves.toMatchObject({
      status: 200,
    });
    expect(lookups).toEqual([]);
  });
});

describe('work scheduled through the client (the browser renderer)', () => {
  it('is refused off the site its `from` names, and the task never runs', async () => {
    const a = await serve(ok);
    const b = await serve(ok);
    const { http } = client();
    let ran = 0;
    const task = async () => {
      ran++;
      return 'rendered';
    };
    const from = on('a.test', a, '/sitemap.xml');
    await expect(
      http.schedule(on('b.test', b, '/internal/admin'), { source: 'test', from }, task),
    ).rejects.toBeInstanceOf(OffsiteUrlError);
    await expect(http.schedule(on('a.test', a, '/jobs/1'), { source: 'test', from }, task)).resolves.toBe(
      'rendered',
    );
    expect(ran).toBe(1);
    expect(b.requests).toHaveLength(0);
  });
});

describe('schemes', () => {
  it.each(['data:text/html,<h1>hi</h1>', 'file:///etc/passwd', 'javascript:alert(1)', 'ftp://127.0.0.1/x'])(
    'refuses %s before sending, even with robots.txt off and from the user',
    async (url) => {
      const sent: string[] = [];
      const http = createHttpClient({
        respectRobots: false,
        fetch: (input, init) => {
          sent.push(String(input));
          return onLoopback(input, init);
        },
      });
      const error = await http.fetch(page(url), { source: 'test' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OffsiteUrlError);
      expect(error).toMatchObject({ reason: 'scheme' });
      expect(sent).toEqual([]);
      expect(http.stats('test')).toMatchObject({ refused: 1, requests: 0 });
    },
  );
});

describe('redirects, hop by hop', () => {
  it('follows a redirect on the site and reports the last hop as the URL', async () => {
    const server = await serve((req, res) =>
      req.pathname === '/old' ? redirect('/new', 301)(req, res) : sendText(res, 200, 'here'),
    );
    const { http } = client();
    const res = await http.fetch(page(server.url('/old')), { source: 'test' });
    expect(res).toMatchObject({ status: 200, body: 'here', url: server.url('/new'), attempts: 1 });
    expect(http.stats('test').requests).toBe(3); // robots.txt, /old, /new
  });

  it('refuses a 302 from A to B, and B gets no request', async () => {
    const b = await serve(ok);
    const a = await serve(redirect(on('b.test', b, '/internal/admin')));
    const { http } = client();
    const error = await http.fetch(page(on('a.test', a, '/go')), { source: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffsiteUrlError);
    expect(error).toMatchObject({ reason: 'host' });
    expect((error as OffsiteUrlError).from).toBe(on('a.test', a, '/go'));
    expect(b.requests).toHaveLength(0);
    expect(a.requestsTo('/go')).toHaveLength(1);
    expect(http.stats('test').refused).toBe(1);
  });

  it('follows a 302 to a host in allowHosts, and leaves keys behind on the other origin', async () => {
    const b = await serve(ok);
    const a = await serve(redirect(on('b.test', b, '/asset')));
    const { http } = client({ allowHosts: ['b.test'] }, { 'b.test': '93.184.216.34' });
    const res = await http.fetch(
      page(on('a.test', a, '/go'), {
        headers: { authorization: 'Bearer secret', 'x-api-key': 'k', accept: 'text/plain' },
      }),
      { source: 'test' },
    );
    expect(res.url).toBe(on('b.test', b, '/asset'));
    expect(a.requestsTo('/go')[0]?.headers.authorization).toBe('Bearer secret');
    const [hop] = b.requestsTo('/asset');
    expect(hop?.headers.authorization).toBeUndefined();
    expect(hop?.headers['x-api-key']).toBeUndefined();
    expect(hop?.headers.accept).toBe('text/plain');
  });

  it('refuses a redirect from a trusted origin to another port of its private host', async () => {
    const database = await serve(ok);
    const replica = await serve(redirect(`http://127.0.0.1:${new URL(database.origin).port}/`));
    const http = createHttpClient({ perHostRate: Number.POSITIVE_INFINITY });
    const error = await http.fetch(page(replica.url('/go')), { source: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivateNetworkError);
    expect(database.requests).toHaveLength(0);
  });

  it('refuses a redirect into a path robots.txt disallows, without requesting it', async () => {
    const server = await serve(
      (req, res) => (req.pathname === '/go' ? redirect('/private/x')(req, res) : ok(req, res)),
      'User-agent: *\nDisallow: /private\n',
    );
    const { http } = client();
    const error = await http.fetch(page(server.url('/go')), { source: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RobotsDeniedError);
    expect(error).toMatchObject({ reason: 'disallowed' });
    expect(server.requestsTo('/private/x')).toHaveLength(0);
    expect(http.stats('test').robotsDenied).toBe(1);
  });

  it('checks robots.txt of the origin a hop goes to', async () => {
    const b = await serve(ok, 'User-agent: *\nDisallow: /\n');
    const a = await serve(redirect(on('b.test', b, '/asset')));
    const { http } = client({ allowHosts: ['b.test'], allowPrivateNetworks: true });
    await expect(http.fetch(page(on('a.test', a, '/go')), { source: 'test' })).rejects.toBeInstanceOf(
      RobotsDeniedError,
    );
    expect(b.requestsTo('/robots.txt')).toHaveLength(1);
    expect(b.requestsTo('/asset')).toHaveLength(0);
  });

  it('stops a redirect loop after maxRedirects hops', async () => {
    const server = await serve(redirect('/loop'));
    const { http } = client({ maxRedirects: 3 });
    const error = await http.fetch(page(server.url('/loop')), { source: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffsiteUrlError);
    expect(error).toMatchObject({ reason: 'redirects' });
    expect(server.requestsTo('/loop')).toHaveLength(4); // the request and three hops
    expect(http.stats('test').refused).toBe(1);
  });

  it('refuses every redirect with maxRedirects: 0', async () => {
    const server = await serve((req, res) =>
      req.pathname === '/go' ? redirect('/there')(req, res) : ok(req, res),
    );
    const { http } = client({ maxRedirects: 0 });
    await expect(http.fetch(page(server.url('/go')), { source: 'test' })).rejects.toMatchObject({
      reason: 'redirects',
    });
    expect(server.requestsTo('/there')).toHaveLength(0);
  });

  it('refuses a redirect to a data: URL', async () => {
    const server = await serve(redirect('data:text/html,<h1>hi</h1>'));
    const { http } = client();
    await expect(http.fetch(page(server.url('/go')), { source: 'test' })).rejects.toMatchObject({
      code: 'offsite_url',
      reason: 'scheme',
    });
  });

  it('turns a redirected form POST into a GET without its form (303)', async () => {
    const server = await serve((req, res) =>
      req.pathname === '/login' ? redirect('/home', 303)(req, res) : sendText(res, 200, req.method),
    );
    const { http } = client();
    const res = await http.fetch(page(server.url('/login'), { form: { user: 'me' } }), { source: 'test' });
    expect(res.body).toBe('GET');
    expect(server.requestsTo('/login')[0]).toMatchObject({ method: 'POST', body: 'user=me' });
    expect(server.requestsTo('/home')[0]).toMatchObject({ method: 'GET', body: '' });
  });

  it('starts a retry from the original URL', async () => {
    let finals = 0;
    const server = await serve((req, res) => {
      if (req.pathname === '/start') return redirect('/final')(req, res);
      finals++;
      return finals === 1 ? sendText(res, 503, 'busy') : sendText(res, 200, 'done');
    });
    const { http } = client();
    const res = await http.fetch(page(server.url('/start')), { source: 'test' });
    expect(res).toMatchObject({ body: 'done', attempts: 2, url: server.url('/final') });
    expect(server.requests.filter((r) => r.pathname !== '/robots.txt').map((r) => r.pathname)).toEqual([
      '/start',
      '/final',
      '/start',
      '/final',
    ]);
  });
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('robots.txt that cannot be read', () => {
  it('fails with the network error itself, not a robots.txt refusal, when nothing answers', async () => {
    const port = await closedPort();
    const { http } = client();
    const error = await http
      .fetch(page(`http://127.0.0.1:${port}/jobs`), { source: 'test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).not.toContain('respectRobots');
    expect(http.stats('test')).toMatchObject({ robotsDenied: 0, failures: 1 });
  });

  it('says which status a failing robots.txt answered, and disallows all (RFC 9309)', async () => {
    const server = await serve(ok, 503);
    const { http } = client();
    const error = await http.fetch(page(server.url('/jobs')), { source: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RobotsDeniedError);
    expect(error).toMatchObject({ reason: 'unreachable' });
    expect((error as Error).message).toContain(`${server.origin}/robots.txt answered status 503`);
    expect(server.requestsTo('/jobs')).toHaveLength(0);
  });
});

async function drain(source: Source, http: ReturnType<typeof createHttpClient>) {
  const run = source.collect({ http });
  const items: RawPosting[] = [];
  for await (const item of run) items.push(item);
  const result: SourceResult = await run.result;
  return { items, result };
}

const occurrences = (texts: readonly string[], needle: string) =>
  texts.reduce((count, text) => count + text.split(needle).length - 1, 0);

describe('collect', () => {
  it('quarantines sitemap entries off the site or inside the network, and reads the rest', async () => {
    const b = await serve(ok);
    const a = await serve((req, res) => {
      if (req.pathname === '/sitemap.xml') {
        const locs = [
          a.url('/jobs/1'),
          on('b.test', b, '/internal/admin'),
          `http://127.0.0.1:${new URL(b.origin).port}/admin`,
        ];
        const entries = locs.map((loc) => `<url><loc>${loc}</loc></url>`).join('');
        return sendText(
          res,
          200,
          `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>`,
          {
            'content-type': 'application/xml',
          },
        );
      }
      const posting = {
        '@type': 'JobPosting',
        title: '백엔드 개발자',
        hiringOrganization: { name: '가온랩스' },
      };
      return sendText(res, 200, `<script type="application/ld+json">${JSON.stringify(posting)}</script>`);
    });
    const { http } = client();
    const { items, result } = await drain(jsonLdJobPosting({ sitemapUrl: a.url('/sitemap.xml') }), http);

    expect(items.map((item) => item.title)).toEqual(['백엔드 개발자']);
    const refused = result.quarantine.map((entry) => ({ code: entry.code, url: entry.url }));
    expect(refused).toEqual([
      { code: 'offsite_url', url: on('b.test', b, '/internal/admin') },
      { code: 'private_network', url: `http://127.0.0.1:${new URL(b.origin).port}/admin` },
    ]);
    // The listed item is kept, never a body.
    expect(result.quarantine[0]?.raw).toMatchObject({ url: on('b.test', b, '/internal/admin') });
    expect(result.counts).toMatchObject({ quarantined: 2, failedRequests: 2, emitted: 1 });
    expect(result.status).toBe('partial');
    expect(b.requests).toHaveLength(0);
    expect(http.stats('jsonld').refused).toBe(2);
  });

  it('quarantines a child sitemap on another site (a list page), and B gets no request', async () => {
    const b = await serve(ok);
    const a = await serve((_req, res) =>
      sendText(
        res,
        200,
        `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${on('b.test', b, '/sitemap.xml')}</loc></sitemap></sitemapindex>`,
        { 'content-type': 'application/xml' },
      ),
    );
    const { http } = client();
    const { result } = await drain(jsonLdJobPosting({ sitemapUrl: a.url('/index.xml') }), http);
    expect(result.quarantine).toMatchObject([
      {
        code: 'offsite_url',
        url: on('b.test', b, '/sitemap.xml'),
        raw: { kind: 'sitemap', from: a.url('/index.xml') },
      },
    ]);
    expect(b.requests).toHaveLength(0);
  });

  it('reports a site that cannot be reached once, with the network error, not robots.txt', async () => {
    const port = await closedPort();
    const { http } = client();
    const { result } = await drain(jumpit({ baseUrl: `http://127.0.0.1:${port}/jumpit` }), http);
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ code: 'network' });
    const message = result.error?.message ?? '';
    expect(message).toContain('ECONNREFUSED');
    expect(occurrences([...result.warnings, message], 'ECONNREFUSED')).toBe(1);
    expect(occurrences([...result.warnings, message], 'respectRobots')).toBe(0);
  });

  it('warns once for many requests that fail the same way, with their count', async () => {
    const port = await closedPort();
    const { http } = client();
    const urls = [1, 2, 3].map((i) => `http://127.0.0.1:${port}/jobs/${i}`);
    const { result } = await drain(jsonLdJobPosting({ urls }), http);
    expect(result.counts.failedRequests).toBe(3);
    expect(occurrences(result.warnings, 'ECONNREFUSED')).toBe(1);
    expect(result.warnings.join('\n')).toContain('(and 2 more requests failed the same way)');
  });
});
