// Which 시군구 a road name is known in, from the embedded road index. The index is partial (roads seen in
// schools', parks', universities', police stations' and Seoul hospitals' open address data): a road it
// lacks is unknown, not invalid, and a road it knows in one 시군구 only is taken to be there.
// The packed string is decoded once, on first use, into Maps.
import { ROAD_NAMES, ROAD_NAMES_TABLE } from './_road-names.gen.js';
import { decodeSyllables } from './_syllables.js';

/** What the road index knows about a road name. */
export interface RoadMatch {
  /** The name the index knew: the road as written, or its base road ('테헤란로7길' → '테헤란로'). */
  readonly road: string;
  /** True when only the base road was known, so the 시군구 are those of the base road and its branches. */
  readonly viaBase: boolean;
  /** Codes of the region-table 시군구 the road is known in, in code order (one: the road proves it). */
  readonly sigunguCodes: readonly string[];
}

interface RoadTables {
  /** Full road name → 시군구 codes. */
  byName: Map<string, string[]>;
  /** Base road → 시군구 codes of the base road or any of its branch roads. */
  byBase: Map<string, string[]>;
}

// 'X로27길', 'X대로3번길', 'X로20나길': a branch road and its base road.
const BRANCH = /^(.+?(?:대로|로|길))\d+(?:번)?[가나다라마바사아자차카타파하]?길$/;
// A branch of a base road that ends in '길' drops that '길': '연무장17길' branches off '연무장길'.
const BRANCH_OF_GIL = /^([가-힣]+?)\d+(?:번)?[가나다라마바사아자차카타파하]?길$/;
let tables: RoadTables | undefined;

function add(map: Map<string, string[]>, key: string, code: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [code]);
  else if (!list.includes(code)) list.push(code);
}

function build(): RoadTables {
  const t: RoadTables = { byName: new Map(), byBase: new Map() };
  for (const line of decodeSyllables(ROAD_NAMES, ROAD_NAMES_TABLE).split('\n')) {
    const [code = '', ...entries] = line.split('|');
    for (const entry of entries) {
      const colon = entry.indexOf(':');
      const base = colon < 0 ? entry : entry.slice(0, colon);
      add(t.byBase, base, code);
      const branches = colon < 0 ? [''] : entry.slice(colon + 1).split(',');
      for (const branch of branches) {
        const name =
          branch === ''
            ? base
            : branch.endsWith('*')
              ? `${base}${branch.slice(0, -1)}번길`
              : `${base}${branch}길`;
        add(t.byName, name, code);
      }
    }
  }
  return t;
}

const get = (): RoadTables => {
  tables ??= build();
  return tables;
};

const inSido = (codes: readonly string[] | undefined, sidoCode: string | undefined): string[] =>
  (codes ?? []).filter((code) => sidoCode === undefined || code.startsWith(sidoCode)).sort();

/**
 * Returns the 시군구 a road name is known in: the road as written ('테헤란로7길'), else its base road
 * ('테헤란로') with the 시군구 of all its known branches; optionally only within one 시도. Undefined when
 * the index does not know the road (unknown, not invalid: the index holds only a part of all roads).
 *
 * @example findRoad('테헤란로7길') // { road: '테헤란로', viaBase: true, sigunguCodes: ['11680'] }
 * @example findRoad('학동로')?.sigunguCodes // ['11680', '41650']: ambiguous, never a guess
 */
export function findRoad(name: string, sidoCode?: string): RoadMatch | undefined {
  if (typeof name !== 'string' || name.length === 0) return undefined;
  const t = get();
  const exact = inSido(t.byName.get(name), sidoCode);
  if (exact.length > 0) return { road: name, viaBase: false, sigunguCodes: exact };
  const base = baseRoadOf(name);
  if (base === undefined) return undefined;
  const viaBase = inSido(t.byBase.get(base), sidoCode);
  return viaBase.length > 0 ? { road: base, viaBase: true, sigunguCodes: viaBase } : undefined;
}

/**
 * Returns the base road of a branch road ('테헤란로7길' → '테헤란로', '황새울로258번길' → '황새울로',
 * '연무장17길' → '연무장길'), or undefined when the name is not a numbered branch.
 *
 * @example baseRoadOf('반포대로21길') // '반포대로'
 */
export function baseRoadOf(name: string): string | undefined {
  const base = BRANCH.exec(name)?.[1];
  if (base !== undefined) return base;
  const stem = BRANCH_OF_GIL.exec(name)?.[1];
  return stem === undefined ? undefined : `${stem}길`;
}
