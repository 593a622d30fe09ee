// One response of the hostile server, as its behaviours write it: every byte counted into the response's
// record, writes that wait while the socket is full, and a `closed` flag that turns true the moment the
// client hangs up, so an endless writer stops there.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { HostileResponseRecord } from './types.js';

/** A counted, backpressure-aware writer over one `ServerResponse`. */
export class Reply {
  /** True once the connection closed before the response ended: the client stopped reading. */
  closed = false;
  private readonly res: ServerResponse;
  private readonly record: HostileResponseRecord;
  private readonly onClose: (() => void)[] = [];
  private droppedByServer = false;

  /** Returns a writer over `res` that keeps `record` up to date and calls `settle` once, at the end. */
  constructor(res: ServerResponse, record: HostileResponseRecord, settle: () => void) {
    this.res = res;
    this.record = record;
    res.once('finish', () => {
      record.finished = true;
    });
    res.once('close', () => {
      if (!res.writableFinished) {
        this.closed = true;
        if (!this.droppedByServer) record.closedByClient = true;
      }
      for (const fn of this.onClose.splice(0)) fn();
      settle();
    });
  }

  /** Returns nothing; runs `fn` when the connection closes (at once when it already has). */
  whenClosed(fn: () => void): void {
    if (this.res.closed) fn();
    else this.onClose.push(fn);
  }

  /** Returns nothing; sends the status line and headers now, before any body byte. */
  head(status: number, headers: OutgoingHttpHeaders): void {
    if (this.closed || this.res.destroyed) return;
    this.record.status = status;
    this.res.writeHead(status, headers);
    this.res.flushHeaders();
  }

  /**
   * Returns true once `chunk` is handed to the socket and the socket can take more; false when the
   * client closed the connection first.
   */
  async write(chunk: Buffer): Promise<boolean> {
    if (this.closed || this.res.destroyed) return false;
    this.record.bytesWritten += chunk.length;
    if (this.res.write(chunk)) return true;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        resolve();
      };
      this.res.once('drain', done);
      this.whenClosed(done);
    });
    return !this.closed;
  }

  /** Returns nothing; ends the response with `chunk` as its last bytes. */
  end(chunk?: Buffer): void {
    if (this.closed || this.res.destroyed) return;
    if (chunk) this.record.bytesWritten += chunk.length;
    this.res.end(chunk);
  }

  /** True once the status line went out. */
  get started(): boolean {
    return this.res.headersSent;
  }

  /** Returns nothing; drops the connection mid-answer, as a server that failed halfway does. */
  abort(): void {
    this.droppedByServer = true;
    this.res.destroy();
  }

  /** Returns nothing; sends a whole answer at once, with its Content-Length. */
  send(status: number, contentType: string, body: string | Buffer, headers: OutgoingHttpHeaders = {}): void {
    if (this.closed || this.res.destroyed) return;
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.record.status = status;
    this.res.writeHead(status, { 'content-type': contentType, 'content-length': bytes.length, ...headers });
    this.end(bytes);
  }
}
