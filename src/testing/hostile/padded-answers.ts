// The answers that are too much: a document far over any cap (with or without Content-Length), one that
// never ends, and one that arrives a byte at a time. Each stops writing once the client hangs up.
import { paddedDocument } from './documents.js';
import type { Reply } from './reply.js';
import type { HostileFormat } from './types.js';

/**
 * Returns once a complete `format` document of `bytes` bytes is written, or the client hung up.
 * `contentLength: false` sends it chunked, so the client learns its size only by reading.
 */
export async function answerOversized(
  reply: Reply,
  format: HostileFormat,
  bytes: number,
  contentLength: boolean,
): Promise<void> {
  const { contentType, start, unit, end } = paddedDocument(format);
  const total = Math.max(bytes, start.length + end.length);
  reply.head(200, { 'content-type': contentType, ...(contentLength ? { 'content-length': total } : {}) });
  if (!(await reply.write(start))) return;
  let left = total - start.length - end.length;
  while (left >= unit.length) {
    if (!(await reply.write(unit))) return;
    left -= unit.length;
  }
  if (left > 0 && !(await reply.write(Buffer.alloc(left, ' ')))) return;
  reply.end(end);
}

/** Returns once the client hung up: until then, padding as fast as the socket takes it. */
export async function answerEndless(reply: Reply, format: HostileFormat): Promise<void> {
  const { contentType, start, unit } = paddedDocument(format);
  reply.head(200, { 'content-type': contentType });
  if (!(await reply.write(start))) return;
  while (await reply.write(unit)) {
    // The loop's condition writes; it ends when the client closes the connection.
  }
}

/** Returns at once; one byte of the document goes out every `intervalMs` until the client hangs up. */
export function answerTrickle(reply: Reply, format: HostileFormat, intervalMs: number): void {
  const { contentType, start, unit } = paddedDocument(format);
  const bytes = Buffer.concat([start, unit]);
  reply.head(200, { 'content-type': contentType });
  let at = 0;
  const timer = setInterval(() => {
    void reply.write(bytes.subarray(at % bytes.length, (at % bytes.length) + 1));
    at++;
  }, intervalMs);
  reply.whenClosed(() => clearInterval(timer));
}
