import type { SyntheticPosting } from '../generate-postings.js';

/** The sites the replica serves; Saramin's Open API and HTML share one 'saramin' posting set. */
export type SiteName = 'jumpit' | 'wanted' | 'programmers' | 'saramin' | 'jobkorea' | 'careers';

/** Every site, in a fixed order (the order also derives each site's generator seed). */
export const SITE_NAMES: readonly SiteName[] = [
  'jumpit',
  'wanted',
  'programmers',
  'saramin',
  'jobkorea',
  'careers',
];

/** What a fault makes of a response. */
export type FaultKind = '429' | '500' | '503' | 'timeout' | 'truncated' | 'garbage';

/** Faults injected on demand (constructor option `faults` or `setFaults`). */
export interface ReplicaFaults {
  /**
   * Delay before every response, ms.
   * @default 0
   */
  latencyMs?: number;
  /**
   * Share (0..1) of responses that fail with one of `kinds`.
   * @default 0
   */
  rate?: number;
  /**
   * The failures to mix.
   * @default ['429', '500', '503', 'timeout', 'truncated', 'garbage']
   */
  kinds?: readonly FaultKind[];
  /**
   * Seed of the fault draws; the same seed fails the same requests.
   * @default the replica's seed
   */
  seed?: number;
  /**
   * A request (method + URL) fails at most this many times in a row, so a client with more retries
   * always gets through.
   * @default 2
   */
  maxPerRequest?: number;
  /**
   * How long a 'timeout' holds the response before destroying the socket, ms.
   * @default 5000
   */
  hangMs?: number;
  /**
   * `Retry-After` of an injected 429, seconds.
   * @default 1
   */
  retryAfterSeconds?: number;
  /** Only these sites get random faults. @default every site */
  sites?: readonly SiteName[];
  /** These sites answer every request with 503: a source that keeps failing. */
  down?: readonly SiteName[];
  /**
   * These HTML sites (saramin, jobkorea, careers) rename their card and detail markup and drop JSON-LD,
   * as after a redesign, so parsers find nothing.
   */
  changedMarkup?: readonly SiteName[];
  /** A global limit; requests beyond it get 429 with `Retry-After`. */
  rateLimit?: { perSecond: number; retryAfterSeconds?: number };
}

/** Options of {@link createSiteReplica}. */
export interface SiteReplicaOptions {
  /**
   * Live postings per site at start.
   * @default 200
   * @example { jumpit: 40, careers: 6 }
   */
  postingsPerSite?: number | Partial<Record<SiteName, number>>;
  /**
   * Seed of the generated postings.
   * @default 2026
   */
  seed?: number;
  /**
   * The day postings are dated around (KST 'YYYY-MM-DD'); also "today" for 'D-19' deadlines. Pass the
   * run's KST day when the run's clock is not the real one, and a fixed day where dates are compared.
   * @default the current KST day
   */
  today?: string;
  /**
   * About this share of the job boards' postings (jumpit, wanted, programmers, saramin, jobkorea) are
   * one job posted on two or three boards, each copy worded in its site's manner and labelled with
   * `jobKey` (see `crossPost`); each copy replaces one of the board's own postings.
   * @default 0
   */
  crossPosted?: number;
  /** Faults from the first request on. @default none */
  faults?: ReplicaFaults;
  /** A `Crawl-delay` line in robots.txt, seconds. @default none */
  crawlDelay?: number;
  /**
   * The access key the Saramin Open API replica accepts.
   * @default 'replica-key'
   */
  saraminAccessKey?: string;
  /**
   * The port to listen on (127.0.0.1).
   * @default 0 (an ephemeral port)
   */
  port?: number;
}

/** Counts since start or the last `resetStats()`. */
export interface ReplicaStats {
  total: number;
  /** By route kind: 'jumpit:list', 'jumpit:detail', 'wanted:dictionary', 'robots', 'unknown'… */
  byKind: Record<string, number>;
  /** By HTTP status sent ('200', '429'…); '0' for a socket destroyed before any status (timeout). */
  byStatus: Record<string, number>;
  /** By site ('jumpit'…, or 'robots' / 'unknown'). */
  bySite: Record<string, number>;
  /** Injected failures by kind, plus 'down' and 'rateLimit'. */
  faults: Record<string, number>;
}

/** Changes between runs, as counts per site or as a share of each site's live postings. */
export type ReplicaMutation =
  | { added?: number; changed?: number; closed?: number; sites?: readonly SiteName[] }
  | { fraction: number; sites?: readonly SiteName[] };

/** What one `mutate()` did to one site, by site posting id. */
export interface MutationResult {
  added: number[];
  changed: number[];
  closed: number[];
}

/** A running replica. */
export interface SiteReplica {
  /** 'http://127.0.0.1:PORT'. */
  url: string;
  /** Each adapter's base URL: `url` + the site's prefix (the real path follows it). */
  baseUrls: {
    jumpit: string;
    wanted: string;
    wantedStatic: string;
    programmers: string;
    saraminApi: string;
    saramin: string;
    jobkorea: string;
    careers: string;
  };
  stats(): ReplicaStats;
  resetStats(): void;
  /** Replaces the fault settings (and forgets how often each request failed). */
  setFaults(faults: ReplicaFaults): void;
  /** Adds, changes and closes postings; lists and details answer the new state at once. */
  mutate(mutation: ReplicaMutation): Record<SiteName, MutationResult>;
  /** The live postings of a site (ids are the site's ids), oldest first. */
  postings(site: SiteName): SyntheticPosting[];
  /** The closed postings of a site, still answered as "closed" by detail routes. */
  closedPostings(site: SiteName): SyntheticPosting[];
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}
