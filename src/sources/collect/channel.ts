// A bounded hand-off between the collector's workers and the consumer's `for await`: producers wait
// while the buffer is full, so a slow consumer slows the crawl instead of filling memory.

/** Returns a bounded async queue; `push` waits for room, `next` waits for an item. */
export class Channel<T> {
  readonly #capacity: number;
  readonly #buffer: T[] = [];
  readonly #takers: ((result: IteratorResult<T>) => void)[] = [];
  readonly #pushers: (() => void)[] = [];
  #closed = false;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** How many items wait in the buffer. */
  get size(): number {
    return this.#buffer.length;
  }

  /** Returns true once the value is buffered or handed over; false when the channel was closed first. */
  async push(value: T): Promise<boolean> {
    while (!this.#closed && this.#buffer.length >= this.#capacity && this.#takers.length === 0) {
      await new Promise<void>((resolve) => this.#pushers.push(resolve));
    }
    if (this.#closed) return false;
    const taker = this.#takers.shift();
    if (taker) taker({ value, done: false });
    else this.#buffer.push(value);
    return true;
  }

  /** Returns the next item, or done once the channel is closed and drained. */
  next(): Promise<IteratorResult<T>> {
    if (this.#buffer.length > 0) {
      const value = this.#buffer.shift() as T;
      this.#pushers.shift()?.();
      return Promise.resolve({ value, done: false });
    }
    if (this.#closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.#takers.push(resolve));
  }

  /** Returns nothing; no more pushes are accepted, buffered items are still delivered. */
  close(): void {
    this.#closed = true;
    for (const taker of this.#takers.splice(0)) taker({ value: undefined, done: true });
    for (const pusher of this.#pushers.splice(0)) pusher();
  }

  /** Returns the items that were still buffered; the channel is closed and the consumer sees the end at once. */
  abort(): T[] {
    const dropped = this.#buffer.splice(0);
    this.close();
    return dropped;
  }
}
