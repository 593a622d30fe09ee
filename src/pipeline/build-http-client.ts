// The run's one polite HTTP client from the config's `http` section: only the settings the user gave
// are passed on, so everything else keeps the client's own defaults.
import { createHttpClient, type PoliteHttpClient } from '../http/http-client.js';
import type { ResolvedPipelineConfig } from './config.js';

/**
 * Returns the HTTP client every source of a run shares.
 *
 * @example
 * const http = buildHttpClient({ perHostRate: 2, contact: 'data@example.kr' });
 */
export function buildHttpClient(http: ResolvedPipelineConfig['http']): PoliteHttpClient {
  return createHttpClient({
    ...(http.perHostRate ? { perHostRate: http.perHostRate } : {}),
    ...(http.perHostConcurrency ? { perHostConcurrency: http.perHostConcurrency } : {}),
    ...(http.concurrency ? { concurrency: http.concurrency } : {}),
    ...(http.timeoutMs ? { timeout: http.timeoutMs } : {}),
    ...(http.retries !== undefined ? { retry: http.retries } : {}),
    ...(http.respectRobots !== undefined ? { respectRobots: http.respectRobots } : {}),
    ...(http.contact ? { contact: http.contact } : {}),
  });
}
