// The geo stage's calls: every distinct query geocoded once by a few workers sharing one queue. A
// provider's retryable failure (after its own retries) leaves that query unplaced and the stage goes
// on; anything else — an abort, a rejected key — stops it.
import { AbortedError } from '../../model/errors/aborted-error.js';
import { isRetryable } from '../../model/errors/ohmystack-error.js';
import type { Address, GeoPoint } from '../../model/posting.js';
import type { Geocoder } from '../types.js';

/** What geocoding one query gave: a point, or null with the error when the provider failed. */
export interface QueryOutcome {
  point: GeoPoint | null;
  error?: unknown;
}

/** How {@link geocodeQueries} runs. */
export interface GeocodeQueriesOptions {
  geocoder: Geocoder;
  /** Geocodes in flight at once; at least 1. */
  concurrency: number;
  signal: AbortSignal | undefined;
  /** Called after each query is done. */
  onProgress: ((event: { done: number; total: number }) => void) | undefined;
}

/** Every query's outcome and how many queries failed at the provider. */
export interface GeocodedQueries {
  outcomes: Map<string, QueryOutcome>;
  failures: number;
}

/**
 * Returns the outcome of each of `queries`, each geocoded once, `concurrency` at a time.
 *
 * @throws {AbortedError} when `signal` aborts; a geocoder's non-retryable error (a rejected key).
 * @example
 * const { outcomes } = await geocodeQueries(distinct, { geocoder: gazetteerGeocoder(), concurrency: 4, signal, onProgress });
 * outcomes.get('서울특별시 강남구 테헤란로 152')?.point?.precision; // 'road'
 */
export async function geocodeQueries(
  queries: ReadonlyMap<string, Address>,
  options: GeocodeQueriesOptions,
): Promise<GeocodedQueries> {
  const { geocoder, signal, onProgress } = options;
  const outcomes = new Map<string, QueryOutcome>();
  const queue = [...queries];
  let next = 0;
  let done = 0;
  let failures = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      if (signal?.aborted) throw geocodeAborted(signal);
      const [query, address] = queue[next++]!;
      try {
        outcomes.set(query, { point: await geocoder.geocode(address, { signal }) });
      } catch (error) {
        if (signal?.aborted) throw geocodeAborted(signal);
        if (!isRetryable(error)) throw error;
        // A provider hiccup after its retries: this query is unplaced, the run goes on.
        failures++;
        outcomes.set(query, { point: null, error });
      }
      done++;
      onProgress?.({ done, total: queue.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, queue.length) }, worker));
  return { outcomes, failures };
}

/**
 * Returns the error the geo stage throws when `signal` aborts, the signal's reason as its cause.
 *
 * @example if (signal.aborted) throw geocodeAborted(signal); // an AbortedError, 'geocodeAll aborted'
 */
export function geocodeAborted(signal: AbortSignal): AbortedError {
  return new AbortedError({ what: 'geocodeAll', cause: signal.reason });
}
