// The options, behaviours and handle of the hostile server (see server.ts).
import type { IncomingHttpHeaders } from 'node:http';

/** What a body pretends to be: its first bytes, its padding and its Content-Type. */
export type HostileFormat = 'json' | 'html' | 'xml';

/** Where sitemap entries (or an index's children) point. */
export type HostileEntries = 'site' | 'offsite' | 'private';

/** The status an echo answers with: 200 (a body that is not JSON) or a Kakao-shaped JSON error. */
export type HostileEchoStatus = 200 | 400 | 401 | 429 | 500;

/**
 * One way of answering a request. Every field past `kind` has a default in {@link HostileServerOptions};
 * `format` defaults to the path's extension (.json, .html, .xml), then the request's Accept header.
 */
export type HostileBehaviour =
  /** 200 with a valid-looking start, then padding up to `bytes` (a complete document, however long). */
  | { kind: 'oversized'; bytes?: number; contentLength?: boolean; format?: HostileFormat }
  /** 200, chunked, a valid-looking start and padding that never ends, written as fast as the socket drains. */
  | { kind: 'endless'; format?: HostileFormat }
  /** 200, chunked, one byte every `intervalMs`, never ending. */
  | { kind: 'trickle'; intervalMs?: number; format?: HostileFormat }
  /** 200 with Content-Encoding: gzip: about a megabyte on the wire that inflates to `bytes`. */
  | { kind: 'gzip-bomb'; bytes?: number; format?: HostileFormat }
  /**
   * 302 to another site, a cloud metadata address, a private port on loopback, this very URL again, or
   * any URL given.
   */
  | { kind: 'redirect'; to: 'offsite' | 'metadata' | 'loopback' | 'loop' | (string & {}) }
  /** The request's Authorization header and query string, echoed into the body with `status`. */
  | { kind: 'echo'; status: HostileEchoStatus }
  /** A sitemap `urlset` of `urls` entries, generated while it is written. */
  | { kind: 'sitemap'; urls?: number; entries?: HostileEntries }
  /** A sitemap index of `children` sitemaps, each itself a flood when on this server. */
  | { kind: 'sitemap-index'; children?: number; entries?: HostileEntries }
  /** Forwarded to `proxyTo`, answer streamed back as it comes. */
  | { kind: 'proxy' }
  /** 404. */
  | { kind: 'not-found' };

/**
 * A behaviour by name; each name is also the first path segment that selects it (`/endless/api/x`).
 * 'oversized-chunked' sends no Content-Length; 'redirect-metadata' goes to 169.254.169.254 and
 * 'redirect-loopback' to 127.0.0.1:5432.
 */
export type HostileBehaviourName =
  | 'oversized'
  | 'oversized-chunked'
  | 'endless'
  | 'trickle'
  | 'gzip-bomb'
  | 'redirect-offsite'
  | 'redirect-metadata'
  | 'redirect-loopback'
  | 'redirect-loop'
  | 'echo-200'
  | 'echo-400'
  | 'echo-401'
  | 'echo-429'
  | 'echo-500'
  | 'sitemap-flood'
  | 'sitemap-offsite'
  | 'sitemap-private'
  | 'sitemap-index-flood'
  | 'sitemap-index-offsite'
  | 'sitemap-index-private'
  | 'proxy'
  | 'not-found';

/** A behaviour, as an object or by name. */
export type HostileBehaviourLike = HostileBehaviour | HostileBehaviourName;

/** One request as `behave` sees it. */
export interface HostileRequest {
  method: string;
  /** The whole path, e.g. '/jumpit/api/position/12'. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /**
   * A number in [0, 1) drawn from the seed, method, path and query: the same request (a retry) draws
   * the same number, so "10% of requests" always picks the same requests.
   */
  draw: number;
  /** The request's number since start, from 1. */
  number: number;
}

/** Options of {@link createHostileServer}. */
export interface HostileServerOptions {
  /**
   * What requests not selected by their path (or by `behave`) get; a list is drawn from per request.
   * @default none: such requests are proxied to `proxyTo`, or answered 404 without it
   */
  mode?: HostileBehaviourLike | readonly HostileBehaviourLike[];
  /**
   * The share (0..1) of those requests `mode` answers, drawn per request (`HostileRequest.draw`); the
   * rest are proxied to `proxyTo` (or answered 404).
   * @default 1
   */
  share?: number;
  /**
   * Decides per request, before `mode`; undefined leaves the request to `mode`. The only way to make
   * `/robots.txt` hostile: `mode` never touches it.
   * @default none
   */
  behave?: (request: HostileRequest) => HostileBehaviourLike | undefined;
  /**
   * The origin 'proxy' forwards to, e.g. a site replica's `url`.
   * @default none: 'proxy' answers 404
   */
  proxyTo?: string;
  /**
   * The host name of "another site" (redirects and sitemap entries off-site). It resolves to this server,
   * so a client that follows anyway is seen: such requests count under the route 'offsite'.
   * @default 'localhost'
   */
  offsiteHost?: string;
  /**
   * Body size of 'oversized', bytes.
   * @default 67108864 (64 MiB, over every default cap)
   */
  oversizedBytes?: number;
  /**
   * How often 'trickle' writes its next byte, ms.
   * @default 100
   */
  trickleIntervalMs?: number;
  /**
   * What 'gzip-bomb' inflates to, bytes (compressed once per size and format, on first use).
   * @default 1073741824 (1 GiB)
   */
  bombBytes?: number;
  /**
   * Entries of a sitemap flood.
   * @default 60000 (more than the 50,000 the sitemap protocol allows)
   */
  sitemapUrls?: number;
  /**
   * Children of a sitemap index flood.
   * @default 1000
   */
  sitemapChildren?: number;
  /**
   * Seed of the per-request draws.
   * @default 2026
   */
  seed?: number;
  /**
   * The port to listen on (127.0.0.1).
   * @default 0 (an ephemeral port)
   */
  port?: number;
}

/** What one route served. */
export interface HostileRouteStats {
  requests: number;
  /** Body bytes handed to the socket (compressed bytes for 'gzip-bomb'). */
  bytesWritten: number;
  /** Responses whose connection the client closed before the server finished writing. */
  closedByClient: number;
  /** Responses written to their end. */
  finished: number;
}

/** One response, as it went. */
export interface HostileResponseRecord {
  /** The behaviour's name ('endless', 'proxy'…), or 'robots' / 'offsite'. */
  route: string;
  method: string;
  /** The path and query asked for. */
  url: string;
  /** The Host header the request came with. */
  host: string;
  status: number;
  bytesWritten: number;
  /** The client closed the connection before the end: it stopped reading. */
  closedByClient: boolean;
  finished: boolean;
}

/** Counts since start or the last `resetStats()`. */
export interface HostileStats {
  total: number;
  /** By route name: 'oversized', 'endless', 'proxy', 'robots', 'offsite'… */
  routes: Record<string, HostileRouteStats>;
  /** Every response, in the order the requests came. */
  responses: HostileResponseRecord[];
  /** Responses still being written. */
  open: number;
}

/** A running hostile server. */
export interface HostileServer {
  /** 'http://127.0.0.1:PORT'. */
  url: string;
  /** The same server under `offsiteHost`, 'http://localhost:PORT': another site, as a client sees it. */
  offsiteUrl: string;
  stats(): HostileStats;
  resetStats(): void;
  /** Settles once no response is being written (each finished, or closed by its client). */
  idle(): Promise<void>;
  /** Stops listening and drops open connections, which ends every endless answer. */
  close(): Promise<void>;
}
