// The lifetime every replica shares: listen on 127.0.0.1, answer late through timers the replica owns,
// and on close clear those timers and drop open connections, so a test that ends while a response is
// held back leaves nothing running.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The timers a replica answers late with (latency, a hang before a dropped connection); `clear()`
 * cancels the ones still pending.
 *
 * @example
 * const timers = new PendingTimers();
 * timers.later(150, () => req.socket.destroy());
 */
export class PendingTimers {
  private readonly pending = new Set<NodeJS.Timeout>();

  /** Returns nothing; runs `fn` after `ms`, unless `clear()` comes first. */
  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      fn();
    }, ms);
    this.pending.add(timer);
  }

  /** Returns nothing; cancels every timer still pending. */
  clear(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}

/**
 * Returns the origin `server` answers on once it listens on 127.0.0.1, 'http://127.0.0.1:<port>'.
 *
 * @default port 0 (a free port the system picks)
 * @throws {Error} the server's own error when it cannot listen (the port is taken).
 * @example const url = await listenOnLoopback(createServer(handler)); // 'http://127.0.0.1:49152'
 */
export async function listenOnLoopback(server: Server, port = 0): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Returns a promise that settles once `server` is closed: pending `timers` cleared first, then every
 * connection dropped, kept-alive ones included.
 *
 * @throws {Error} the server's error when it was not running.
 * @example await closeLoopback(server, timers);
 */
export function closeLoopback(server: Server, timers?: PendingTimers): Promise<void> {
  timers?.clear();
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
