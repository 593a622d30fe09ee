// The offline commute model against typical published rail journey times (bench/data/
// commute-reference.tsv, station to station), beside the straight-line model it replaced; and the
// one-to-many speed a recommender relies on: one origin, 100,000 destinations.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_COMMUTE_MODEL,
  estimateCommute,
  offlineCommute,
  straightLineCommute,
} from '../src/commute/index.js';
import type { LatLng } from '../src/geo/distance.js';
import type { BenchResult } from './_measure.js';

const DESTINATIONS = 100_000;
const RUNS = 7;

/** One reference journey: its ends and its published minutes. */
export interface ReferenceJourney {
  from: string;
  to: string;
  a: LatLng;
  b: LatLng;
  minutes: number;
}

/** The reference table, comment lines and header skipped. */
export function readReference(
  path = new URL('./data/commute-reference.tsv', import.meta.url),
): ReferenceJourney[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  return lines.slice(1).map((line) => {
    const [from, aLat, aLng, to, bLat, bLng, minutes] = line.split('\t');
    return {
      from: from!,
      to: to!,
      a: { lat: Number(aLat), lng: Number(aLng) },
      b: { lat: Number(bLat), lng: Number(bLng) },
      minutes: Number(minutes),
    };
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median absolute error (minutes) and median absolute percentage error of `model` on `journeys`. */
function errors(journeys: readonly ReferenceJourney[], model: (j: ReferenceJourney) => number) {
  const abs = journeys.map((j) => Math.abs(model(j) - j.minutes));
  const pct = journeys.map((j, k) => (100 * abs[k]!) / j.minutes);
  return { mae: median(abs), mape: median(pct) };
}

/**
 * Station-to-station minutes of each model. The rail model's are its route's riding minutes (boarding
 * to alighting). The straight-line model has no stations: its door-to-door minutes less the access and
 * egress walks (its wait is kept, standing for the transfers it folds in).
 */
const railMinutes = (j: ReferenceJourney): number => {
  const e = estimateCommute(j.a, j.b)!;
  return e.route?.minutes ?? e.minutes;
};
const straightMinutes = (j: ReferenceJourney): number =>
  straightLineCommute(j.a, j.b)!.minutes -
  DEFAULT_COMMUTE_MODEL.transitAccessMin -
  DEFAULT_COMMUTE_MODEL.transitEgressMin;

/** Points spread over 서울·인천·경기's built-up core, from a fixed seed. */
function destinations(count: number): LatLng[] {
  let seed = 20_260_701;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, () => ({ lat: 37.2 + next() * 0.55, lng: 126.6 + next() * 0.75 }));
}

export async function benchCommute(): Promise<BenchResult[]> {
  const journeys = readReference();
  const rail = errors(journeys, railMinutes);
  const straight = errors(journeys, straightMinutes);
  const worst = journeys
    .map((j) => ({ j, off: railMinutes(j) - j.minutes }))
    .sort((x, y) => Math.abs(y.off) - Math.abs(x.off))
    .slice(0, 3)
    .map(({ j, off }) => `${j.from}→${j.to} ${off > 0 ? '+' : ''}${Math.round(off)}`)
    .join(', ');

  const home = { lat: 37.5496, lng: 126.9139 }; // 합정역
  const tos = destinations(DESTINATIONS);
  const estimator = offlineCommute();
  const firstStart = performance.now();
  await estimator.estimateMany!(home, tos);
  const firstMs = performance.now() - firstStart;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh origin each run: its shortest-path tree is built inside the measured time.
    const origin = { lat: home.lat + run * 1e-3, lng: home.lng };
    const start = performance.now();
    await estimator.estimateMany!(origin, tos);
    times.push(performance.now() - start);
  }
  const warmMs = median(times);

  return [
    {
      name: 'commute: rail model, median abs error vs published journey times',
      value: rail.mae,
      unit: 'min',
      target: '< straight-line model',
      ok: rail.mae < straight.mae,
      detail: {
        journeys: journeys.length,
        railMape: `${rail.mape.toFixed(1)}%`,
        straightLineMae: straight.mae,
        straightLineMape: `${straight.mape.toFixed(1)}%`,
        worstRail: worst,
      },
    },
    {
      name: 'commute: estimateMany, 1 origin × 100,000 destinations (warm, median)',
      value: warmMs,
      unit: 'ms',
      target: '≤ 100 ms',
      ok: warmMs <= 100,
      detail: { firstRunMs: firstMs, runs: RUNS },
    },
  ];
}
