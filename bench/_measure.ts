import { performance } from 'node:perf_hooks';

/** Median wall time of `fn` over `runs` runs, after one warm-up run. The machine is shared: medians, not means. */
export function medianMs(fn: () => void, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** One measured figure; `target` says what it must reach and `ok` whether it did. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
  /** Side-by-side figures behind the value (the floor, the comparison). */
  detail?: Record<string, number | string>;
}

export function formatResult(result: BenchResult): string {
  const verdict = result.ok === undefined ? '' : result.ok ? '  ok' : '  MISSED';
  const target = result.target ? ` (target ${result.target})` : '';
  const detail = result.detail
    ? `\n    ${Object.entries(result.detail)
        .map(([key, value]) => `${key}=${typeof value === 'number' ? round(value) : value}`)
        .join('  ')}`
    : '';
  return `${result.name}: ${round(result.value)} ${result.unit}${target}${verdict}${detail}`;
}

export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

/**
 * Times several functions side by side: each round runs every one of them once, in turn, so a noisy
 * neighbour slows all of them alike. Returns the median time of each (ms), after one warm-up round.
 */
export function sideBySide<K extends string>(fns: Record<K, () => void>, rounds = 7): Record<K, number> {
  const keys = Object.keys(fns) as K[];
  const times = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as unknown as Record<
    K,
    number[]
  >;
  for (const key of keys) fns[key]();
  for (let round = 0; round < rounds; round++) {
    for (const key of keys) {
      const start = performance.now();
      fns[key]();
      times[key].push(performance.now() - start);
    }
  }
  const medians = {} as Record<K, number>;
  for (const key of keys) {
    const sorted = times[key].sort((a, b) => a - b);
    medians[key] = sorted[Math.floor(sorted.length / 2)]!;
  }
  return medians;
}
