// Buffers reused from one column chunk to the next: a chunk's levels, dictionary indexes, plain values,
// page body and compressed page live only until its pages are written, so fresh (zero-filled,
// garbage-collected) arrays per column were pure overhead: dozens per file.
//
// A file writer holds one scratch from its start to its finish, and no other writer can hold the same
// one meanwhile: two sinks writing at once, or two runs in one process, never share buffers. A finished
// writer's scratch waits for the next writer instead of being dropped. Its buffers grow to a file's
// largest column (megabytes, outside the JS heap), and allocating them again for every file made the
// garbage collector walk the whole heap — every row being written — several times as often.
import snappyCompressor from 'snappyjs/snappy_compressor.js';
import { ByteWriter } from './byte-writer.js';

function grown(length: number, current: number): number {
  return Math.max(length, current * 2, 1024);
}

/** One file writer's reusable buffers; what a method returns is valid until its next call. */
export class EncoderScratch {
  #levelsA = new Uint8Array(0);
  #levelsB = new Uint8Array(0);
  #indexes = new Int32Array(0);
  #compressed = new Uint8Array(0);
  /** A column chunk's plain-encoded values (emptied by each encoder that uses it). */
  readonly plain = new ByteWriter();
  /** The body of the data page being written. */
  readonly page = new ByteWriter();

  /** Returns two zeroed level arrays (definition, repetition) of `length`. */
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

  /** Returns a dictionary index array of `length` (not zeroed). */
  indexes(length: number): Int32Array {
    if (this.#indexes.length < length) this.#indexes = new Int32Array(grown(length, this.#indexes.length));
    return this.#indexes.subarray(0, length);
  }

  /**
   * Returns `content` in raw snappy format, compressed by snappyjs into this scratch's own output
   * buffer (valid until the next call). snappyjs's `compress()` would allocate and zero-fill a
   * worst-case buffer per call, over a megabyte for a full page.
   */
  compress(content: Uint8Array): Uint8Array {
    const compressor = new snappyCompressor.SnappyCompressor(content);
    const room = compressor.maxCompressedLength();
    if (this.#compressed.length < room)
      this.#compressed = new Uint8Array(grown(room, this.#compressed.length));
    return this.#compressed.subarray(0, compressor.compressToBuffer(this.#compressed));
  }
}

/** Finished writers' scratches, at most this many kept for the next writers. */
const MAX_IDLE = 2;
const idle: EncoderScratch[] = [];

/** Returns a scratch no other writer holds: a finished writer's, or a new one. */
export function acquireScratch(): EncoderScratch {
  return idle.pop() ?? new EncoderScratch();
}

/** Hands `scratch` on to the next writer; the writer that held it must not use it again. */
export function releaseScratch(scratch: EncoderScratch): void {
  if (idle.length < MAX_IDLE && !idle.includes(scratch)) idle.push(scratch);
}
