// Generates src/report/map/_korea-shapes.gen.ts, the outlines the report and the explorer draw their
// map with, from a TopoJSON of the 250 시군구 and 16 시도 (통계청 SGIS boundaries as processed by
// vuski/admdongkor, simplified and relabelled to the 2026 codes).
//
// Run: npx tsx scripts/gen-map.ts [directory holding sigungu-simplified.topo.json and legal-dong-codes.tsv]
//
// What the module holds, per shape: its code, names, the codes it counts (`covers`: the current codes a
// shape that was not split stands for, plus the codes other tables use for the same place — the
// embedded region table's and the abolished official codes), a label anchor and an SVG path already
// projected. The projection is equirectangular with longitudes shrunk by cos 36° (Korea spans 33–39°N,
// so shapes are off by at most a few percent), on a canvas 600 px tall; coordinates are stored in
// tenths of a pixel as integers, so the SVG's viewBox is ten times the pixel size. Rings under a pixel
// of area are dropped (they are invisible and are most of the islands' bytes).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSido, findSigungu, listSigungu } from '../src/geo/regions/regions.js';
import { readTsv } from './_read-tsv.js';

/** Repository-relative path of the generated module. */
export const MAP_OUTPUT = 'src/report/map/_korea-shapes.gen.ts';
/** Where the script reads its sources, relative to the repository root: beside the checkout. */
export const MAP_SOURCE_DIR = '../shared/data';
export const TOPOJSON_FILE = 'sigungu-simplified.topo.json';
export const LEGAL_DONG_FILE = 'legal-dong-codes.tsv';

/** Canvas height in pixels; the width follows from the projection. */
const HEIGHT_PX = 600;
/** Stored units per pixel (coordinates are integers in tenths of a pixel). */
const UNITS = 10;
/** Margin around the outlines, in pixels. */
const MARGIN_PX = 8;
/** Rings smaller than this (in square pixels) are dropped, unless they are a shape's largest. */
const MIN_RING_AREA_PX = 1;
/** Points closer than this (in pixels) to the line through their neighbours are dropped. */
const TOLERANCE_PX = 0.3;
const COS_36 = Math.cos((36 * Math.PI) / 180);

type Position = [number, number];
type Ring = Position[];

interface TopoGeometry {
  type: 'Polygon' | 'MultiPolygon';
  arcs: number[][] | number[][][];
  properties: Record<string, string>;
}

interface Topology {
  arcs: number[][][];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { geometries: TopoGeometry[] }>;
}

/** One shape of the generated module. */
interface GeneratedShape {
  code: string;
  name: string;
  shortName: string;
  sidoCode: string;
  covers: string[];
  label: Position;
  path: string;
}

/** Decodes the delta-encoded, quantized arcs of a topology into longitude/latitude positions. */
function decodeArcs(topology: Topology): Ring[] {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Position;
    });
  });
}

/** The rings of a geometry, each stitched from its arcs (a negative index `~i` is arc i reversed). */
function ringsOf(geometry: TopoGeometry, arcs: readonly Ring[]): Ring[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs) as number[][][];
  const rings: Ring[] = [];
  for (const polygon of polygons) {
    for (const indexes of polygon) {
      const ring: Ring = [];
      for (const index of indexes) {
        const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
        // Consecutive arcs share their joining point.
        ring.push(...(ring.length > 0 ? arc.slice(1) : arc));
      }
      rings.push(ring);
    }
  }
  return rings;
}

/** Signed area of a ring (shoelace). */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2;
}

/**
 * A point well inside a shape for its label: on a horizontal line near the middle of its largest ring
 * (a concave shape's centroid may lie outside it), the middle of the widest stretch inside the shape,
 * holes counted (경기도 surrounds 서울, whose label would otherwise land on 경기도's).
 */
function labelAnchor(rings: readonly Ring[], largest: Ring): Position {
  const ys = largest.map((p) => p[1]);
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  let best: Position = largest[0]!;
  let bestWidth = -1;
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const y = minY + (maxY - minY) * t + 0.01;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j]!;
        const [x2, y2] = ring[i]!;
        if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const width = xs[k + 1]! - xs[k]!;
      // The middle line wins unless another is clearly wider (labels sit best near the middle).
      if (width > bestWidth * (t === 0.5 ? 1 : 1.5)) {
        bestWidth = width;
        best = [(xs[k]! + xs[k + 1]!) / 2, y];
      }
    }
  }
  return best;
}

/**
 * An arc simplified by Douglas–Peucker in canvas units. Arcs are simplified before rings are stitched,
 * so two neighbours still share the same simplified border (no slivers or gaps between shapes).
 */
function simplifyArc(arc: Ring, tolerance: number): Ring {
  if (arc.length <= 2) return arc;
  const keep = new Uint8Array(arc.length);
  keep[0] = 1;
  keep[arc.length - 1] = 1;
  const stack: [number, number][] = [[0, arc.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [x1, y1] = arc[first]!;
    const [x2, y2] = arc[last]!;
    const length = Math.hypot(x2 - x1, y2 - y1);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [x, y] = arc[i]!;
      const d =
        length === 0
          ? Math.hypot(x - x1, y - y1)
          : Math.abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return arc.filter((_, i) => keep[i] === 1);
}

/** Projects and stores as integer canvas units. */
function projector(bounds: { minLng: number; maxLat: number; scale: number }) {
  return ([lng, lat]: Position): Position => [
    Math.round(((lng - bounds.minLng) * COS_36 * bounds.scale + MARGIN_PX) * UNITS),
    Math.round(((bounds.maxLat - lat) * bounds.scale + MARGIN_PX) * UNITS),
  ];
}

/** The SVG path of projected rings: an absolute move, then relative lines, each ring closed. */
function pathOf(rings: readonly Ring[]): string {
  const parts: string[] = [];
  for (const ring of rings) {
    const points: Position[] = [];
    for (const point of ring) {
      const last = points.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
    }
    if (points.length > 1 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1])
      points.pop();
    if (points.length < 3) continue;
    let text = `M${points[0]![0]} ${points[0]![1]}l`;
    for (let i = 1; i < points.length; i++) {
      const dx = points[i]![0] - points[i - 1]![0];
      const dy = points[i]![1] - points[i - 1]![1];
      text += `${i === 1 || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
    }
    parts.push(`${text}z`);
  }
  return parts.join('');
}

/** The rings worth drawing: every ring of a pixel or more, and always the largest. */
function visibleRings(rings: readonly Ring[]): Ring[] {
  const minArea = MIN_RING_AREA_PX * UNITS * UNITS;
  const largest = Math.max(...rings.map((r) => Math.abs(ringArea(r))));
  return rings.filter((ring) => {
    const area = Math.abs(ringArea(ring));
    return area >= minArea || area === largest;
  });
}

/**
 * Adds to each shape's `covers` the other codes of the same place: the embedded region table's code
 * (found by name: its former 광주광역시 구 codes differ from the official ones) and every abolished
 * official code (a 2022 region code in an old lake: 강원도 42 → 51, 전라북도 45 → 52, 광주·전남 29/46 → 12,
 * 경북 군위군 → 대구), by its replacement or, without one, by its name in today's 시도.
 */
function addAliases(sido: GeneratedShape[], sigungu: GeneratedShape[], legalDongTsv: string): void {
  const owner = new Map<string, GeneratedShape>();
  for (const shape of [...sido, ...sigungu])
    for (const code of [shape.code, ...shape.covers]) owner.set(code, shape);
  const byName = new Map(
    sigungu.map((shape) => [`${shape.sidoCode}:${shape.name.replace(/\s+/g, '')}`, shape]),
  );
  const alias = (code: string, shape: GeneratedShape | undefined): void => {
    if (!shape || owner.has(code)) return;
    owner.set(code, shape);
    shape.covers.push(code);
  };
  const shapeNamed = (sidoCode: string | undefined, name: string): GeneratedShape | undefined => {
    if (!sidoCode) return undefined;
    const direct = byName.get(`${sidoCode}:${name.replace(/\s+/g, '')}`);
    if (direct) return direct;
    const found = findSigungu(name, sidoCode);
    return found.length === 1 ? owner.get(found[0]!.code) : undefined;
  };
  for (const record of listSigungu()) alias(record.code, shapeNamed(record.sidoCode, record.name));
  for (const row of readTsv(legalDongTsv)) {
    if (row.active !== '0' || row.eupmyeondong !== '' || row.ri !== '') continue;
    const code = row.code!;
    const replacement = row.replaced_by ?? '';
    if (row.sigungu === '') {
      alias(
        code.slice(0, 2),
        owner.get(replacement.slice(0, 2)) ?? owner.get(findSido(row.sido!)?.code ?? ''),
      );
      continue;
    }
    alias(
      code.slice(0, 5),
      owner.get(replacement.slice(0, 5)) ?? shapeNamed(findSido(row.sido!)?.code, row.sigungu!),
    );
  }
  for (const shape of [...sido, ...sigungu]) shape.covers.sort();
}

/** Builds the generated module's text from the TopoJSON and the official code table. */
export function buildMapModule(topojson: string, legalDongTsv: string): string {
  const topology = JSON.parse(topojson) as Topology;
  const arcs = decodeArcs(topology);
  const all = arcs.flat();
  const extent = (axis: 0 | 1, pick: (a: number, b: number) => number) =>
    all.reduce((value, point) => pick(value, point[axis]), all[0]![axis]);
  const [minLng, maxLng] = [extent(0, Math.min), extent(0, Math.max)];
  const [minLat, maxLat] = [extent(1, Math.min), extent(1, Math.max)];
  const scale = HEIGHT_PX / (maxLat - minLat);
  const width = Math.ceil((maxLng - minLng) * COS_36 * scale + 2 * MARGIN_PX);
  const height = HEIGHT_PX + 2 * MARGIN_PX;
  const project = projector({ minLng, maxLat, scale });
  const projected = arcs.map((arc) => simplifyArc(arc.map(project), TOLERANCE_PX * UNITS));
  const shapesOf = (object: string): GeneratedShape[] =>
    topology.objects[object]!.geometries.map((geometry) => {
      const p = geometry.properties;
      const rings = visibleRings(ringsOf(geometry, projected));
      const largest = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
      const label = labelAnchor(rings, largest).map(Math.round) as Position;
      const code = p.code!;
      const isSido = object === 'sido';
      return {
        code,
        name: p.name!,
        shortName: isSido ? (findSido(p.name!)?.shortName ?? p.name!) : p.name!,
        sidoCode: isSido ? code : p.sido_code!,
        covers: (p.covers ?? '').split(',').filter((c) => c !== '' && c !== code),
        label,
        path: pathOf(rings),
      };
    });
  const sido = shapesOf('sido');
  const sigungu = shapesOf('sigungu');
  addAliases(sido, sigungu, legalDongTsv);
  const record = (s: GeneratedShape) =>
    [s.code, s.name, s.shortName, s.sidoCode, s.covers.join(','), s.label[0], s.label[1], s.path].join('|');
  return `// Generated by scripts/gen-map.ts — do not edit; run \`npx tsx scripts/gen-map.ts\`.
// Boundaries: 통계청 SGIS 행정구역 경계 as processed by vuski/admdongkor (2022-03-09 boundaries, simplified,
// relabelled to the 2026 codes; 부천시, 화성시 and 인천 서구 are not split into their new 구).
// Format: records separated by '\\n', fields by '|': code|name|short name|시도 code|covered codes (comma-
// separated)|label x|label y|SVG path. Coordinates are in tenths of a pixel on a canvas of
// KOREA_MAP_WIDTH × KOREA_MAP_HEIGHT units (equirectangular, longitude × cos 36°).

/** Canvas width, in tenths of a pixel. */
export const KOREA_MAP_WIDTH = ${width * UNITS};
/** Canvas height, in tenths of a pixel. */
export const KOREA_MAP_HEIGHT = ${height * UNITS};
/** The 16 시도. */
export const SIDO_SHAPES = ${JSON.stringify(sido.map(record).join('\n'))};
/** The 250 시군구 (일반구 separately where the boundaries have them). */
export const SIGUNGU_SHAPES = ${JSON.stringify(sigungu.map(record).join('\n'))};
`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(root, process.argv[2] ?? MAP_SOURCE_DIR);
  const text = buildMapModule(
    readFileSync(resolve(dir, TOPOJSON_FILE), 'utf8'),
    readFileSync(resolve(dir, LEGAL_DONG_FILE), 'utf8'),
  );
  writeFileSync(resolve(root, MAP_OUTPUT), text);
  console.log(`wrote ${MAP_OUTPUT} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
