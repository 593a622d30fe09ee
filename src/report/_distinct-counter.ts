// Counting distinct postings per group without keeping rows: each posting id is interned to a small
// integer once, and each group keeps a Set of those integers. A posting seen by forty runs adds one
// member, so memory grows with distinct (group, posting) pairs, never with the rows read.

/** Posting ids → small integers, shared by every counter of one report. */
export interface PostingIndex {
  /** Returns the integer of a posting id, assigning the next one on first sight. */
  of(postingId: string): number;
  readonly size: number;
}

/** Distinct members (posting integers) per group key. */
export interface DistinctCounter<K> {
  add(key: K, member: number): void;
  /** Distinct members of a key (0 for an unseen key). */
  count(key: K): number;
  /** Every key with its distinct count, in first-seen order. */
  entries(): [K, number][];
}

/** Returns an empty {@link PostingIndex}. */
export function postingIndex(): PostingIndex {
  const ids = new Map<string, number>();
  return {
    of(postingId) {
      let index = ids.get(postingId);
      if (index === undefined) {
        index = ids.size;
        ids.set(postingId, index);
      }
      return index;
    },
    get size() {
      return ids.size;
    },
  };
}

/** Returns an empty {@link DistinctCounter}; keys compare as Map keys (strings, null). */
export function distinctCounter<K>(): DistinctCounter<K> {
  const groups = new Map<K, Set<number>>();
  return {
    add(key, member) {
      let members = groups.get(key);
      if (!members) {
        members = new Set();
        groups.set(key, members);
      }
      members.add(member);
    },
    count(key) {
      return groups.get(key)?.size ?? 0;
    },
    entries() {
      return [...groups].map(([key, members]) => [key, members.size]);
    },
  };
}

/**
 * Returns the `limit` keys with the highest counts, ties broken by key so reports are deterministic.
 *
 * @example topKeys([['react', 3], ['java', 5], ['go', 3]], 2) // ['java', 'go']
 */
export function topKeys<K extends string | null>(entries: readonly [K, number][], limit: number): K[] {
  return [...entries]
    .sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]))
    .slice(0, Math.max(0, limit))
    .map(([key]) => key);
}

/** Orders strings by code unit, null last. */
export function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
