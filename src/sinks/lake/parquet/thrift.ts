// The Thrift compact protocol, as much of it as Parquet's footer and page headers need: structs of
// i32, i64, binary, bool, lists and nested structs. Field ids are written as deltas, integers as
// zigzag varints (https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md).
import type { ByteWriter } from './byte-writer.js';

const TYPE_TRUE = 1;
const TYPE_FALSE = 2;
const TYPE_I32 = 5;
const TYPE_I64 = 6;
const TYPE_BINARY = 8;
const TYPE_LIST = 9;
const TYPE_STRUCT = 12;

/** An element type of a Thrift list. */
export type ListOf = 'i32' | 'binary' | 'struct';

const LIST_TYPES: Record<ListOf, number> = { i32: TYPE_I32, binary: TYPE_BINARY, struct: TYPE_STRUCT };

const encoder = new TextEncoder();

/** Writes one Thrift struct (and the structs nested in it) in the compact protocol. */
export class ThriftWriter {
  readonly #out: ByteWriter;
  #lastField = 0;
  readonly #outer: number[] = [];

  constructor(out: ByteWriter) {
    this.#out = out;
  }

  #header(id: number, type: number): void {
    const delta = id - this.#lastField;
    if (delta > 0 && delta <= 15) this.#out.byte((delta << 4) | type);
    else {
      this.#out.byte(type);
      this.#zigzag(id);
    }
    this.#lastField = id;
  }

  #zigzag(value: number): void {
    this.#out.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  i32(id: number, value: number): this {
    this.#header(id, TYPE_I32);
    this.#zigzag(value);
    return this;
  }

  /** An i64 held in a JS number (exact up to 2^53, far beyond any file this writes). */
  i64(id: number, value: number): this {
    this.#header(id, TYPE_I64);
    this.#zigzag(value);
    return this;
  }

  bool(id: number, value: boolean): this {
    this.#header(id, value ? TYPE_TRUE : TYPE_FALSE);
    return this;
  }

  binary(id: number, value: Uint8Array | string): this {
    const bytes = typeof value === 'string' ? encoder.encode(value) : value;
    this.#header(id, TYPE_BINARY);
    this.#out.varint(bytes.length);
    this.#out.bytes(bytes);
    return this;
  }

  /** A nested struct: `write` writes its fields. */
  struct(id: number, write: (thrift: this) => void): this {
    this.#header(id, TYPE_STRUCT);
    this.#nested(write);
    return this;
  }

  /** A list; each item is written by `write` (for 'struct' items, as the fields of one struct). */
  list<T>(id: number, of: ListOf, items: readonly T[], write: (thrift: this, item: T) => void): this {
    this.#header(id, TYPE_LIST);
    const type = LIST_TYPES[of];
    if (items.length < 15) this.#out.byte((items.length << 4) | type);
    else {
      this.#out.byte(0xf0 | type);
      this.#out.varint(items.length);
    }
    for (const item of items) {
      if (of === 'struct') this.#nested((thrift) => write(thrift, item));
      else write(this, item);
    }
    return this;
  }

  /** A list item of type i32 (inside {@link list}). */
  itemI32(value: number): void {
    this.#zigzag(value);
  }

  /** A list item of type binary (inside {@link list}). */
  itemBinary(value: string): void {
    const bytes = encoder.encode(value);
    this.#out.varint(bytes.length);
    this.#out.bytes(bytes);
  }

  #nested(write: (thrift: this) => void): void {
    this.#outer.push(this.#lastField);
    this.#lastField = 0;
    write(this);
    this.#out.byte(0); // STOP
    this.#lastField = this.#outer.pop() ?? 0;
  }

  /** Ends the top-level struct. */
  end(): void {
    this.#out.byte(0);
  }
}
