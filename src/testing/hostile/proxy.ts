// The well-behaved part of a hostile server: a request forwarded to another origin (a site replica) and
// its answer streamed back as it comes, so most requests succeed while a share of them misbehave.
import { type IncomingMessage, request } from 'node:http';
import type { Reply } from './reply.js';

// Hop-by-hop headers belong to one connection, not to the message being forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

/**
 * Returns once `req` (as `path`, its query kept) is forwarded to `target` and the answer written back,
 * or the client hung up (the forwarded request is dropped then too). A target that cannot be reached
 * is a 502.
 */
export async function answerProxy(
  reply: Reply,
  req: IncomingMessage,
  target: string,
  path: string,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const url = new URL(path, target);
  url.search = new URL(req.url ?? '/', 'http://hostile.invalid').search;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined && name !== 'host' && !HOP_BY_HOP.has(name)) headers[name] = value;
  if (body.length > 0) headers['content-length'] = String(body.length);

  await new Promise<void>((resolve) => {
    const upstream = request(url, { method: req.method ?? 'GET', headers }, (answer) => {
      const out: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers))
        if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
      reply.head(answer.statusCode ?? 502, out);
      void (async () => {
        for await (const chunk of answer) {
          if (!(await reply.write(chunk as Buffer))) {
            answer.destroy();
            break;
          }
        }
        reply.end();
        resolve();
      })().catch(() => {
        // The origin dropped its answer halfway: the client sees the same.
        reply.abort();
        resolve();
      });
    });
    upstream.once('error', () => {
      if (reply.started) reply.abort();
      else reply.send(502, 'text/plain; charset=utf-8', `the proxied origin ${target} did not answer`);
      resolve();
    });
    reply.whenClosed(() => {
      upstream.destroy();
      resolve();
    });
    upstream.end(body);
  });
}
