// Servers that echo the secrets of each request back, for tests proving no key leaks: a Kakao Local API
// whose every failure quotes the Authorization header (in `errorType`, `message` and a field of its
// own), and a Saramin Open API whose 200 answer is unparseable text quoting the request URL and key.
// Real HTTP servers on 127.0.0.1, no mocks.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { sendJson, sendText, startTestServer, type TestServer } from './test-server.js';

/** The Kakao echo server; set `status` to the answer every call gets next. */
export interface KakaoEchoServer extends TestServer {
  /** 400, 401, 429 or 500: each answers the Kakao error shape with the Authorization header in it. */
  status: number;
}

/**
 * Returns a Kakao Local API that fails every call with `status`, echoing the Authorization header in
 * `errorType` (where a proxy's own error names it), `message` and `echo`; the status alone says what
 * kind of failure it is.
 */
export async function startKakaoEchoServer(status = 400): Promise<KakaoEchoServer> {
  const server = (await startTestServer((req, res) => {
    const authorization = String(req.headers.authorization ?? '');
    sendJson(res, server.status, {
      errorType: authorization,
      message: `wrong appKey(${authorization}) format`,
      echo: { authorization, url: req.url },
    });
  })) as KakaoEchoServer;
  server.status = status;
  return server;
}

/**
 * Returns a Saramin Open API whose `/job-search` answers 200 with a body that is no JSON: an upstream
 * error page quoting the request URL (as sent and decoded) and the `access-key` on its own.
 */
export function startSaraminEchoServer(): Promise<TestServer> {
  return startTestServer((req, res) => {
    const key = req.searchParams.get('access-key') ?? '';
    sendText(
      res,
      200,
      `<html>upstream failed for ${req.url} (${decodeURIComponent(req.url)}); your key was ${key}</html>`,
      { 'content-type': 'application/json; charset=utf-8' },
    );
  });
}

/** Every file under `dir`, recursively, as path and bytes (text files and SQLite databases alike). */
export async function readEveryFile(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const files: { path: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.push({ path, bytes: await readFile(path) });
  }
  return files;
}

/** The paths of the files under `dir` whose bytes hold any of `secrets` (as UTF-8 or UTF-16). */
export async function filesHolding(dir: string, secrets: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const { path, bytes } of await readEveryFile(dir)) {
    if (
      secrets.some((s) => bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le')))
    )
      found.push(path);
  }
  return found;
}

/** Everything an error shows: message, stack, own fields and causes, as `util.inspect` prints them. */
export function everythingOf(error: unknown): string {
  return `${inspect(error, { depth: 20, showHidden: true })}\n${JSON.stringify(error) ?? ''}`;
}
