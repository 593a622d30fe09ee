// The choropleth as one SVG string: no script, no tiles, no request, so it works in the offline report
// and behind the explorer's Content-Security-Policy alike. Names come from the generated outlines and
// everything put in markup goes through escapeHtml all the same.
//
// Labels: every 시도 is tried first (busiest first), then the busiest 시군구, and a label whose box
// would overlap one already placed (or the legend) is left out — Seoul's 25 구 fit in about 40 pixels, so
// the dense capital area keeps its 시도 labels and the hover text, never a pile of overlapping names.
import { escapeHtml } from '../escape-html.js';
import { KOREAN_FONT_STACK } from '../korean-font-stack.js';
import { KOREA_MAP_VIEWBOX, koreaMapShapes } from './korea-shapes.js';
import { EMPTY_FILL, type MapClass, mapClasses, mapFill } from './map-classes.js';
import type { KoreaMapCounts, KoreaMapShape, RenderKoreaMapOptions } from './types.js';

/** viewBox units per CSS pixel at the map's natural size. */
const UNIT = 10;
const SIDO_FONT = 12 * UNIT;
const SIGUNGU_FONT = 10 * UNIT;
/** The legend's top-left corner: the sea east of Jeju and south of Busan. */
const LEGEND = { x: 430 * UNIT, y: 455 * UNIT, row: 19 * UNIT, width: 140 * UNIT };
const number = new Intl.NumberFormat('en-US');

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Returns an SVG choropleth of South Korea: 시군구 (or 시도) filled by their count in five classes with
 * a legend, 시도 borders, non-overlapping labels, and a `<title>` per shape for hover text ('경기도
 * 성남시분당구: 405건'). Counts are keyed by shape code (see koreaMapPlace for a posting's codes).
 *
 * @example
 * const svg = renderKoreaMap({ sido: { '11': 900, '41': 700 }, sigungu: { '11680': 139, '41135': 191 } });
 * page.insertAdjacentHTML('beforeend', svg); // <svg … role="img" aria-label="지역별 공고 지도">…
 * @example renderKoreaMap(counts, { level: 'sido', linkOf: (shape) => `/search?region=${shape.code}` })
 */
export function renderKoreaMap(counts: KoreaMapCounts, options: RenderKoreaMapOptions = {}): string {
  const level = options.level ?? 'sigungu';
  const title = options.title ?? '지역별 공고 지도';
  const unit = options.unit ?? '건';
  const width = options.width ?? KOREA_MAP_VIEWBOX.width / UNIT;
  const sido = koreaMapShapes('sido');
  const filled = koreaMapShapes(level);
  const countOf = (shape: KoreaMapShape): number =>
    (shape.level === 'sido' ? counts.sido : counts.sigungu)[shape.code] ?? 0;
  const sidoNames = new Map(sido.map((shape) => [shape.code, shape.name]));
  const classes = mapClasses(filled.map(countOf));
  const hover = (shape: KoreaMapShape): string => {
    const name = shape.level === 'sido' ? shape.name : `${sidoNames.get(shape.sidoCode) ?? ''} ${shape.name}`;
    return `${name.trim()}: ${number.format(countOf(shape))}${unit}`;
  };
  const shapes = filled.map((shape) => {
    const path = `<path d="${shape.path}" fill="${mapFill(countOf(shape), classes)}" data-code="${escapeHtml(shape.code)}"><title>${escapeHtml(hover(shape))}</title></path>`;
    const href = safeHref(options.linkOf?.(shape));
    return href === undefined ? path : `<a href="${escapeHtml(href)}">${path}</a>`;
  });
  const borders =
    level === 'sigungu'
      ? `<g fill="none" stroke="#3e4c59" stroke-width="${1.2 * UNIT}" stroke-linejoin="round" pointer-events="none">${sido.map((s) => `<path d="${s.path}"/>`).join('')}</g>`
      : '';
  const legend = legendSvg(classes, unit);
  const labels = placeLabels(sido, level === 'sigungu' ? filled : [], countOf, options.sigunguLabels ?? 12);
  const { width: w, height: h } = KOREA_MAP_VIEWBOX;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="korea-map" viewBox="0 0 ${w} ${h}" width="${width}" height="${Math.round((width * h) / w)}" role="img" aria-label="${escapeHtml(title)}" font-family="${escapeHtml(KOREAN_FONT_STACK)}">
<title>${escapeHtml(title)}</title>
<rect width="${w}" height="${h}" fill="#f8fbff"/>
<g stroke="#ffffff" stroke-width="${0.6 * UNIT}" stroke-linejoin="round">${shapes.join('')}</g>
${borders}
${labels}
${legend}
</svg>`;
}

/** Keeps links that cannot run script: http(s), relative and fragment URLs. */
function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? href : undefined;
}

/** The legend box: one swatch per class and one for 0, with its limits. */
function legendSvg(classes: readonly MapClass[], unit: string): string {
  const rows: [string, string][] = [[EMPTY_FILL, `0${unit}`]];
  for (const c of classes) {
    const range = c.min === c.max ? number.format(c.min) : `${number.format(c.min)}–${number.format(c.max)}`;
    rows.push([c.color, `${range}${unit}`]);
  }
  const { x, y, row, width } = LEGEND;
  const height = row * (rows.length + 1) + UNIT * 4;
  const items = rows
    .map(
      ([fill, text], index) =>
        `<rect x="${x + 8 * UNIT}" y="${y + row * (index + 1) + 2 * UNIT}" width="${14 * UNIT}" height="${12 * UNIT}" fill="${fill}" stroke="#9aa5b1" stroke-width="${0.5 * UNIT}"/><text x="${x + 28 * UNIT}" y="${y + row * (index + 1) + 12.5 * UNIT}">${escapeHtml(text)}</text>`,
    )
    .join('');
  return `<g class="legend" font-size="${11 * UNIT}" fill="#1f2933"><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${4 * UNIT}" fill="#ffffff" fill-opacity="0.9" stroke="#cbd2d9" stroke-width="${0.5 * UNIT}"/><text x="${x + 8 * UNIT}" y="${y + 14 * UNIT}" font-weight="600">공고 수</text>${items}</g>`;
}

/** Width of a label in viewBox units: a Hangul syllable is about 1 em wide, other characters 0.6 em. */
function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) em += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(char) ? 1 : 0.6;
  return em * size;
}

/** Greedy label placement: busiest first, skipping any label that would overlap a placed one. */
function placeLabels(
  sido: readonly KoreaMapShape[],
  sigungu: readonly KoreaMapShape[],
  countOf: (shape: KoreaMapShape) => number,
  sigunguLabels: number,
): string {
  const busiest = (shapes: readonly KoreaMapShape[]) =>
    [...shapes].sort((a, b) => countOf(b) - countOf(a) || a.code.localeCompare(b.code));
  const candidates: [KoreaMapShape, string, number][] = [
    ...busiest(sido).map((s): [KoreaMapShape, string, number] => [s, s.shortName, SIDO_FONT]),
    ...busiest(sigungu)
      .filter((s) => countOf(s) > 0)
      .slice(0, sigunguLabels)
      .map((s): [KoreaMapShape, string, number] => [s, s.shortName, SIGUNGU_FONT]),
  ];
  const taken: Box[] = [
    { left: LEGEND.x, top: LEGEND.y, right: LEGEND.x + LEGEND.width, bottom: KOREA_MAP_VIEWBOX.height },
  ];
  const texts: string[] = [];
  for (const [shape, text, size] of candidates) {
    const [x, y] = shape.label;
    const half = textWidth(text, size) / 2 + UNIT;
    const box = { left: x - half, right: x + half, top: y - size * 0.6, bottom: y + size * 0.6 };
    if (taken.some((other) => overlaps(box, other))) continue;
    taken.push(box);
    const weight = shape.level === 'sido' ? ' font-weight="700"' : '';
    texts.push(`<text x="${x}" y="${y}" font-size="${size}"${weight}>${escapeHtml(text)}</text>`);
  }
  return `<g class="labels" text-anchor="middle" dominant-baseline="middle" fill="#1f2933" stroke="#ffffff" stroke-width="${0.35 * SIDO_FONT}" stroke-linejoin="round" paint-order="stroke" pointer-events="none">${texts.join('')}</g>`;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
