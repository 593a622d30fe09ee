// What the hostile server served, response by response, and when it has nothing left in flight.
import type { HostileResponseRecord, HostileRouteStats, HostileStats } from './types.js';

/** Counts responses and tells when none is open; a response records itself through the record it gets. */
export class HostileStatsCounter {
  private records: HostileResponseRecord[] = [];
  private open = 0;
  private waiters: (() => void)[] = [];

  /** Returns the record of a response just begun; call `settle()` once it finished or was closed. */
  begin(fields: Pick<HostileResponseRecord, 'route' | 'method' | 'url' | 'host'>): HostileResponseRecord {
    const record: HostileResponseRecord = {
      ...fields,
      status: 0,
      bytesWritten: 0,
      closedByClient: false,
      finished: false,
    };
    this.records.push(record);
    this.open++;
    return record;
  }

  /** Returns nothing; marks one response as no longer open. */
  settle(): void {
    this.open--;
    if (this.open > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Returns a promise that settles once no response is open. */
  idle(): Promise<void> {
    if (this.open === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** A copy, so callers can keep it across runs. */
  snapshot(): HostileStats {
    const routes: Record<string, HostileRouteStats> = {};
    for (const record of this.records) {
      const route = routes[record.route] ?? { requests: 0, bytesWritten: 0, closedByClient: 0, finished: 0 };
      routes[record.route] = route;
      route.requests++;
      route.bytesWritten += record.bytesWritten;
      if (record.closedByClient) route.closedByClient++;
      if (record.finished) route.finished++;
    }
    return {
      total: this.records.length,
      routes,
      responses: this.records.map((record) => ({ ...record })),
      open: this.open,
    };
  }

  /** Returns nothing; forgets what was served (responses still open keep counting toward `idle`). */
  reset(): void {
    this.records = [];
  }
}
