// A real HTTP server on 127.0.0.1 for tests of the crawler core: it records every request and answers
// through a handler the test writes. No network mocks.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. '/api/positions?page=2'. */
  url: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Answers one request; `req` is recorded before the handler runs. */
export type TestHandler = (req: RecordedRequest, res: ServerResponse) => void | Promise<void>;

/** A running test server. */
export interface TestServer {
  /** 'http://127.0.0.1:<port>' */
  origin: string;
  /** Host as the client keys it: '127.0.0.1:<port>'. */
  host: string;
  url(path: string): string;
  requests: RecordedRequest[];
  /** The recorded requests whose pathname is `pathname`. */
  requestsTo(pathname: string): RecordedRequest[];
  close(): Promise<void>;
}

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  /** The robots.txt answer: its text, or a status code. @default 404 (allow all) */
  robots?: string | number;
}

/**
 * Returns a started server on an ephemeral port of 127.0.0.1. `/robots.txt` is answered per
 * `options.robots` unless the handler wants it (pass robots: 'handler').
 */
export async function startTestServer(
  handler: TestHandler,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      pathname: url.pathname,
      searchParams: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(recorded);
    try {
      if (recorded.pathname === '/robots.txt' && options.robots !== 'handler') {
        const robots = options.robots ?? 404;
        if (typeof robots === 'number') sendText(res, robots, 'no robots here');
        else sendText(res, 200, robots);
        return;
      }
      await handler(recorded, res);
    } catch (error) {
      if (!res.headersSent) sendText(res, 599, `test handler threw: ${String(error)}`);
      else res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    host: `127.0.0.1:${port}`,
    url: (path) => `${origin}${path}`,
    requests,
    requestsTo: (pathname) => requests.filter((r) => r.pathname === pathname),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Returns nothing; answers with JSON. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Returns nothing; answers with text (HTML by default). */
export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Returns a promise that resolves after `ms` (for handlers that answer late). */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
