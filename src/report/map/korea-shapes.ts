// The map's outlines, decoded once from the generated module on first use, and the lookups that find
// the shape a code or a name stands for.
import { findSido, findSigungu } from '../../geo/regions/regions.js';
import { KOREA_MAP_HEIGHT, KOREA_MAP_WIDTH, SIDO_SHAPES, SIGUNGU_SHAPES } from './_korea-shapes.gen.js';
import type { KoreaMapLevel, KoreaMapPlace, KoreaMapPlaceInput, KoreaMapShape } from './types.js';

/** The map canvas in viewBox units (tenths of a pixel at its natural size). */
export const KOREA_MAP_VIEWBOX = { width: KOREA_MAP_WIDTH, height: KOREA_MAP_HEIGHT } as const;

interface ShapeTables {
  sido: readonly KoreaMapShape[];
  sigungu: readonly KoreaMapShape[];
  /** Every code and covered code of a level → its shape. */
  sidoByCode: Map<string, KoreaMapShape>;
  sigunguByCode: Map<string, KoreaMapShape>;
  /** '<sido code>:<name without spaces>' → 시군구 shape. */
  sigunguByName: Map<string, KoreaMapShape>;
}

let tables: ShapeTables | undefined;

function decode(level: KoreaMapLevel, packed: string): KoreaMapShape[] {
  return packed.split('\n').map((line) => {
    const [code, name, shortName, sidoCode, covers, x, y, path] = line.split('|');
    return Object.freeze({
      level,
      code: code!,
      name: name!,
      shortName: shortName!,
      sidoCode: sidoCode!,
      covers: Object.freeze(covers ? covers.split(',') : []),
      label: Object.freeze([Number(x), Number(y)] as const),
      path: path!,
    });
  });
}

function byCode(shapes: readonly KoreaMapShape[]): Map<string, KoreaMapShape> {
  const map = new Map<string, KoreaMapShape>();
  for (const shape of shapes) for (const code of [shape.code, ...shape.covers]) map.set(code, shape);
  return map;
}

function get(): ShapeTables {
  if (tables) return tables;
  const sido = decode('sido', SIDO_SHAPES);
  const sigungu = decode('sigungu', SIGUNGU_SHAPES);
  tables = {
    sido,
    sigungu,
    sidoByCode: byCode(sido),
    sigunguByCode: byCode(sigungu),
    sigunguByName: new Map(sigungu.map((shape) => [`${shape.sidoCode}:${squash(shape.name)}`, shape])),
  };
  return tables;
}

function squash(name: string): string {
  return name.replace(/\s+/g, '');
}

/**
 * Returns the outlines of one level: 16 시도 or 250 시군구, in code order of the source.
 *
 * @example koreaMapShapes('sido').map((shape) => shape.shortName) // ['서울', '부산', '대구', …]
 */
export function koreaMapShapes(level: KoreaMapLevel): readonly KoreaMapShape[] {
  return get()[level];
}

/**
 * Returns the shape a code is counted in — its own, or the shape that covers it — or undefined.
 * A 2-digit code is a 시도, a 5-digit one a 시군구; a longer code is cut to its 시군구.
 *
 * @example koreaMapShapeOf('41192')?.name // '부천시' (원미구 is drawn inside 부천시)
 * @example koreaMapShapeOf('42')?.name // '강원특별자치도' (강원도's former code)
 */
export function koreaMapShapeOf(code: string): KoreaMapShape | undefined {
  const t = get();
  return code.length === 2 ? t.sidoByCode.get(code) : t.sigunguByCode.get(code.slice(0, 5));
}

/**
 * Returns the 시도 and 시군구 shapes a posting is counted in: by its region code first (first 5 digits
 * the 시군구, first 2 the 시도), then by its 시도 and 시군구 names. A place the map cannot split (a city
 * with 일반구 given without its 구, '수원시') gets its 시도 and no 시군구.
 *
 * @example koreaMapPlace({ region_code: '1168010100' }) // { sido: '11', sigungu: '11680' }
 * @example koreaMapPlace({ sido: '경기', sigungu: '성남시 분당구' }) // { sido: '41', sigungu: '41135' }
 * @example koreaMapPlace({ sido: null, sigungu: null }) // { sido: null, sigungu: null }
 */
export function koreaMapPlace(input: KoreaMapPlaceInput): KoreaMapPlace {
  const t = get();
  const code = input.region_code ?? '';
  if (/^\d{5}/.test(code)) {
    const sigungu = t.sigunguByCode.get(code.slice(0, 5));
    if (sigungu) return { sido: sigungu.sidoCode, sigungu: sigungu.code };
  }
  const sidoShape =
    (/^\d{2}/.test(code) ? t.sidoByCode.get(code.slice(0, 2)) : undefined) ??
    (input.sido ? t.sidoByCode.get(findSido(input.sido.trim())?.code ?? '') : undefined);
  const sigungu = sigunguNamed(t, sidoShape?.code, input.sigungu);
  if (sigungu) return { sido: sigungu.sidoCode, sigungu: sigungu.code };
  return { sido: sidoShape?.code ?? null, sigungu: null };
}

/** The 시군구 shape a name stands for, within a 시도 when known (a name alone must be unique). */
function sigunguNamed(
  t: ShapeTables,
  sidoCode: string | undefined,
  name: string | null | undefined,
): KoreaMapShape | undefined {
  const trimmed = name?.trim();
  if (!trimmed) return undefined;
  if (sidoCode) {
    const direct = t.sigunguByName.get(`${sidoCode}:${squash(trimmed)}`);
    if (direct) return direct;
  }
  const found = findSigungu(trimmed, sidoCode);
  return found.length === 1 ? t.sigunguByCode.get(found[0]!.code) : undefined;
}
