// Which postings are new, which changed and how, which closed and which came back. The original pipeline
// only ever appended; tracking the life of a posting is what makes "how long do 백엔드 postings stay open"
// or "who raised the salary" answerable.
import { canonicalJson } from '../model/canonical-json.js';
import {
  type ChangeField,
  type LifecycleRecord,
  type PostingChange,
  TrackedField,
  type TrackedFields,
} from '../model/lifecycle.js';
import { fingerprintFields, type TrackedInput, trackedFields } from './tracked-fields.js';

/** One run as the lifecycle sees it. */
export interface LifecycleRun {
  /** The run id ('20261129T0900'), stamped on every change. */
  runId: string;
  /** ISO 8601 time of the run ('2026-11-29T09:00:00+09:00'). */
  at: string;
  /** Postings fetched in this run. */
  seen: readonly TrackedInput[];
  /** Ids the source reported closed (`SourceResult.closed`). */
  closed: readonly string[];
  /** Ids listed as open but not refetched (unchanged since the last run). @default [] */
  unchanged?: readonly string[];
}

/** What {@link updateLifecycle} returns. */
export interface LifecycleUpdate {
  /** Every record, previous and new, sorted by id. */
  records: LifecycleRecord[];
  /** This run's changes: seen postings in input order (fields in tracked order), then unchanged, then closed. */
  changes: PostingChange[];
}

const FIELDS = TrackedField.options;

/**
 * Returns the lifecycle records after one run and the changes it made. A posting seen for the first time
 * gets a record and a 'created' change; one seen again gets `lastSeen` moved and one change per tracked
 * field whose value differs; one seen or listed (`unchanged`) after being closed is reopened (`closedAt`
 * null, a 'reopened' change); a closed id that was open gets `closedAt` and a 'closed' change. A seen id
 * that is also reported closed counts as seen (it was fetched alive); an id both listed and reported
 * closed counts as closed. Closed or unchanged ids without a
 * record are ignored (nothing is known about them). Pure: inputs are never mutated, and the same inputs
 * give the same output; replaying a run changes nothing, and `lastSeen` never moves back.
 *
 * @example
 * const { records, changes } = updateLifecycle(previous, {
 *   runId: '20261129T0900', at: '2026-11-29T09:00:00+09:00',
 *   seen: [kakaoBackend], closed: ['wanted:777'], unchanged: ['jumpit:42'],
 * });
 * // changes: [{ id: 'wanted:1', field: 'salaryMax', before: 60000000, after: 70000000, … },
 * //           { id: 'wanted:777', field: 'closed', before: null, after: '2026-11-29T09:00:00+09:00', … }]
 */
export function updateLifecycle(
  previous: ReadonlyMap<string, LifecycleRecord> | Iterable<LifecycleRecord>,
  run: LifecycleRun,
): LifecycleUpdate {
  const records = new Map<string, LifecycleRecord>();
  for (const record of isMap(previous) ? previous.values() : previous) records.set(record.id, record);
  const changes: PostingChange[] = [];
  const change = (id: string, field: ChangeField, before: unknown, after: unknown): void => {
    changes.push({ id, runId: run.runId, at: run.at, field, before, after });
  };
  const seenIds = new Set<string>();
  const closedIds = new Set(run.closed);

  for (const posting of run.seen) {
    seenIds.add(posting.id);
    const fields = trackedFields(posting);
    const fingerprint = fingerprintFields(fields);
    const old = records.get(posting.id);
    if (old === undefined) {
      records.set(posting.id, {
        id: posting.id,
        firstSeen: run.at,
        lastSeen: run.at,
        closedAt: null,
        fingerprint,
        fields,
      });
      change(posting.id, 'created', null, fields);
      continue;
    }
    if (old.closedAt !== null) change(posting.id, 'reopened', old.closedAt, null);
    if (old.fingerprint !== fingerprint) {
      for (const field of FIELDS) {
        const before = (old.fields as Partial<TrackedFields>)[field] ?? null;
        if (canonicalJson(before) !== canonicalJson(fields[field]))
          change(posting.id, field, before, fields[field]);
      }
    }
    records.set(posting.id, {
      ...old,
      lastSeen: later(old.lastSeen, run.at),
      closedAt: null,
      fingerprint,
      fields,
    });
  }

  for (const id of run.unchanged ?? []) {
    const old = records.get(id);
    // Reported closed beats listed as open: the closing answer is the more specific one.
    if (old === undefined || seenIds.has(id) || closedIds.has(id)) continue;
    if (old.closedAt !== null) change(id, 'reopened', old.closedAt, null);
    records.set(id, { ...old, lastSeen: later(old.lastSeen, run.at), closedAt: null });
  }

  for (const id of run.closed) {
    const old = records.get(id);
    if (old === undefined || old.closedAt !== null || seenIds.has(id)) continue;
    change(id, 'closed', null, run.at);
    records.set(id, { ...old, closedAt: run.at });
  }

  const sorted = [...records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records: sorted, changes };
}

function isMap(
  value: ReadonlyMap<string, LifecycleRecord> | Iterable<LifecycleRecord>,
): value is ReadonlyMap<string, LifecycleRecord> {
  // Duck-typed so any ReadonlyMap works; a Map is also iterable (of entries), hence the check at all.
  return typeof (value as { get?: unknown }).get === 'function';
}

// ISO strings with different offsets do not sort as text; compare instants, and fall back to the run's
// time when either is unreadable (a replayed older run must not move lastSeen back).
function later(current: string, at: string): string {
  const a = Date.parse(current);
  const b = Date.parse(at);
  if (Number.isNaN(a) || Number.isNaN(b)) return at;
  return b >= a ? at : current;
}
