// Incremental feature data: each run's rows are merged into what earlier runs left, keyed by a stable id.
// A Map keeps it linear (a million rows in well under a second) and gives the order for free.

/**
 * Returns `rows` without duplicate keys: a later row replaces an earlier one with the same key (later is
 * fresher) but keeps the earlier one's position, so the order is that of each key's first appearance.
 * Concatenating sources and merging is therefore associative, and merging a duplicate-free list with
 * itself returns it unchanged.
 *
 * @example
 * mergeByKey([{ id: 'wanted:1', company: '카카오' }, { id: 'wanted:1', company: '카카오뱅크' }], 'id')
 * // [{ id: 'wanted:1', company: '카카오뱅크' }]
 */
export function mergeByKey<T, K extends keyof T>(rows: Iterable<T>, key: K | ((row: T) => unknown)): T[] {
  const keyOf = typeof key === 'function' ? key : (row: T): unknown => row[key];
  const merged = new Map<unknown, T>();
  for (const row of rows) merged.set(keyOf(row), row);
  return [...merged.values()];
}
