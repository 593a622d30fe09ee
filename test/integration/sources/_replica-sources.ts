// Every adapter pointed at one site replica, plus a helper that drains a source run.
import type { RawPosting } from '../../../src/model/raw-posting.js';
import {
  type CollectOptions,
  createHttpClient,
  type HttpClientOptions,
  jobkorea,
  jsonLdJobPosting,
  jumpit,
  programmers,
  type Source,
  type SourceResult,
  saramin,
  wanted,
} from '../../../src/sources/index.js';
import type { SiteName, SiteReplica } from '../../../src/testing/index.js';

/** The adapters of each replica site, configured for it (Saramin through its HTML pages). */
export function replicaSources(replica: SiteReplica): Record<SiteName, Source> {
  const { baseUrls } = replica;
  return {
    jumpit: jumpit({ baseUrl: baseUrls.jumpit }),
    wanted: wanted({ baseUrl: baseUrls.wanted, staticBaseUrl: baseUrls.wantedStatic }),
    programmers: programmers({ baseUrl: baseUrls.programmers }),
    saramin: saramin({ baseUrl: baseUrls.saramin, keywords: [''] }),
    jobkorea: jobkorea({ baseUrl: baseUrls.jobkorea, keywords: [''] }),
    careers: jsonLdJobPosting({ source: 'careers', sitemapUrl: `${baseUrls.careers}/sitemap.xml` }),
  };
}

/** A client fast enough for tests against 127.0.0.1: every source shares the replica's one host. */
export function replicaClient(options: HttpClientOptions = {}) {
  return createHttpClient({
    perHostRate: 2000,
    perHostConcurrency: 16,
    concurrency: 32,
    retry: { limit: 4, backoffMs: 10, maxBackoffMs: 100 },
    timeout: 3000,
    ...options,
  });
}

/** Drains a run: every posting yielded, and the run's report. */
export async function drain(
  source: Source,
  options: CollectOptions,
): Promise<{ items: RawPosting[]; result: SourceResult }> {
  const run = source.collect(options);
  const items: RawPosting[] = [];
  for await (const item of run) items.push(item);
  return { items, result: await run.result, ...{ commit: run.commit } };
}
