// Append-only JSONL files for staging: a process killed mid-write leaves at most one torn last line,
// which `repairJsonl` cuts off before appending again and `readJsonl` never yields.
import { createReadStream } from 'node:fs';
import { mkdir, open, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

/** Text gathered before one write (characters): few syscalls, and little lost to a kill. */
const FLUSH_CHARS = 256 * 1024;

/** Appends JSON values, one per line, to a file. */
export class JsonlAppender {
  readonly path: string;
  #handle: Awaited<ReturnType<typeof open>> | undefined;
  #pending: string[] = [];
  #pendingChars = 0;
  count = 0;

  readonly #flushChars: number;

  private constructor(path: string, flushChars: number) {
    this.path = path;
    this.#flushChars = flushChars;
  }

  /**
   * Returns an appender at the end of `path` (created, or cut back to its last whole line). With
   * `durable`, every value reaches the OS before `write` resolves, so a killed process loses none it
   * handed on; otherwise values are gathered into larger writes.
   */
  static async open(
    path: string,
    options: { truncate?: boolean; durable?: boolean } = {},
  ): Promise<JsonlAppender> {
    await mkdir(dirname(path), { recursive: true });
    if (!options.truncate) await repairJsonl(path);
    const appender = new JsonlAppender(path, options.durable ? 0 : FLUSH_CHARS);
    appender.#handle = await open(path, options.truncate ? 'w' : 'a');
    return appender;
  }

  /** Queues one value; writes when enough has gathered. */
  async write(value: unknown): Promise<void> {
    const line = `${JSON.stringify(value)}\n`;
    this.#pending.push(line);
    this.#pendingChars += line.length;
    this.count++;
    if (this.#pendingChars >= this.#flushChars) await this.flush();
  }

  /** Writes every queued line now. */
  async flush(): Promise<void> {
    if (this.#pending.length === 0 || !this.#handle) return;
    const text = this.#pending.join('');
    this.#pending = [];
    this.#pendingChars = 0;
    await this.#handle.write(text);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.#handle?.close();
    this.#handle = undefined;
  }
}

/**
 * Cuts `path` back to its last newline, dropping a line torn by a crash. Returns the bytes dropped
 * (0 for a missing or whole file).
 */
export async function repairJsonl(path: string): Promise<number> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return 0;
  }
  if (size === 0) return 0;
  const handle = await open(path, 'r');
  try {
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await handle.read(chunk, 0, end - start, start);
      const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline >= 0) {
        const keep = start + newline + 1;
        if (keep < size) await truncate(path, keep);
        return size - keep;
      }
      end = start;
    }
    await truncate(path, 0);
    return size;
  } finally {
    await handle.close();
  }
}

/**
 * Yields the values of a JSONL file in order; a missing file yields nothing. A line that is not JSON
 * (a torn last line) is counted in `onBadLine`, never thrown.
 */
export async function* readJsonl<T>(path: string, onBadLine?: (line: number) => void): AsyncGenerator<T> {
  let stream: ReturnType<typeof createReadStream>;
  try {
    await stat(path);
    stream = createReadStream(path, { encoding: 'utf8' });
  } catch {
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line) continue;
    let value: T;
    try {
      value = JSON.parse(line) as T;
    } catch {
      onBadLine?.(number);
      continue;
    }
    yield value;
  }
}
