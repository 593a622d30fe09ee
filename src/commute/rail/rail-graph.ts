// The capital-area rail network as a weighted graph: one node per platform (a station served by a
// line), ride edges between neighbouring stops of a line, transfer edges between the platforms of one
// station. Edge weights are seconds under a rail model; built once per model and kept.

import { haversineKm } from '../../geo/distance.js';
import { RAIL_COORDS, RAIL_PATHS, RAIL_STATIONS, RAIL_TRANSFERS } from './_network.gen.js';
import { DEFAULT_RAIL_MODEL, type RailLineFigures, type RailModel } from './rail-model.js';
import { type StationGrid, stationGrid } from './station-grid.js';

/** Edge kinds: riding one segment of a line, or changing lines inside a station. */
export const RIDE = 0;
export const TRANSFER = 1;

/** The rail network under one rail model, in compressed adjacency form. */
export interface RailGraph {
  readonly model: RailModel;
  readonly stationNames: readonly string[];
  readonly coords: readonly number[];
  readonly grid: StationGrid;
  /** Line names; `platformLine` indexes them. */
  readonly lines: readonly string[];
  readonly platformStation: Int32Array;
  readonly platformLine: Int32Array;
  /** Platforms of station s: `stationPlatforms[s]`. */
  readonly stationPlatforms: readonly (readonly number[])[];
  /** Seconds waited on boarding each platform's line: half its peak headway. */
  readonly boardSeconds: Float64Array;
  /** Edges out of platform p: `edgeTo/edgeSeconds/edgeKind` from `edgeStart[p]` to `edgeStart[p + 1]`. */
  readonly edgeStart: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeSeconds: Float64Array;
  readonly edgeKind: Uint8Array;
}

const built = new WeakMap<RailModel, RailGraph>();

const figures = (model: RailModel, line: string): RailLineFigures => model.lines[line] ?? model.defaultLine;

/**
 * The rail graph under `model`, built on first use and kept for the model object.
 *
 * @example
 * const graph = railGraph();
 * graph.stationNames.length; // ≈ 650 stations
 * @default model DEFAULT_RAIL_MODEL
 */
export function railGraph(model: RailModel = DEFAULT_RAIL_MODEL): RailGraph {
  const cached = built.get(model);
  if (cached) return cached;
  const lines = [...new Set(RAIL_PATHS.map((p) => p.line))];
  const platformOf = new Map<string, number>();
  const platformStation: number[] = [];
  const platformLine: number[] = [];
  const stationPlatforms: number[][] = RAIL_STATIONS.map(() => []);
  const platform = (station: number, line: string): number => {
    const key = `${station}|${line}`;
    let p = platformOf.get(key);
    if (p === undefined) {
      p = platformStation.push(station) - 1;
      platformLine.push(lines.indexOf(line));
      stationPlatforms[station]!.push(p);
      platformOf.set(key, p);
    }
    return p;
  };

  const edges: { from: number; to: number; seconds: number; kind: number }[] = [];
  const km = (a: number, b: number) =>
    haversineKm(
      { lat: RAIL_COORDS[2 * a]!, lng: RAIL_COORDS[2 * a + 1]! },
      { lat: RAIL_COORDS[2 * b]!, lng: RAIL_COORDS[2 * b + 1]! },
    );
  for (const path of RAIL_PATHS) {
    const { kmh } = figures(model, path.line);
    for (let k = 0; k + 1 < path.stops.length; k++) {
      const a = path.stops[k]!;
      const b = path.stops[k + 1]!;
      const run = path.seconds[k] ?? ((km(a, b) * model.trackDetour) / kmh) * 3600;
      // Every ride edge carries one dwell; the router takes the last one off where the rider alights.
      const seconds = run + model.dwellSeconds;
      edges.push({ from: platform(a, path.line), to: platform(b, path.line), seconds, kind: RIDE });
      if (!path.oneWay)
        edges.push({ from: platform(b, path.line), to: platform(a, path.line), seconds, kind: RIDE });
    }
  }
  const boardSeconds = Float64Array.from(
    platformLine,
    (l) => (figures(model, lines[l]!).headwayMin * 60) / 2,
  );
  const walks = new Map<string, number>();
  for (const [station, from, to, seconds] of RAIL_TRANSFERS) {
    walks.set(`${station}|${from}|${to}`, seconds);
    if (!walks.has(`${station}|${to}|${from}`)) walks.set(`${station}|${to}|${from}`, seconds);
  }
  stationPlatforms.forEach((platforms, station) => {
    for (const a of platforms)
      for (const b of platforms) {
        if (a === b) continue;
        const walk =
          walks.get(`${station}|${lines[platformLine[a]!]}|${lines[platformLine[b]!]}`) ??
          model.transferWalkSeconds;
        edges.push({ from: a, to: b, seconds: walk + boardSeconds[b]!, kind: TRANSFER });
      }
  });

  const n = platformStation.length;
  edges.sort((x, y) => x.from - y.from);
  const edgeStart = new Int32Array(n + 1);
  for (const e of edges) edgeStart[e.from + 1]!++;
  for (let p = 0; p < n; p++) edgeStart[p + 1]! += edgeStart[p]!;
  const graph: RailGraph = {
    model,
    stationNames: RAIL_STATIONS,
    coords: RAIL_COORDS,
    grid: stationGrid(RAIL_COORDS),
    lines,
    platformStation: Int32Array.from(platformStation),
    platformLine: Int32Array.from(platformLine),
    stationPlatforms,
    boardSeconds,
    edgeStart,
    edgeTo: Int32Array.from(edges, (e) => e.to),
    edgeSeconds: Float64Array.from(edges, (e) => e.seconds),
    edgeKind: Uint8Array.from(edges, (e) => e.kind),
  };
  built.set(model, graph);
  return graph;
}
