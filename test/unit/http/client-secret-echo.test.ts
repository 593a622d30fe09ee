// The HTTP client on its own (no pipeline): a server that echoes the secrets of each request (the
// Authorization token, an API-key header, a key-like query parameter, a login password) back in error
// bodies, unreadable 200 bodies and text answers never gets one to the caller — not in a thrown error's
// message, body or cause, nor in a body read. Values a site or adapter chose that look like ordinary
// text (a query `key=java`, a cookie `consent=true`) are left alone.
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/http/http-client.js';
import { requestSecrets } from '../../../src/http/request-secrets.js';
import type { RequestSpec } from '../../../src/http/types.js';
import { BodyParseError, HttpStatusError } from '../../../src/model/index.js';
import { everythingOf } from '../../helpers/secret-echo-servers.js';
import { sendJson, sendText, startTestServer, type TestServer } from '../../helpers/test-server.js';

const TOKEN = 'bearer-canary-TOKEN-1234';
const API_KEY = 'apikey-canary-KEY-5678';
const ACCESS_KEY = 'access-canary-KEY-9012';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server that repeats the request's headers and URL in every answer, with `status`. */
async function echoServer(status: number, type = 'application/json'): Promise<TestServer> {
  const server = await startTestServer((req, res) => {
    const said = `${req.url} ${JSON.stringify(req.headers)} ${req.body} ${decodeURIComponent(req.url)}`;
    if (type === 'application/json' && status !== 200) sendJson(res, status, { errorType: said, said });
    else sendText(res, status, `<p>${said}</p>`, { 'content-type': type });
  });
  servers.push(server);
  return server;
}

const client = () =>
  createHttpClient({
    respectRobots: false,
    cookies: false,
    retry: { limit: 1, backoffMs: 1, maxBackoffMs: 2 },
  });

function spec(server: TestServer, extra: Partial<RequestSpec> = {}): RequestSpec {
  return {
    kind: 'list',
    url: server.url('/api'),
    searchParams: { 'access-key': ACCESS_KEY, page: 1 },
    headers: { Authorization: `Bearer ${TOKEN}`, 'X-Api-Key': API_KEY },
    responseType: 'json',
    ...extra,
  };
}

async function thrown(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const ANY = new RegExp([TOKEN, API_KEY, ACCESS_KEY].join('|'));

describe('createHttpClient against a server echoing what it was sent', () => {
  it.each([400, 401, 429, 500])(
    '%i: the HttpStatusError holds no secret, in its body or anywhere',
    async (status) => {
      const server = await echoServer(status);
      const error = await thrown(client().fetch(spec(server), { source: 'echo' }));
      expect(error).toBeInstanceOf(HttpStatusError);
      expect((error as HttpStatusError).status).toBe(status);
      expect(JSON.stringify((error as HttpStatusError).body)).toContain('***');
      expect(everythingOf(error)).not.toMatch(ANY);
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    },
  );

  it('a 200 whose body is no JSON: the BodyParseError (body, reason, cause) holds no secret', async () => {
    const server = await echoServer(200);
    const error = await thrown(client().fetch(spec(server), { source: 'echo' }));
    expect(error).toBeInstanceOf(BodyParseError);
    expect((error as BodyParseError).body).toContain('access-key=***');
    expect(everythingOf(error)).not.toMatch(ANY);
  });

  it('a text answer that repeats the secrets is read with them masked', async () => {
    const server = await echoServer(200, 'text/html');
    const res = await client().fetch(spec(server, { responseType: 'text' }), { source: 'echo' });
    expect(String(res.body)).toContain('"authorization":"***"');
    expect(String(res.body)).not.toMatch(ANY);
  });

  it('a login password sent in a form is masked when the site repeats it', async () => {
    const server = await echoServer(403);
    const error = await thrown(
      client().fetch(
        spec(server, {
          method: 'POST',
          form: { user: 'me', password: 'login-canary-PASS-3456' },
          headers: {},
        }),
        { source: 'echo' },
      ),
    );
    expect(everythingOf(error)).not.toContain('login-canary-PASS-3456');
  });

  it('leaves ordinary values alone: a query key=java, a cookie consent=true', async () => {
    const server = await startTestServer((_req, res) => sendJson(res, 200, { q: 'java', ok: true }));
    servers.push(server);
    const res = await client().fetch(
      {
        kind: 'list',
        url: server.url('/s'),
        searchParams: { key: 'java' },
        headers: { Cookie: 'consent=true' },
        responseType: 'json',
      },
      { source: 'echo' },
    );
    expect(res.body).toEqual({ q: 'java', ok: true });
  });
});

describe('requestSecrets', () => {
  const url = new URL('https://api.example.com/x?access-key=abc123def456&token=short&key=java&page=2');

  it('reads authenticating headers, their tokens, key-like parameters and passwords', () => {
    const basic = Buffer.from('user:basic-pass-99').toString('base64');
    expect(
      requestSecrets(
        {
          kind: 'list',
          url: url.href,
          headers: {
            Authorization: 'KakaoAK kakao-0123',
            'Proxy-Authorization': `Basic ${basic}`,
            'X-Auth-Token': 'header-token-1',
            Accept: 'application/json',
          },
          form: { password: 'form-pass-1234', pw: 'short', name: 'someone-long-name' },
          responseType: 'json',
        },
        url,
        'SID=sess1on0id9xyz; lang=ko; consent=true',
      ),
    ).toEqual([
      'KakaoAK kakao-0123',
      'kakao-0123',
      `Basic ${basic}`,
      basic,
      'basic-pass-99',
      'header-token-1',
      'sess1on0id9xyz',
      'abc123def456',
      'form-pass-1234',
    ]);
  });
});
