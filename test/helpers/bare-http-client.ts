// A bare HttpClient a caller might bring to a geocoder or a commute router: plain fetch, the answer's
// body in the error as sent, no scrubbing of its own — so a test sees whether the component itself
// keeps a key the server echoes out of what it returns and throws.
import type { HttpClient } from '../../src/http/types.js';
import { buildUrl } from '../../src/http/url.js';
import { HttpStatusError } from '../../src/model/index.js';

/** Returns an HttpClient that sends GETs with plain fetch and never scrubs anything. */
export function bareHttpClient(): HttpClient {
  return {
    async fetch(spec, options) {
      const url = buildUrl(spec.url, spec.searchParams);
      const res = await fetch(url, { headers: spec.headers ?? {} });
      const body: unknown = await res.json();
      if (!res.ok)
        throw new HttpStatusError({
          source: options.source,
          url: url.href,
          method: 'GET',
          status: res.status,
          body,
        });
      return { status: res.status, url: url.href, headers: res.headers, body, attempts: 1 };
    },
    stats: () => ({
      requests: 0,
      retries: 0,
      failures: 0,
      robotsDenied: 0,
      throttledMs: 0,
      refused: 0,
      bodyBytes: 0,
    }),
  };
}
