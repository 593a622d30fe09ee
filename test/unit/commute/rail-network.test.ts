import { describe, expect, it } from 'vitest';
import {
  RAIL_COORDS,
  RAIL_PATHS,
  RAIL_STATIONS,
  RAIL_TRANSFERS,
} from '../../../src/commute/rail/_network.gen.js';
import { railGraph, TRANSFER } from '../../../src/commute/rail/rail-graph.js';
import { haversineKm } from '../../../src/geo/distance.js';

const point = (s: number) => ({ lat: RAIL_COORDS[2 * s]!, lng: RAIL_COORDS[2 * s + 1]! });

describe('the generated rail network', () => {
  it('has every station placed in the capital area and every path with a run time slot per segment', () => {
    expect(RAIL_STATIONS.length).toBeGreaterThan(600);
    expect(RAIL_COORDS.length).toBe(2 * RAIL_STATIONS.length);
    for (let s = 0; s < RAIL_STATIONS.length; s++) {
      const { lat, lng } = point(s);
      expect(lat).toBeGreaterThan(36.7);
      expect(lat).toBeLessThan(38.2);
      expect(lng).toBeGreaterThan(126.3);
      expect(lng).toBeLessThan(127.8);
    }
    for (const path of RAIL_PATHS) {
      expect(path.seconds.length).toBe(path.stops.length - 1);
      path.stops.slice(1).forEach((stop, k) => {
        // Neighbouring stops are real neighbours: never farther apart than the longest open gap.
        expect(haversineKm(point(path.stops[k]!), point(stop))).toBeLessThan(12);
      });
    }
  });

  it('joins the paths of each line into one connected line', () => {
    const lines = new Map<string, (readonly number[])[]>();
    for (const path of RAIL_PATHS) lines.set(path.line, [...(lines.get(path.line) ?? []), path.stops]);
    for (const [line, paths] of lines) {
      // GTX-A runs as two services until its middle section opens; every other line is one piece.
      const pieces = paths.map((stops) => new Set(stops));
      let merged = true;
      while (merged && pieces.length > 1) {
        merged = false;
        for (let i = 1; i < pieces.length; i++)
          if ([...pieces[i]!].some((s) => pieces[0]!.has(s))) {
            for (const s of pieces[i]!) pieces[0]!.add(s);
            pieces.splice(i, 1);
            merged = true;
            break;
          }
      }
      expect(pieces.length, line).toBe(line === 'GTX-A' ? 2 : 1);
    }
  });

  it('links lines by transfers so that every station reaches every other', () => {
    const graph = railGraph();
    const n = graph.platformStation.length;
    const seen = new Uint8Array(n);
    const queue = [0];
    seen[0] = 1;
    while (queue.length > 0) {
      const p = queue.pop()!;
      for (let e = graph.edgeStart[p]!; e < graph.edgeStart[p + 1]!; e++)
        if (!seen[graph.edgeTo[e]!]) {
          seen[graph.edgeTo[e]!] = 1;
          queue.push(graph.edgeTo[e]!);
        }
    }
    expect(seen.every((x) => x === 1)).toBe(true);
    const transferEdges = [...graph.edgeKind].filter((k) => k === TRANSFER).length;
    expect(transferEdges).toBeGreaterThan(200);
    const at = (name: string) => RAIL_STATIONS.indexOf(name);
    // 서울역 links 1호선, 4호선, 공항철도, 경의중앙선 and GTX-A; 7호선 이수 is 4호선 총신대입구.
    const seoul = graph.stationPlatforms[at('서울역')]!.map((p) => graph.lines[graph.platformLine[p]!]);
    expect(seoul).toEqual(expect.arrayContaining(['1호선', '4호선', '공항철도', '경의중앙선', 'GTX-A']));
    const isu = graph.stationPlatforms[at('총신대입구')]!.map((p) => graph.lines[graph.platformLine[p]!]);
    expect(isu).toEqual(expect.arrayContaining(['4호선', '7호선']));
    expect(RAIL_TRANSFERS.length).toBeGreaterThan(100);
  });

  it('keeps 5호선 양평 and 경의중앙선 양평 apart, and 경강선 성남 between 판교 and 이매', () => {
    const yangpyeong = RAIL_STATIONS.flatMap((name, s) => (name === '양평' ? [s] : []));
    expect(yangpyeong).toHaveLength(2);
    const gyeonggang = RAIL_PATHS.find((p) => p.line === '경강선')!.stops.map((s) => RAIL_STATIONS[s]);
    expect(gyeonggang.slice(0, 3)).toEqual(['판교', '성남', '이매']);
  });
});
