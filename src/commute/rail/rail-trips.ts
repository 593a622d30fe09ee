// Rail trips from one origin to any number of destinations: one shortest-path tree per origin (kept
// for the last origins asked), and each destination's nearest stations memoized by its coordinates,
// so that scoring the same postings again for another person costs a map lookup per posting.

import type { LatLng } from '../../geo/distance.js';
import { latKey, lngKey, type PointMemo, pointMemo } from './point-memo.js';
import { railGraph } from './rail-graph.js';
import { DEFAULT_RAIL_MODEL, type RailModel } from './rail-model.js';
import { type RailLeg, type RailTree, railTree, type WalkSeconds } from './rail-tree.js';
import type { NearStations } from './station-grid.js';

/** A door-to-door rail trip: seconds in all, and the rail leg. */
export interface RailTrip {
  readonly seconds: number;
  readonly leg: RailLeg;
}

/** How many origins' trees and destinations' station lists are kept. */
const TREES_KEPT = 64;
const DESTINATIONS_KEPT = 500_000;

interface Memo {
  readonly trees: Map<string, RailTree | null>;
  /** Nearest stations by destination. */
  readonly destinations: PointMemo<NearStations>;
}
const memos = new WeakMap<RailModel, Memo>();

function memoOf(model: RailModel): Memo {
  let memo = memos.get(model);
  if (!memo) {
    memo = { trees: new Map(), destinations: pointMemo(DESTINATIONS_KEPT) };
    memos.set(model, memo);
  }
  return memo;
}

/**
 * Returns a function giving the quickest rail trip from `origin` to a destination, or null when no
 * station lies within reach of the origin (then every answer would be null). `access` turns the
 * straight-line distance between a trip's end and a station into seconds; `accessKey` names it for
 * the tree cache (two calls with the same key must pass the same function).
 *
 * @example
 * const trips = railTripsFrom({ lat: 37.5496, lng: 126.9139 }, (km) => km * 1071, 'walk');
 * trips?.({ lat: 37.4979, lng: 127.0276 }) // { seconds: ≈ 2200, leg: { from: '합정', to: '강남', … } }
 * @default model DEFAULT_RAIL_MODEL
 */
export function railTripsFrom(
  origin: LatLng,
  access: WalkSeconds,
  accessKey: string,
  model: RailModel = DEFAULT_RAIL_MODEL,
): ((to: LatLng) => RailTrip | null) | null {
  const graph = railGraph(model);
  const memo = memoOf(model);
  const key = `${latKey(origin)}|${lngKey(origin)}|${accessKey}`;
  let tree = memo.trees.get(key);
  if (tree === undefined) {
    tree = railTree(graph, origin, access);
    if (memo.trees.size >= TREES_KEPT) memo.trees.delete(memo.trees.keys().next().value!);
    memo.trees.set(key, tree);
  }
  if (!tree) return null;
  const { arrival, cost } = tree;
  const found = tree;
  const { accessKm, accessStations } = model;
  return (to) => {
    const { destinations } = memo;
    let near = destinations.get(to);
    if (!near) {
      near = graph.grid.near(to, accessKm, accessStations);
      destinations.set(to, near);
    }
    // The station of least cost (transfers weighed) wins; the trip reports its real seconds.
    let best = Number.POSITIVE_INFINITY;
    let seconds = Number.POSITIVE_INFINITY;
    let bestStation = -1;
    const { stations, km } = near;
    for (let k = 0; k < stations.length; k++) {
      const station = stations[k]!;
      const egress = access(km[k]!);
      const total = cost[station]! + egress;
      if (total < best) {
        best = total;
        seconds = arrival[station]! + egress;
        bestStation = station;
      }
    }
    if (bestStation < 0 || !Number.isFinite(best)) return null;
    const leg = found.leg(bestStation);
    return leg ? { seconds, leg } : null;
  };
}
