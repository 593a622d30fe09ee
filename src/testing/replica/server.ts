import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { kstDateOfDay, kstDayNumber } from '../../model/kst.js';
import { closeLoopback, listenOnLoopback, PendingTimers } from '../_loopback-server.js';
import { errorResponse, garbageResponse } from './fault-responses.js';
import { FaultInjector } from './faults.js';
import { SITE_PREFIXES } from './prefixes.js';
import { RateLimiter } from './rate-limit.js';
import type { ReplicaResponse, RouteContext } from './route.js';
import { routeRequest } from './router.js';
import { ReplicaState } from './state.js';
import { StatsCounter } from './stats.js';
import { SITE_NAMES, type SiteName, type SiteReplica, type SiteReplicaOptions } from './types.js';

function counts(option: SiteReplicaOptions['postingsPerSite']): Record<SiteName, number> {
  const out = {} as Record<SiteName, number>;
  for (const site of SITE_NAMES) out[site] = typeof option === 'number' ? option : (option?.[site] ?? 200);
  return out;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  if (request.method !== 'POST') return new URLSearchParams();
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, response: ReplicaResponse): void {
  const body = Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, {
    'content-type': response.contentType,
    'content-length': String(body.length),
    ...response.headers,
  });
  res.end(body);
}

/**
 * Starts the site replica: a real HTTP server on 127.0.0.1 that serves every adapter's list and detail
 * endpoints in the sites' real shapes, from deterministic synthetic postings, with faults, a rate limit
 * and mutations between runs on demand. Each site lives under its prefix (`/jumpit/api/positions`…).
 *
 * @example
 * const replica = await createSiteReplica({ postingsPerSite: 50, faults: { rate: 0.2 } });
 * const body = await (await fetch(`${replica.baseUrls.jumpit}/api/positions?page=1`)).json();
 * await replica.close();
 */
export async function createSiteReplica(options: SiteReplicaOptions = {}): Promise<SiteReplica> {
  const seed = options.seed ?? 2026;
  // Dated to the day it runs, so a run on the real clock sees postings as fresh as a live site's; tests
  // that compare dates pass a fixed day.
  const today = options.today ?? kstDateOfDay(kstDayNumber(Date.now()));
  const state = new ReplicaState(counts(options.postingsPerSite), seed, today, options.crossPosted);
  const faults = new FaultInjector(options.faults ?? {}, seed);
  const limiter = new RateLimiter();
  const stats = new StatsCounter();
  const timers = new PendingTimers();
  const context: RouteContext = {
    state,
    origin: '',
    today,
    saraminAccessKey: options.saraminAccessKey ?? 'replica-key',
    crawlDelay: options.crawlDelay,
    redesigned: (site) => faults.settings.changedMarkup?.includes(site) ?? false,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', context.origin);
    const method = req.method ?? 'GET';
    const form = await readForm(req);
    const route = routeRequest(method, url.pathname, url.searchParams, form, context);
    stats.request(route.kind, route.site);
    const settings = faults.settings;
    const limit = settings.rateLimit;
    let decision: string | undefined;
    if (route.site !== 'robots' && limit && !limiter.allow(limit.perSecond, Date.now()))
      decision = 'rateLimit';
    // A form body is part of what identifies a POST (view-ajax differs only by rec_idx).
    decision ??= faults.decide(
      route.site,
      `${method} ${url.pathname}${url.search}${form.size > 0 ? `#${form}` : ''}`,
    );
    if (decision) stats.fault(decision);
    const respond = () => {
      if (decision === 'timeout') {
        stats.status(0);
        timers.later(settings.hangMs ?? 5000, () => req.socket.destroy());
        return;
      }
      if (decision === 'truncated') {
        const whole = route.handle();
        const full = Buffer.from(whole.body, 'utf8');
        stats.status(whole.status);
        res.writeHead(whole.status, {
          'content-type': whole.contentType,
          'content-length': String(full.length),
        });
        res.write(full.subarray(0, Math.floor(full.length / 2)), () => req.socket.destroy());
        return;
      }
      const response =
        decision === 'rateLimit'
          ? errorResponse(429, route.format, limit?.retryAfterSeconds ?? 1)
          : decision === '429'
            ? errorResponse(429, route.format, settings.retryAfterSeconds ?? 1)
            : decision === '500'
              ? errorResponse(500, route.format)
              : decision === '503' || decision === 'down'
                ? errorResponse(503, route.format)
                : decision === 'garbage'
                  ? garbageResponse(route.format)
                  : route.handle();
      stats.status(response.status);
      send(res, response);
    };
    const latency = settings.latencyMs ?? 0;
    if (latency > 0) timers.later(latency, respond);
    else respond();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A route that throws is a replica bug: answer 500 and say so, never hang the client.
      if (!res.headersSent) send(res, errorResponse(500, 'json'));
      else res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  const url = await listenOnLoopback(server, options.port);
  context.origin = url;
  const baseUrls = Object.fromEntries(
    Object.entries(SITE_PREFIXES).map(([key, prefix]) => [key, `${url}${prefix}`]),
  ) as SiteReplica['baseUrls'];

  return {
    url,
    baseUrls,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    setFaults: (next) => faults.set(next),
    mutate: (mutation) => state.mutate(mutation),
    postings: (site) => state.live(site),
    closedPostings: (site) => state.closed(site),
    close: () => closeLoopback(server, timers),
  };
}
