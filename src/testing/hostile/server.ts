import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback } from '../_loopback-server.js';
import { behaviourOf, pathBehaviour, routeName } from './behaviours.js';
import { formatOf } from './documents.js';
import { answerGzipBomb } from './gzip-bomb.js';
import { answerEcho, answerRedirect } from './misdirect-answers.js';
import { answerEndless, answerOversized, answerTrickle } from './padded-answers.js';
import { answerProxy } from './proxy.js';
import { Reply } from './reply.js';
import { answerSitemapFlood, answerSitemapIndexFlood } from './sitemap-floods.js';
import { HostileStatsCounter } from './stats.js';
import type {
  HostileBehaviour,
  HostileBehaviourLike,
  HostileRequest,
  HostileServer,
  HostileServerOptions,
} from './types.js';

const MiB = 1024 * 1024;

/** A number in [0, 1) from `seed` and `text` (FNV-1a, then mixed): the same inputs, the same number. */
function draw(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 12), 0x297a2d39) >>> 0;
  return ((hash ^ (hash >>> 15)) >>> 0) / 4294967296;
}

/** What answers one request: the behaviour, the name stats count it under, the path a proxy forwards. */
interface Decision {
  route: string;
  behaviour: HostileBehaviour | 'robots' | 'offsite';
  forwardPath: string;
}

/**
 * Starts a hostile server: a real HTTP server on 127.0.0.1 whose answers misbehave on demand, so a
 * client's caps, timeouts, site scope and secret scrubbing can be tested against the real thing. The
 * first path segment picks the behaviour (`/oversized/…`, `/endless/…`, `/trickle/…`, `/gzip-bomb/…`,
 * `/redirect-offsite/…`, `/echo-401/…`, `/sitemap-flood/…`, `/proxy/…`: every `HostileBehaviourName`);
 * any other path is answered per `behave`, then `mode` and `share`, then by the proxy to `proxyTo`. So one
 * server can be the `baseUrl` of every source: `mode: 'oversized'` answers all of a source's requests
 * oversized, and `{ proxyTo: replica.url, mode: ['oversized', 'endless'], share: 0.1 }` spoils a tenth
 * of a site replica's answers. It counts requests and bytes per route, and which answers the client
 * closed before their end.
 *
 * @example
 * const hostile = await createHostileServer({ mode: 'endless' });
 * const run = jumpit({ baseUrl: hostile.url }).collect({ http: createHttpClient({ maxBodyBytes: 1 << 20 }) });
 * for await (const _ of run);
 * await hostile.idle();
 * hostile.stats().routes.endless?.closedByClient; // every endless answer, cut off by the client
 * await hostile.close();
 */
export async function createHostileServer(options: HostileServerOptions = {}): Promise<HostileServer> {
  const seed = options.seed ?? 2026;
  const offsiteHost = (options.offsiteHost ?? 'localhost').toLowerCase();
  const modes: readonly HostileBehaviourLike[] = options.mode === undefined ? [] : [options.mode].flat();
  const share = options.share ?? 1;
  const stats = new HostileStatsCounter();
  let origin = '';
  let offsiteOrigin = '';
  let requests = 0;

  const decide = (req: IncomingMessage, url: URL): Decision => {
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (hostname === offsiteHost)
      return { route: 'offsite', behaviour: 'offsite', forwardPath: url.pathname };
    const selected = pathBehaviour(url.pathname);
    if (selected)
      return {
        route: routeName(selected.behaviour),
        behaviour: selected.behaviour,
        forwardPath: selected.rest,
      };
    const key = `${req.method ?? 'GET'} ${url.pathname}${url.search}`;
    const request: HostileRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      draw: draw(seed, key),
      number: requests,
    };
    const chosen = options.behave?.(request);
    if (chosen !== undefined) {
      const behaviour = behaviourOf(chosen);
      return { route: routeName(behaviour), behaviour, forwardPath: url.pathname };
    }
    if (url.pathname === '/robots.txt')
      return { route: 'robots', behaviour: 'robots', forwardPath: '/robots.txt' };
    if (modes.length > 0 && request.draw < share) {
      const behaviour = behaviourOf(modes[Math.floor(draw(seed + 1, key) * modes.length)]!);
      return { route: routeName(behaviour), behaviour, forwardPath: url.pathname };
    }
    const fallback: HostileBehaviour = options.proxyTo ? { kind: 'proxy' } : { kind: 'not-found' };
    return { route: routeName(fallback), behaviour: fallback, forwardPath: url.pathname };
  };

  const answer = async (req: IncomingMessage, reply: Reply, url: URL, decision: Decision): Promise<void> => {
    const { behaviour } = decision;
    if (behaviour === 'offsite') {
      reply.send(
        200,
        'application/json; charset=utf-8',
        '{"offsite":true,"message":"followed off its site"}',
      );
      return;
    }
    if (behaviour === 'robots') {
      if (options.proxyTo) return answerProxy(reply, req, options.proxyTo, '/robots.txt');
      reply.send(200, 'text/plain; charset=utf-8', 'User-agent: *\nAllow: /\n');
      return;
    }
    const format = 'format' in behaviour ? behaviour.format : undefined;
    switch (behaviour.kind) {
      case 'oversized':
        return answerOversized(
          reply,
          formatOf(format, url.pathname, req.headers),
          behaviour.bytes ?? options.oversizedBytes ?? 64 * MiB,
          behaviour.contentLength ?? true,
        );
      case 'endless':
        return answerEndless(reply, formatOf(format, url.pathname, req.headers));
      case 'trickle':
        return answerTrickle(
          reply,
          formatOf(format, url.pathname, req.headers),
          behaviour.intervalMs ?? options.trickleIntervalMs ?? 100,
        );
      case 'gzip-bomb':
        return answerGzipBomb(
          reply,
          formatOf(format, url.pathname, req.headers),
          behaviour.bytes ?? options.bombBytes ?? 1024 * MiB,
        );
      case 'redirect':
        return answerRedirect(reply, req, behaviour.to, { offsiteOrigin });
      case 'echo':
        return answerEcho(reply, req, behaviour.status);
      case 'sitemap':
        return answerSitemapFlood(
          reply,
          behaviour.urls ?? options.sitemapUrls ?? 60_000,
          behaviour.entries ?? 'site',
          {
            origin,
            offsiteOrigin,
          },
        );
      case 'sitemap-index':
        return answerSitemapIndexFlood(
          reply,
          behaviour.children ?? options.sitemapChildren ?? 1000,
          behaviour.entries ?? 'site',
          { origin, offsiteOrigin },
        );
      case 'proxy':
        if (options.proxyTo) return answerProxy(reply, req, options.proxyTo, decision.forwardPath);
        break;
      case 'not-found':
        break;
    }
    reply.send(404, 'application/json; charset=utf-8', '{"message":"not found"}');
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests++;
    const url = new URL(req.url ?? '/', origin);
    let decision: Decision;
    try {
      decision = decide(req, url);
    } catch {
      // A `behave` that throws is the test's bug: answer 500 and say so, never hang the client.
      decision = { route: 'behave-threw', behaviour: { kind: 'not-found' }, forwardPath: url.pathname };
    }
    const record = stats.begin({
      route: decision.route,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      host: req.headers.host ?? '',
    });
    const reply = new Reply(res, record, () => stats.settle());
    if (decision.route === 'behave-threw') {
      reply.send(500, 'text/plain; charset=utf-8', 'the hostile server’s behave() threw');
      return;
    }
    answer(req, reply, url, decision).catch(() => {
      // A hostile answer that fails halfway is a server bug; the client sees a dropped connection.
      if (reply.started) reply.abort();
      else reply.send(500, 'text/plain; charset=utf-8', 'hostile server error');
    });
  });
  origin = await listenOnLoopback(server, options.port);
  offsiteOrigin = origin.replace('127.0.0.1', offsiteHost);

  return {
    url: origin,
    offsiteUrl: offsiteOrigin,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    idle: () => stats.idle(),
    close: () => closeLoopback(server),
  };
}
