// Politeness per host: a spacing scheduler (requests to a host start on slots 1/rate apart, so N
// requests take about N/rate seconds however many run at once), per-host and global
// concurrency caps (p-limit), and host-wide pauses when a site answers 429 or sends Retry-After.
import pLimit, { type LimitFunction } from 'p-limit';
import { raceAbort, sleep, throwIfAborted } from './abort.js';

/** The limits of one host. */
export interface HostLimits {
  /** Requests per second; `Infinity` means no spacing. */
  rate: number;
  /** Requests in flight at once. */
  concurrency: number;
}

/** How late (as a share of the spacing) a start may be and still keep the fixed grid. */
const LATE_SLACK = 0.1;

interface HostState {
  limit: LimitFunction;
  intervalMs: number;
  /** Extra spacing robots.txt asked for (Crawl-delay), ms. */
  crawlDelayMs: number;
  /** The earliest time (performance.now()) the next request may start. */
  nextAt: number;
}

/** Returns a scheduler that runs tasks per host under spacing and concurrency limits. */
export class HostScheduler {
  readonly #hosts = new Map<string, HostState>();
  readonly #global: LimitFunction;
  readonly #limitsFor: (host: string) => HostLimits;

  constructor(limitsFor: (host: string) => HostLimits, globalConcurrency: number) {
    this.#limitsFor = limitsFor;
    this.#global = pLimit(globalConcurrency);
  }

  /**
   * Returns the task's value and how long it waited for its slot; the task starts only when the host
   * and the client have a free slot and the host's spacing allows it.
   *
   * @throws {AbortedError} as soon as `signal` aborts, while queued or waiting.
   */
  run<T>(
    host: string,
    signal: AbortSignal | undefined,
    task: () => Promise<T>,
  ): Promise<{ value: T; waitedMs: number }> {
    const state = this.#state(host);
    // Per-host first, then global: a host with a full queue never holds global slots it cannot use.
    const queued = state.limit(() =>
      this.#global(async () => {
        throwIfAborted(signal);
        const waitedMs = await this.#claim(state, signal);
        return { value: await task(), waitedMs };
      }),
    );
    return raceAbort(queued, signal);
  }

  /** Returns nothing; no request to `host` starts during the next `ms` milliseconds (a 429 or Retry-After). */
  pause(host: string, ms: number): void {
    const state = this.#state(host);
    state.nextAt = Math.max(state.nextAt, performance.now() + ms);
  }

  /** Returns nothing; spaces requests to `host` at least `ms` apart when that is more than the rate spacing. */
  setCrawlDelay(host: string, ms: number): void {
    this.#state(host).crawlDelayMs = ms;
  }

  // Claim-on-wake: a request starts only when the host's next slot has come, and its start sets the
  // slot after it. Slots stay on a fixed grid while requests start on time (no drift, so N requests take
  // N/rate); a request that starts late (a busy event loop) pushes the grid, so two starts are never
  // closer than 90% of the spacing.
  async #claim(state: HostState, signal: AbortSignal | undefined): Promise<number> {
    const began = performance.now();
    for (;;) {
      const now = performance.now();
      if (now >= state.nextAt) {
        const spacing = Math.max(state.intervalMs, state.crawlDelayMs);
        state.nextAt = Math.max(state.nextAt, now - LATE_SLACK * spacing) + spacing;
        return now - began;
      }
      await sleep(state.nextAt - now, signal);
    }
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      const limits = this.#limitsFor(host);
      state = {
        limit: pLimit(limits.concurrency),
        intervalMs: Number.isFinite(limits.rate) ? 1000 / limits.rate : 0,
        crawlDelayMs: 0,
        nextAt: 0,
      };
      this.#hosts.set(host, state);
    }
    return state;
  }
}
