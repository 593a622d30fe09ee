// Reading an answer's body as a stream, so a hostile or broken site can neither make the client hold
// more than a cap nor keep it waiting: bytes are counted as they arrive (fetch has already undone any
// gzip/deflate/br, so these are decompressed bytes and a gzip bomb is stopped at the cap), reading stops
// at the first chunk over the cap, and an abort cancels the reader itself rather than trusting the fetch
// behind it to end the stream (a fetch wrapped around a Request object may not).

import { LARGE_BODY_BYTES, type LargeBodyGate } from './large-body-gate.js';

/** How {@link readBody} bounds one read. */
export interface ReadBodyLimits {
  /** The most bytes kept; the first chunk that goes over stops the read. */
  maxBytes: number;
  /** The longest wait for the next chunk, ms; `false` for none. */
  idleTimeoutMs: number | false;
  /** Called when the idle wait runs out; it should abort `signal`, which then ends the read. */
  onIdle(): void;
  /** Ends the read at once when it aborts: the reader is cancelled and the read throws the reason. */
  signal: AbortSignal;
  /** Grows by every byte that arrives, so a read that fails midway still reports what it cost. */
  tally: { bytes: number };
  /**
   * Keep a body over the cap, cut at it (a sitemap read up to its limit). Otherwise its bytes are let
   * go the moment it goes over: a refused answer is never copied into one array.
   */
  keepCut: boolean;
  /** The slots a body needs past {@link LARGE_BODY_BYTES}, shared by the client's requests. */
  gate: LargeBodyGate;
}

/** What {@link readBody} read. */
export interface BodyRead {
  /** Every byte of the body, or its first `maxBytes` when it was longer (none unless `keepCut`). */
  bytes: Uint8Array;
  /** True when the body went over `maxBytes` and reading stopped there (the rest was never read). */
  overLimit: boolean;
}

/**
 * Returns the bytes of `body`, read chunk by chunk within `limits`; the stream is cancelled whenever
 * reading stops before its end.
 *
 * @throws `limits.signal`'s reason when it aborts (a timeout, the caller), or what the stream throws
 * (a reset connection).
 * @example
 * const { bytes, overLimit } = await readBody(response.body, { maxBytes: 1 << 20, idleTimeoutMs: 10_000, onIdle: () => timer.abort(), signal, tally, keepCut: false, gate });
 */
export async function readBody(
  body: ReadableStream<Uint8Array> | null,
  limits: ReadBodyLimits,
): Promise<BodyRead> {
  const { maxBytes, idleTimeoutMs, signal, tally } = limits;
  if (!body) return { bytes: new Uint8Array(0), overLimit: false };
  const reader = body.getReader();
  let finished = false;
  // Cancelling closes the stream at once, whatever its source does: a pending read resolves as done.
  const cancel = () => void reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  let idle: ReturnType<typeof setTimeout> | undefined;
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let release: (() => void) | undefined;
  try {
    for (;;) {
      if (signal.aborted) throw signal.reason;
      if (!release && kept > LARGE_BODY_BYTES && kept < maxBytes) release = await limits.gate.enter(signal);
      if (idleTimeoutMs !== false) idle = setTimeout(limits.onIdle, idleTimeoutMs);
      const { done, value } = await reader.read();
      clearTimeout(idle);
      if (signal.aborted) throw signal.reason;
      if (done) {
        finished = true;
        return { bytes: joined(chunks, kept), overLimit: false };
      }
      tally.bytes += value.byteLength;
      const room = maxBytes - kept;
      if (value.byteLength > room) {
        if (!limits.keepCut) return { bytes: new Uint8Array(0), overLimit: true };
        chunks.push(value.subarray(0, room));
        return { bytes: joined(chunks, maxBytes), overLimit: true };
      }
      chunks.push(value);
      kept += value.byteLength;
    }
  } finally {
    release?.();
    clearTimeout(idle);
    signal.removeEventListener('abort', cancel);
    if (!finished) cancel();
  }
}

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === length) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
