// Shortest rail journeys from one origin to every station (Dijkstra over the platform graph), so that
// any number of destinations cost a lookup each: the one-to-many core of the offline commute model.

import type { LatLng } from '../../geo/distance.js';
import { type RailGraph, RIDE, TRANSFER } from './rail-graph.js';

/** The rail leg of a journey to one station. */
export interface RailLeg {
  /** Boarding and alighting station names. */
  readonly from: string;
  readonly to: string;
  /** Lines in riding order. */
  readonly lines: readonly string[];
  readonly transfers: number;
  /** Minutes from boarding to alighting (riding, dwelling, transfers), without the first wait. */
  readonly minutes: number;
}

/**
 * Journeys from one origin: the route to each station is the one of least cost (seconds plus the
 * model's `transferPenaltySeconds` per transfer), and `arrival` its real seconds.
 */
export interface RailTree {
  /**
   * Seconds from leaving the origin until stepping off the train at station s (walk, station entry,
   * wait, ride, transfers) on the chosen route; Infinity when no ride reaches it.
   */
  readonly arrival: Float64Array;
  /** The chosen route's cost at station s: `arrival` plus the penalty of its transfers. */
  readonly cost: Float64Array;
  /** The leg that reaches station s, or null when none does. */
  leg(station: number): RailLeg | null;
}

/** How to walk: straight-line km → seconds. */
export type WalkSeconds = (km: number) => number;

/** A binary min-heap of platforms keyed by seconds. */
class PlatformHeap {
  private readonly nodes: number[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.nodes.length;
  }
  push(node: number, key: number): void {
    let i = this.nodes.push(node) - 1;
    this.keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.nodes[i] = this.nodes[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }
  /** Removes the smallest entry; returns its node (its key is `lastKey`). */
  pop(): number {
    const top = this.nodes[0]!;
    this.lastKey = this.keys[0]!;
    const node = this.nodes.pop()!;
    const key = this.keys.pop()!;
    if (this.nodes.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= this.nodes.length) break;
        const right = left + 1;
        const child = right < this.nodes.length && this.keys[right]! < this.keys[left]! ? right : left;
        if (this.keys[child]! >= key) break;
        this.nodes[i] = this.nodes[child]!;
        this.keys[i] = this.keys[child]!;
        i = child;
      }
      this.nodes[i] = node;
      this.keys[i] = key;
    }
    return top;
  }
  lastKey = 0;
}

/**
 * Runs Dijkstra from `origin` over `graph`: the rider walks to one of the origin's nearest stations
 * (`walk`), enters it, waits for a train, rides and transfers. Returns null when no station lies
 * within the model's access distance.
 *
 * @example
 * const tree = railTree(railGraph(), { lat: 37.5496, lng: 126.9139 }, (km) => km * 1071);
 * tree?.leg(stationIndex) // { from: '합정', to: '강남', lines: ['2호선'], transfers: 0, … }
 */
export function railTree(graph: RailGraph, origin: LatLng, walk: WalkSeconds): RailTree | null {
  const { model } = graph;
  const near = graph.grid.near(origin, model.accessKm, model.accessStations);
  if (near.stations.length === 0) return null;
  const n = graph.platformStation.length;
  // `dist` is the cost the search minimizes; `real` the seconds of the same path, which it reports.
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const real = new Float64Array(n);
  const seed = new Float64Array(n);
  const pred = new Int32Array(n).fill(-1);
  const predKind = new Uint8Array(n);
  const root = new Int32Array(n).fill(-1);
  const heap = new PlatformHeap();
  near.stations.forEach((station, k) => {
    const start = walk(near.km[k]!) + model.stationSeconds;
    for (const p of graph.stationPlatforms[station]!) {
      const cost = start + graph.boardSeconds[p]!;
      if (cost < dist[p]!) {
        dist[p] = cost;
        real[p] = cost;
        seed[p] = cost;
        root[p] = p;
        heap.push(p, cost);
      }
    }
  });
  const penalty = model.transferPenaltySeconds;
  const done = new Uint8Array(n);
  while (heap.size > 0) {
    const p = heap.pop();
    if (done[p]) continue;
    done[p] = 1;
    const base = heap.lastKey;
    for (let e = graph.edgeStart[p]!; e < graph.edgeStart[p + 1]!; e++) {
      const q = graph.edgeTo[e]!;
      const kind = graph.edgeKind[e]!;
      const seconds = graph.edgeSeconds[e]!;
      const cost = base + seconds + (kind === TRANSFER ? penalty : 0);
      if (cost < dist[q]!) {
        dist[q] = cost;
        real[q] = real[p]! + seconds;
        pred[q] = p;
        predKind[q] = kind;
        root[q] = root[p]!;
        heap.push(q, cost);
      }
    }
  }

  // A station is reached by a ride when one of its platforms was entered by a ride edge; the last
  // edge's dwell is not spent, since the rider gets off.
  const stations = graph.stationNames.length;
  const arrival = new Float64Array(stations).fill(Number.POSITIVE_INFINITY);
  const cost = new Float64Array(stations).fill(Number.POSITIVE_INFINITY);
  const via = new Int32Array(stations).fill(-1);
  for (let p = 0; p < n; p++) {
    if (pred[p] === -1 || predKind[p] !== RIDE) continue;
    const s = graph.platformStation[p]!;
    const at = dist[p]! - model.dwellSeconds;
    if (at < cost[s]!) {
      cost[s] = at;
      arrival[s] = real[p]! - model.dwellSeconds;
      via[s] = p;
    }
  }
  // Legs are built on first request and kept: a destination list asks for the same few stations.
  const legs: (RailLeg | null | undefined)[] = new Array(stations).fill(undefined);
  return {
    arrival,
    cost,
    leg(station) {
      let leg = legs[station];
      if (leg !== undefined) return leg;
      leg = null;
      const last = via[station] ?? -1;
      if (last >= 0) {
        const lines: string[] = [];
        let transfers = 0;
        for (let p = last; p !== -1; p = pred[p]!) {
          const line = graph.lines[graph.platformLine[p]!]!;
          if (lines[0] !== line) lines.unshift(line);
          if (predKind[p] === TRANSFER && pred[p] !== -1) transfers++;
        }
        const first = root[last]!;
        leg = {
          from: graph.stationNames[graph.platformStation[first]!]!,
          to: graph.stationNames[station]!,
          lines,
          transfers,
          minutes: (arrival[station]! - seed[first]!) / 60,
        };
      }
      if (station >= 0 && station < stations) legs[station] = leg;
      return leg;
    },
  };
}
