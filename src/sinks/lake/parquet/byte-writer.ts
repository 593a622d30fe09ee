// A growable little-endian byte buffer for the Parquet encoder. Strings are written straight into it
// as UTF-8: encoding each value into its own Uint8Array first cost one allocation per cell and was
// most of the garbage a 100k-row file made.
import { encodeUtf8Into, SHORT_STRING } from './utf8.js';

/** Appends bytes, numbers and UTF-8 strings to one growing buffer. */
export class ByteWriter {
  #buffer: Buffer;
  #view: DataView;
  /** Bytes written so far. */
  length = 0;

  constructor(capacity = 64 * 1024) {
    this.#buffer = Buffer.allocUnsafe(capacity);
    this.#view = new DataView(this.#buffer.buffer, this.#buffer.byteOffset, this.#buffer.byteLength);
  }

  /** Makes room for `bytes` more bytes. */
  reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (needed <= this.#buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(needed, this.#buffer.length * 2));
    this.#buffer.copy(grown, 0, 0, this.length);
    this.#buffer = grown;
    this.#view = new DataView(grown.buffer, grown.byteOffset, grown.byteLength);
  }

  byte(value: number): void {
    this.reserve(1);
    this.#buffer[this.length++] = value;
  }

  uint32(value: number): void {
    this.reserve(4);
    this.#view.setUint32(this.length, value, true);
    this.length += 4;
  }

  /** Overwrites four bytes written earlier (a length known only after what follows it). */
  patchUint32(at: number, value: number): void {
    this.#view.setUint32(at, value, true);
  }

  float64(value: number): void {
    this.reserve(8);
    this.#view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  /** Unsigned LEB128 (Thrift and RLE headers); exact up to 2^53. */
  varint(value: number): void {
    this.reserve(10);
    let rest = value;
    while (rest >= 0x80) {
      this.#buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.#buffer[this.length++] = rest;
  }

  bytes(value: Uint8Array): void {
    this.reserve(value.length);
    this.#buffer.set(value, this.length);
    this.length += value.length;
  }

  /** PLAIN BYTE_ARRAY: a 4-byte length, then the UTF-8 bytes. Returns the byte length. */
  lengthPrefixedUtf8(value: string): number {
    this.reserve(4 + value.length * 3);
    const buffer = this.#buffer;
    const at = this.length;
    const written =
      value.length <= SHORT_STRING
        ? encodeUtf8Into(buffer, at + 4, value)
        : buffer.write(value, at + 4, 'utf8');
    buffer[at] = written & 0xff;
    buffer[at + 1] = (written >>> 8) & 0xff;
    buffer[at + 2] = (written >>> 16) & 0xff;
    buffer[at + 3] = written >>> 24;
    this.length = at + 4 + written;
    return written;
  }

  /**
   * Reserves `bytes` bytes and returns the buffer and the offset to write them at; the caller fills
   * them and then calls {@link advance}. For hot loops that would otherwise call {@link byte} per byte.
   */
  claim(bytes: number): [buffer: Uint8Array, at: number] {
    this.reserve(bytes);
    return [this.#buffer, this.length];
  }

  /** Moves the end past bytes filled after {@link claim}. */
  advance(bytes: number): void {
    this.length += bytes;
  }

  /** The bytes written so far (a view: copy before reusing the writer). */
  view(): Uint8Array {
    return this.#buffer.subarray(0, this.length);
  }

  /** Forgets the content, keeping the memory. */
  reset(): void {
    this.length = 0;
  }
}
