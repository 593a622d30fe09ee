// When a replica of a routing API fails: a seeded draw per call, so a run sees the same failures every
// time, starting after `afterCalls` normal answers (a quota running out mid-run).

/** How a replica fails on demand: which mode, how often, from when, how slowly. */
export interface FaultSchedule<Mode extends string> {
  /** The failure; see each replica's mode list. @default none */
  mode?: Mode;
  /**
   * Share (0..1) of eligible calls that fail; draws are seeded, so the same calls fail every run.
   * @default 1
   */
  rate?: number;
  /**
   * Calls (counted from when these faults were set) answered normally before failures start.
   * @default 0
   */
  afterCalls?: number;
  /**
   * Delay before every answer, ms ('slow' mode uses 1000 when unset).
   * @default 0
   */
  latencyMs?: number;
}

function draw(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
  return ((hash ^ (hash >>> 13)) >>> 0) / 4294967296;
}

/** Decides, call by call, whether a replica fails and how. */
export class FaultDraw<Mode extends string> {
  private calls = 0;
  /** Failing answers given since the faults were set; modes that cycle through answers read it. */
  failed = 0;

  constructor(
    private faults: FaultSchedule<Mode>,
    private readonly seed: number,
  ) {}

  /** Replaces the faults; `afterCalls` counts from now. */
  set(faults: FaultSchedule<Mode>): void {
    this.faults = faults;
    this.calls = 0;
    this.failed = 0;
  }

  /** Returns the fault mode of the next call, or undefined when it is answered normally. */
  next(): Mode | undefined {
    const n = ++this.calls;
    const { mode, rate = 1, afterCalls = 0 } = this.faults;
    if (!mode || n <= afterCalls || draw(`${this.seed}|${n}`) >= rate) return undefined;
    this.failed++;
    return mode;
  }

  /** The delay before this answer, ms. */
  latencyMs(mode: Mode | undefined): number {
    return this.faults.latencyMs ?? (mode === 'slow' ? 1000 : 0);
  }
}
