// snappyjs ships no types; the slice of its API the Parquet writer uses. It is CommonJS, so it is
// imported by default (`import snappy from 'snappyjs'`).
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
