import type { ReplicaState } from './state.js';
import type { SiteName } from './types.js';

/** One request as routes see it: the path after the site's prefix, query and form parameters. */
export interface ReplicaRequest {
  method: string;
  /** The real site's path, e.g. '/api/positions' for '/jumpit/api/positions'. */
  path: string;
  query: URLSearchParams;
  /** A POSTed `application/x-www-form-urlencoded` body (empty otherwise). */
  form: URLSearchParams;
}

/** What a route answers. */
export interface ReplicaResponse {
  status: number;
  body: string;
  contentType: string;
  headers?: Record<string, string>;
}

/** The body format of a route, which decides what an injected 'garbage' body looks like. */
export type RouteFormat = 'json' | 'html' | 'xml' | 'text';

/** A matched route: what it is (for stats and faults) and how to answer it. */
export interface RouteMatch {
  site: SiteName | 'robots' | 'unknown';
  /** For stats: 'jumpit:list', 'wanted:detail'… */
  kind: string;
  format: RouteFormat;
  handle(): ReplicaResponse;
}

/** What every route may read. */
export interface RouteContext {
  state: ReplicaState;
  /** 'http://127.0.0.1:PORT'. */
  origin: string;
  today: string;
  saraminAccessKey: string;
  crawlDelay: number | undefined;
  /** True when the site's markup is "redesigned" (faults.changedMarkup). */
  redesigned(site: SiteName): boolean;
}

/** A site's router: a match for its prefix-less path, or undefined. */
export type SiteRouter = (request: ReplicaRequest, context: RouteContext) => RouteMatch | undefined;

/** Returns a JSON response. */
export function json(status: number, value: unknown, headers?: Record<string, string>): ReplicaResponse {
  return {
    status,
    body: JSON.stringify(value),
    contentType: 'application/json; charset=utf-8',
    ...(headers ? { headers } : {}),
  };
}

/** Returns an HTML response. */
export function html(status: number, body: string): ReplicaResponse {
  return { status, body, contentType: 'text/html; charset=utf-8' };
}

/**
 * Returns a non-negative integer parameter, else `fallback` (the sites ignore junk rather than fail).
 *
 * @example intParam(new URLSearchParams('page=3'), 'page', 1) // 3
 */
export function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const value = Number.parseInt(query.get(name) ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Returns every value of a repeatable parameter, accepting `key`, `key[]` and `key[0]` spellings and
 * comma lists.
 *
 * @example listParam(new URLSearchParams('job_ids=1&job_ids=2'), 'job_ids') // ['1', '2']
 */
export function listParam(query: URLSearchParams, name: string): string[] {
  const values: string[] = [];
  for (const [key, value] of query) {
    if (key === name || key === `${name}[]` || (key.startsWith(`${name}[`) && key.endsWith(']')))
      values.push(...value.split(',').filter(Boolean));
  }
  return values;
}

/** Returns the numeric id at the end of a path segment match, or undefined. */
export function idOf(match: RegExpMatchArray | null): number | undefined {
  const id = Number(match?.[1]);
  return Number.isSafeInteger(id) ? id : undefined;
}
