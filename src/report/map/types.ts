// The shapes of the 시도/시군구 map: the outlines it draws, where a posting is counted, and what the
// renderer takes. Codes are the 2026 administrative codes (2 digits for a 시도, 5 for a 시군구).

/** Which outlines a map is filled by: the 250 시군구 (with 시도 borders drawn over them) or the 16 시도. */
export type KoreaMapLevel = 'sido' | 'sigungu';

/** One outline of the map. */
export interface KoreaMapShape {
  level: KoreaMapLevel;
  /** '11' (서울특별시) or '11680' (강남구). */
  code: string;
  /** Official name: '서울특별시', '강남구', '성남시분당구'. */
  name: string;
  /** What a label shows: '서울' for a 시도, the name for a 시군구. */
  shortName: string;
  /** The 시도 the shape lies in (its own code for a 시도). */
  sidoCode: string;
  /**
   * Other codes counted in this shape: the current codes of a place the boundaries do not split yet
   * (부천시 → 원미구·소사구·오정구), the embedded region table's code where it differs, and abolished
   * official codes (강원도 42 → 51).
   */
  covers: readonly string[];
  /** Where its label goes, in the map's viewBox units. */
  label: readonly [x: number, y: number];
  /** SVG path data in the map's viewBox units. */
  path: string;
}

/** The shapes a posting is counted in: a 시도 code and a 시군구 code, each null when unknown. */
export interface KoreaMapPlace {
  sido: string | null;
  sigungu: string | null;
}

/** Where a posting is: the columns of a lake or database row that place it (all optional). */
export interface KoreaMapPlaceInput {
  /** Ten-digit 법정동/행정동 code; its first 5 digits name the 시군구, its first 2 the 시도. */
  region_code?: string | null;
  /** 시도 name in any common form ('서울특별시', '서울', '강원도'). */
  sido?: string | null;
  /** 시군구 name ('강남구', '성남시 분당구', '분당구'). */
  sigungu?: string | null;
}

/** Postings per shape code; a code with no entry counts as 0. */
export interface KoreaMapCounts {
  /** Per 시도 code ('11'). */
  sido: Readonly<Record<string, number>>;
  /** Per 시군구 shape code ('11680'). */
  sigungu: Readonly<Record<string, number>>;
}

/** Options of renderKoreaMap. */
export interface RenderKoreaMapOptions {
  /**
   * The outlines that are filled by count.
   * @default 'sigungu'
   */
  level?: KoreaMapLevel;
  /**
   * The map's accessible name (its `<title>`).
   * @default '지역별 공고 지도'
   */
  title?: string;
  /**
   * The word after a count in hover text and the legend.
   * @default '건'
   */
  unit?: string;
  /**
   * How many 시군구 labels to try besides the 시도 labels (busiest first); a label that would overlap
   * one already placed is left out and its name stays in the hover text.
   * @default 12
   */
  sigunguLabels?: number;
  /**
   * A link for a shape (e.g. to a search filtered by its region); shapes without one are not links.
   * The value is escaped; only http(s), relative and fragment URLs are kept.
   */
  linkOf?: (shape: KoreaMapShape) => string | undefined;
  /**
   * Width the SVG is drawn at, in CSS pixels (its height follows); it scales down with its container.
   * @default 575
   */
  width?: number;
}
