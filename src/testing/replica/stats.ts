import type { ReplicaStats } from './types.js';

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** Counts what the replica served, for tests ("a second run made no detail requests"). */
export class StatsCounter {
  private stats: ReplicaStats = StatsCounter.empty();

  private static empty(): ReplicaStats {
    return { total: 0, byKind: {}, byStatus: {}, bySite: {}, faults: {} };
  }

  request(kind: string, site: string): void {
    this.stats.total += 1;
    bump(this.stats.byKind, kind);
    bump(this.stats.bySite, site);
  }

  status(status: number): void {
    bump(this.stats.byStatus, String(status));
  }

  fault(kind: string): void {
    bump(this.stats.faults, kind);
  }

  /** A copy, so callers can keep it across runs. */
  snapshot(): ReplicaStats {
    return structuredClone(this.stats);
  }

  reset(): void {
    this.stats = StatsCounter.empty();
  }
}
