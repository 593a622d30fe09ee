// Resolving a routing estimator's options once, at the boundary: the key, the origin and the HTTP
// client. The key is always passed: library code never reads the environment (the CLI and the pipeline
// do, and pass it on).

import { createHttpClient } from '../http/http-client.js';
import type { HttpClient } from '../http/types.js';
import { MissingOptionError } from '../model/errors/missing-option-error.js';
import { ValidationError } from '../model/errors/validation-error.js';
import type { CommuteRouterOptions } from './router-types.js';

/** The options of a routing estimator with every default applied. */
export interface ResolvedRouterOptions {
  apiKey: string;
  baseUrl: string;
  http: HttpClient;
  signal: AbortSignal | undefined;
  concurrency: number;
  routeNonDaily: boolean;
}

/** Who is being configured, for messages and defaults. */
export interface RouterDefaults {
  /** The factory's name, e.g. 'odsayCommute'. */
  factory: string;
  baseUrl: string;
}

/**
 * Returns the resolved options of a routing estimator.
 *
 * @throws {MissingOptionError} when no key is passed; {ValidationError} when
 * the key holds spaces or control characters (it goes into a header or a query string).
 */
export function resolveRouterOptions(
  options: CommuteRouterOptions & { apiKey?: string; baseUrl?: string },
  defaults: RouterDefaults,
): ResolvedRouterOptions {
  const apiKey = typeof options.apiKey === 'string' ? options.apiKey.trim() : '';
  if (!apiKey)
    throw new MissingOptionError({
      source: defaults.factory,
      option: 'apiKey',
      hint: `pass ${defaults.factory}({ apiKey }); offlineCommute() needs no key`,
    });
  if (/[\s\u0000-\u001f\u007f]/.test(apiKey))
    throw new ValidationError({
      what: `${defaults.factory} options`,
      issues: [{ path: ['apiKey'], message: 'contains spaces or control characters (value not shown)' }],
    });
  const wanted = options.concurrency ?? 4;
  const concurrency = Number.isFinite(wanted) && wanted >= 1 ? Math.floor(wanted) : 4;
  const http =
    options.http ??
    createHttpClient({
      // An API, not a site: robots.txt does not apply and cookies are not wanted.
      respectRobots: false,
      cookies: false,
      perHostRate: options.rate ?? 5,
      perHostConcurrency: concurrency,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    });
  return {
    apiKey,
    baseUrl: (options.baseUrl ?? defaults.baseUrl).replace(/\/+$/, ''),
    http,
    signal: options.signal,
    concurrency,
    routeNonDaily: options.routeNonDaily ?? false,
  };
}
