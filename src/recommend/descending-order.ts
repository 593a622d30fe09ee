// Candidates in descending order of a bound, produced lazily: a query usually stops after the first few
// hundred, so sorting tens of thousands would be wasted. Pure.

const BUCKETS = 4096;

/**
 * Returns a function giving the positions 0…n−1 in descending order of `values` (each in 0–1; ties in
 * position order), chunk by chunk: a counting sort into 4,096 buckets once, then each chunk of at least
 * `chunk` positions (whole buckets) sorted exactly when asked for. Returns an empty array when done.
 *
 * @example const next = descendingChunks(Float64Array.of(0.2, 0.9, 0.5), 2, 2); next() // Int32Array [1, 2]
 */
export function descendingChunks(values: Float64Array, n: number, chunk: number): () => Int32Array {
  const bucketOf = new Uint16Array(n);
  const counts = new Int32Array(BUCKETS + 1);
  for (let j = 0; j < n; j++) {
    const v = values[j]!;
    const b =
      BUCKETS - 1 - Math.min(BUCKETS - 1, Math.max(0, Math.floor((Number.isFinite(v) ? v : 0) * BUCKETS)));
    bucketOf[j] = b;
    counts[b + 1]!++;
  }
  for (let b = 0; b < BUCKETS; b++) counts[b + 1]! += counts[b]!;
  const fill = counts.slice(0, BUCKETS);
  const byBucket = new Int32Array(n);
  for (let j = 0; j < n; j++) byBucket[fill[bucketOf[j]!]!++] = j;
  let bucket = 0;
  return () => {
    if (bucket >= BUCKETS) return new Int32Array(0);
    const from = counts[bucket]!;
    let to = from;
    while (bucket < BUCKETS && to - from < chunk) to = counts[++bucket]!;
    const slice = byBucket.slice(from, to);
    if (n > 2 ** 21) return slice.sort((a, b) => values[b]! - values[a]! || a - b);
    // Pack (1 − value) and position into one double so the native numeric sort orders them.
    const keys = new Float64Array(slice.length);
    for (let k = 0; k < slice.length; k++) {
      const j = slice[k]!;
      const v = values[j]!;
      keys[k] = Math.round((1 - (Number.isFinite(v) ? v : 0)) * 2 ** 31) * 2 ** 21 + j;
    }
    keys.sort();
    for (let k = 0; k < keys.length; k++) slice[k] = keys[k]! % 2 ** 21;
    return slice;
  };
}
