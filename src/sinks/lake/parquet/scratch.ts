// Buffers reused from one column chunk to the next within one file. A chunk's levels, dictionary
// indexes, plain values and page body live only until its pages are written, so fresh (zero-filled,
// garbage-collected) arrays per column were pure overhead: dozens per file. Each file writer owns its
// own scratch: two sinks writing at once, or two runs in one process, never share one.
import { ByteWriter } from './byte-writer.js';

function grown(length: number, current: number): number {
  return Math.max(length, current * 2, 1024);
}

/** One file writer's reusable buffers; what a method returns is valid until its next call. */
export class EncoderScratch {
  #levelsA = new Uint8Array(0);
  #levelsB = new Uint8Array(0);
  #indexes = new Int32Array(0);
  /** A column chunk's plain-encoded values (emptied by each encoder that uses it). */
  readonly plain = new ByteWriter();
  /** The body of the data page being written. */
  readonly page = new ByteWriter();

  /** Two zeroed level arrays (definition, repetition) of `length`. */
  levels(length: number): [Uint8Array, Uint8Array] {
    if (this.#levelsA.length < length) {
      this.#levelsA = new Uint8Array(grown(length, this.#levelsA.length));
      this.#levelsB = new Uint8Array(this.#levelsA.length);
    }
    const defs = this.#levelsA.subarray(0, length);
    const reps = this.#levelsB.subarray(0, length);
    defs.fill(0);
    reps.fill(0);
    return [defs, reps];
  }

  /** A dictionary index array of `length` (not zeroed). */
  indexes(length: number): Int32Array {
    if (this.#indexes.length < length) this.#indexes = new Int32Array(grown(length, this.#indexes.length));
    return this.#indexes.subarray(0, length);
  }
}
