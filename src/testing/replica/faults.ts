import type { FaultKind, ReplicaFaults, SiteName } from './types.js';

const ALL_KINDS: readonly FaultKind[] = ['429', '500', '503', 'timeout', 'truncated', 'garbage'];

/** FNV-1a of a string, as a float in [0, 1): the same text always draws the same number. */
function draw(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  // One more avalanche round so near-identical keys spread.
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
  return ((hash ^ (hash >>> 13)) >>> 0) / 4294967296;
}

/** A decision for one request: a fault kind, 'down', or nothing. */
export type FaultDecision = FaultKind | 'down' | undefined;

/**
 * Decides which requests fail. Draws depend only on the seed, the request (method + URL) and how often
 * that request came before, never on the order of other requests, so concurrent clients see the same
 * faults from run to run. A request fails at most `maxPerRequest` times in a row.
 */
export class FaultInjector {
  private readonly seen = new Map<string, { attempts: number; streak: number }>();

  constructor(
    private faults: ReplicaFaults,
    private readonly defaultSeed: number,
  ) {}

  /** Replaces the settings and forgets every request's history. */
  set(faults: ReplicaFaults): void {
    this.faults = faults;
    this.seen.clear();
  }

  get settings(): ReplicaFaults {
    return this.faults;
  }

  /** Returns what happens to this request. */
  decide(site: SiteName | 'robots' | 'unknown', key: string): FaultDecision {
    const f = this.faults;
    if (site === 'robots' || site === 'unknown') return undefined;
    if (f.down?.includes(site)) return 'down';
    const rate = f.rate ?? 0;
    if (rate <= 0 || (f.sites !== undefined && !f.sites.includes(site))) return undefined;
    const history = this.seen.get(key) ?? { attempts: 0, streak: 0 };
    this.seen.set(key, history);
    const seed = f.seed ?? this.defaultSeed;
    const attempt = history.attempts++;
    if (history.streak >= (f.maxPerRequest ?? 2) || draw(`${seed}|${key}|${attempt}`) >= rate) {
      history.streak = 0;
      return undefined;
    }
    history.streak += 1;
    const kinds = f.kinds && f.kinds.length > 0 ? f.kinds : ALL_KINDS;
    return kinds[Math.floor(draw(`${seed}|kind|${key}|${attempt}`) * kinds.length)];
  }
}
