// Typed arrays reused from one column chunk to the next. A chunk's levels and dictionary indexes live
// only until its pages are written, and the encoder is synchronous and never re-entered, so fresh
// (zero-filled, garbage-collected) arrays per column were pure overhead: dozens per file.

let levelsA = new Uint8Array(0);
let levelsB = new Uint8Array(0);
let indexes = new Int32Array(0);

function grown(length: number, current: number): number {
  return Math.max(length, current * 2, 1024);
}

/** Two zeroed level arrays (definition, repetition) of `length`, valid until the next call. */
export function scratchLevels(length: number): [Uint8Array, Uint8Array] {
  if (levelsA.length < length) {
    levelsA = new Uint8Array(grown(length, levelsA.length));
    levelsB = new Uint8Array(levelsA.length);
  }
  const defs = levelsA.subarray(0, length);
  const reps = levelsB.subarray(0, length);
  defs.fill(0);
  reps.fill(0);
  return [defs, reps];
}

/** An index array of `length` (not zeroed), valid until the next call. */
export function scratchIndexes(length: number): Int32Array {
  if (indexes.length < length) indexes = new Int32Array(grown(length, indexes.length));
  return indexes.subarray(0, length);
}
