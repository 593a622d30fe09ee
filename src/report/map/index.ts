// The 시도/시군구 choropleth: outlines generated from 통계청 SGIS boundaries, a posting's place on them,
// and an SVG renderer shared by the report and the explorer.
export type { KoreaMapTally } from './korea-map-counts.js';
export { koreaMapCounts } from './korea-map-counts.js';
export { KOREA_MAP_VIEWBOX, koreaMapPlace, koreaMapShapeOf, koreaMapShapes } from './korea-shapes.js';
export { renderKoreaMap } from './render-korea-map.js';
export type {
  KoreaMapCounts,
  KoreaMapLevel,
  KoreaMapPlace,
  KoreaMapPlaceInput,
  KoreaMapShape,
  RenderKoreaMapOptions,
} from './types.js';
