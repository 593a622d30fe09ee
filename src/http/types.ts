// What a request is and what the HTTP client answers, as data: sources, geocoders and commute routers
// describe requests this way and read answers this way, whatever sends them.

/** Query parameters; arrays repeat the key (`jobCategory=1&jobCategory=2`). */
export type SearchParams = Record<string, string | number | boolean | readonly (string | number)[]>;

/** One request, as data: crawlee's label routing without handler classes. */
export interface RequestSpec {
  /** What the response holds; the report counts requests by kind. */
  kind: 'list' | 'detail' | 'page' | 'sitemap' | 'dictionary';
  url: string;
  /** @default 'GET' */
  method?: 'GET' | 'POST';
  searchParams?: SearchParams;
  headers?: Record<string, string>;
  /** A form body (sent as application/x-www-form-urlencoded with POST). */
  form?: Record<string, string>;
  /** How to read the body: parsed JSON or text (HTML, XML). */
  responseType: 'json' | 'text';
  /** Render the page in a browser first (a page that builds its content client-side). */
  render?: boolean;
  /**
   * The URL whose content named this one (a sitemap entry, a link in a page). The request must then
   * stay on that URL's site (same scheme and host, ports ignored, or a host in `allowHosts`) and off
   * private networks. Absent for an origin the user gave, which is trusted.
   */
  from?: string;
  /** The most decompressed bytes read from this answer; over it, per `oversize`. @default the client's `maxBodyBytes` for `kind` */
  maxBodyBytes?: number;
  /**
   * What an answer over `maxBodyBytes` becomes: a {@link BodyTooLargeError}, or the body cut at the cap
   * with `HttpResponse.truncated` set (a sitemap read up to the protocol's limit).
   * @default 'fail'
   */
  oversize?: 'fail' | 'truncate';
}

/** What the HTTP client returns for a 2xx answer. */
export interface HttpResponse {
  status: number;
  /** The final URL, after redirects. */
  url: string;
  headers: Headers;
  /** Parsed JSON or text, per `RequestSpec.responseType`. */
  body: unknown;
  /** 1 when the first attempt succeeded. */
  attempts: number;
  /** True when the body was cut at `maxBodyBytes` (only with `oversize: 'truncate'`). */
  truncated?: boolean;
}

/** Per-source request counters the client keeps for run reports. */
export interface HttpStats {
  requests: number;
  retries: number;
  failures: number;
  /** Requests skipped because robots.txt disallows them. */
  robotsDenied: number;
  /** Total time spent waiting for the rate limit, ms. */
  throttledMs: number;
  /** Requests refused before sending: off the site they came from, or to a private network. */
  refused: number;
  /** Decompressed body bytes read, over every attempt. */
  bodyBytes: number;
}

/** The one HTTP client every source goes through: politeness, retries and robots.txt live here. */
export interface HttpClient {
  /**
   * Fetches `spec`. Retries 429/5xx/network errors/timeouts with backoff and `Retry-After`.
   * @throws {HttpStatusError} for a non-2xx answer after retries (with status and body), {RobotsDeniedError}
   * when robots.txt disallows the URL, {NetworkError}/{TimeoutError} when retries ran out, an AbortError
   * when `signal` aborts.
   */
  fetch(
    spec: RequestSpec,
    options: {
      source: string;
      signal?: AbortSignal;
      /** Called before each retry of this request, so a run can report progress on a shared client. */
      onRetry?(event: { url: string; attempt: number; reason: string }): void;
    },
  ): Promise<HttpResponse>;
  /** Counters per source id. */
  stats(source: string): HttpStats;
}
