// snappyjs ships no types; the slice of its API the Parquet writer and its tests use. It is CommonJS,
// so its modules are imported by default (`import snappy from 'snappyjs'`).
declare module 'snappyjs' {
  const snappy: {
    /** Returns `input` in raw snappy format (a Buffer for a Buffer, a Uint8Array for a Uint8Array). */
    compress<T extends Uint8Array>(input: T): T;
    /**
     * Returns the bytes `compressed` holds.
     *
     * @throws {Error} when the bytes are not snappy, or would decode to more than `maxLength` bytes
     */
    uncompress<T extends Uint8Array>(compressed: T, maxLength?: number): T;
  };
  export = snappy;
}

// The compressor behind `compress()`, which writes into a buffer the caller owns: a file of the
// published package beside index.js (snappyjs has no exports map, so it may be imported directly).
declare module 'snappyjs/snappy_compressor.js' {
  const compressor: {
    SnappyCompressor: new (
      input: Uint8Array,
    ) => {
      /** Returns the most bytes `input` can compress to. */
      maxCompressedLength(): number;
      /** Writes `input` compressed at the start of `output` (room for the most bytes) and returns its length. */
      compressToBuffer(output: Uint8Array): number;
    };
  };
  export = compressor;
}
