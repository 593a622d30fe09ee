import { PREFIX_SITES, SITE_PREFIXES } from './prefixes.js';
import {
  html,
  json,
  type ReplicaRequest,
  type RouteContext,
  type RouteMatch,
  type SiteRouter,
} from './route.js';
import { careersRoutes } from './routes/careers.js';
import { jobkoreaRoutes } from './routes/jobkorea.js';
import { jumpitRoutes } from './routes/jumpit.js';
import { programmersRoutes } from './routes/programmers.js';
import { robotsTxt } from './routes/robots.js';
import { saraminApiRoutes, saraminRoutes } from './routes/saramin.js';
import { wantedRoutes, wantedStaticRoutes } from './routes/wanted.js';
import type { SiteReplica } from './types.js';

const ROUTERS: Readonly<Record<keyof SiteReplica['baseUrls'], SiteRouter>> = {
  jumpit: jumpitRoutes,
  wanted: wantedRoutes,
  wantedStatic: wantedStaticRoutes,
  programmers: programmersRoutes,
  saraminApi: saraminApiRoutes,
  saramin: saraminRoutes,
  jobkorea: jobkoreaRoutes,
  careers: careersRoutes,
};

// Longest prefix first: '/wanted-static' before '/wanted', '/saramin-api' before '/saramin'.
const BY_PREFIX = (Object.keys(SITE_PREFIXES) as (keyof typeof SITE_PREFIXES)[]).sort(
  (a, b) => SITE_PREFIXES[b].length - SITE_PREFIXES[a].length,
);

/**
 * Returns the route for a request on the replica's origin: `/robots.txt`, a site route, the
 * disallowed `/private/` area of a site (served, so a test can see a crawler that ignored robots.txt),
 * or an unknown path (404).
 */
export function routeRequest(
  method: string,
  pathname: string,
  query: URLSearchParams,
  form: URLSearchParams,
  context: RouteContext,
): RouteMatch {
  if (pathname === '/robots.txt') {
    return {
      site: 'robots',
      kind: 'robots',
      format: 'text',
      handle: () => ({ status: 200, body: robotsTxt(context), contentType: 'text/plain; charset=utf-8' }),
    };
  }
  for (const key of BY_PREFIX) {
    const prefix = SITE_PREFIXES[key];
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) continue;
    const site = PREFIX_SITES[key];
    const path = pathname.slice(prefix.length) || '/';
    if (path.startsWith('/private/')) {
      return { site, kind: `${site}:private`, format: 'html', handle: () => html(200, '<p>private</p>') };
    }
    const request: ReplicaRequest = { method, path, query, form };
    const match = ROUTERS[key](request, context);
    if (match) return match;
    break;
  }
  return {
    site: 'unknown',
    kind: 'unknown',
    format: 'json',
    handle: () => json(404, { message: 'not found' }),
  };
}
