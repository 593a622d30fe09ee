// The streamed middle of a run: one batch of raw postings normalized (a record that cannot be read is
// quarantined with its payload) and geocoded (each distinct address once).
import { geocodeAll } from '../geo/geocode-all.js';
import type { CountingGeocoder } from '../geo/types.js';
import type { Posting } from '../model/posting.js';
import type { QuarantineEntry } from '../model/quarantine.js';
import type { RawPosting } from '../model/raw-posting.js';
import { isExpiredOn } from '../normalize/expiry.js';
import { normalizePosting } from '../normalize/posting.js';
import type { RunTally } from './run-tally.js';

export interface TransformOptions {
  geocoder: CountingGeocoder | null;
  geocodeConcurrency: number;
  /**
   * The run's KST day ('YYYY-MM-DD'): a posting whose deadline is before it is expired. One day for
   * the whole run, the day the database marks postings it saw unchanged by, whenever each was fetched.
   */
  day: string;
  signal: AbortSignal;
  tally: RunTally;
}

/** Returns the batch's postings, normalized and geocoded, in input order; failures are quarantined. */
export async function transformBatch(
  raws: readonly RawPosting[],
  options: TransformOptions,
): Promise<Posting[]> {
  const { tally } = options;
  const rejected: QuarantineEntry[] = [];
  const postings = await tally.time(
    'normalize',
    raws.length,
    () => {
      const out: Posting[] = [];
      for (const raw of raws) {
        try {
          const posting = normalizePosting(raw);
          posting.expired = isExpiredOn(posting.deadline, options.day);
          out.push(posting);
        } catch (error) {
          rejected.push(rejection(raw, error));
        }
      }
      return out;
    },
    (out) => out.length,
  );
  await tally.quarantine(rejected);
  const { geocoder } = options;
  if (!geocoder) return postings;
  const { postings: placed, report } = await tally.time('geocode', postings.length, () =>
    geocodeAll(postings, { geocoder, signal: options.signal, concurrency: options.geocodeConcurrency }),
  );
  tally.addGeo(report);
  // An unplaced address is not a lost posting (it flows on without a point), but it is kept for a look.
  await tally.quarantine(report.quarantine);
  return placed;
}

function rejection(raw: RawPosting, error: unknown): QuarantineEntry {
  const record = raw as Partial<RawPosting>;
  return {
    code: 'invalid_posting',
    source: typeof record.source === 'string' ? record.source : 'unknown',
    ...(typeof record.url === 'string' ? { url: record.url } : {}),
    path: [],
    message: error instanceof Error ? error.message : String(error),
    raw,
    at: new Date().toISOString(),
  };
}
