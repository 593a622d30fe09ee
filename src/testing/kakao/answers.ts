// What the replica answers on each endpoint, from the table: workplaces by road and building number,
// regions by name, buildings by keyword, and the nearest workplace or centroid for reverse lookups.
import { parseAddress } from '../../geo/address/parse-address.js';
import {
  type EupmyeondongRecord,
  findEupmyeondong,
  findSido,
  findSigungu,
  getSido,
  listEupmyeondong,
  type SigunguRecord,
} from '../../geo/regions/regions.js';
import { coordinatesOf } from '../_shape-parts.js';
import type { SyntheticPosting } from '../generate-postings.js';
import {
  placeDocument,
  regionAddrDocument,
  regionDocument,
  roadAddrDocument,
  roadDocument,
  searchAnswer,
} from './documents.js';
import {
  buildingPoint,
  keywordBuildingNo,
  leafSigungu,
  legalCodeOf,
  metres,
  type ReplicaWorkplace,
  replicaWorkplaces,
  workplaceInDong,
  workplaceOnRoad,
} from './table.js';

type Point = { lat: number; lng: number };

/** `search/address.json`: the documents for one query (none when unknown). */
export function answerAddressSearch(query: string): unknown {
  return searchAnswer(addressDocuments(query));
}

function addressDocuments(query: string): unknown[] {
  const a = parseAddress(query);
  const sido = a ? findSido(a.sido) : undefined;
  if (!a || !sido) return [];
  const sgg = a.sigungu ? findSigungu(a.sigungu, sido.code)[0] : undefined;
  if (a.sigungu && !sgg) return [];
  if (a.road) {
    const place = sgg ? workplaceOnRoad(sgg.code, a.road) : undefined;
    if (!place) return [];
    return a.buildingNo
      ? [roadAddrDocument(place, a.buildingNo, buildingPoint(place, a.buildingNo))]
      : [roadDocument(place, buildingPoint(place, '0'))];
  }
  if (a.jibun) {
    const place = sgg && a.eupmyeondong ? workplaceInDong(sgg.code, a.eupmyeondong) : undefined;
    return place ? [regionAddrDocument(place, a.jibun, buildingPoint(place, a.jibun))] : [];
  }
  if (a.eupmyeondong) {
    const emd = sgg ? findEupmyeondong(a.eupmyeondong, sgg.code) : undefined;
    if (!sgg || !emd) return [];
    return [regionDocument(sido, sgg.name, a.eupmyeondong, legalCodeOf(sgg.code, a.eupmyeondong), emd)];
  }
  if (sgg) return [regionDocument(sido, sgg.name, '', `${sgg.code}00000`, sgg)];
  return [regionDocument(sido, '', '', `${sido.code}00000000`, sido)];
}

/** `search/keyword.json`: the workplaces whose building name the query contains. */
export function answerKeywordSearch(query: string): unknown {
  const squashed = query.normalize('NFKC').replace(/\s+/g, '');
  const documents = replicaWorkplaces()
    .filter((place) => squashed.includes(place.building))
    .slice(0, 15)
    .map((place) => {
      const no = keywordBuildingNo(place);
      return placeDocument(place, no, buildingPoint(place, no));
    });
  return searchAnswer(documents, { same_name: { region: [], keyword: query, selected_region: '' } });
}

/** `geo/coord2address.json`: the nearest workplace building, else the nearest 시군구's area, else nothing. */
export function answerCoord2Address(at: Point): unknown {
  const building = nearestBuilding(at);
  if (building && building.distance <= 150) {
    const { place, no } = building;
    const doc = roadAddrDocument(place, no, buildingPoint(place, no)) as Record<string, unknown>;
    return {
      meta: { total_count: 1 },
      documents: [{ address: strip(doc.address), road_address: strip(doc.road_address) }],
    };
  }
  const area = nearestArea(at);
  if (!area) return { meta: { total_count: 0 }, documents: [] };
  const name =
    `${area.sgg.name ? `${shortOf(area.sgg)} ${area.sgg.name}` : shortOf(area.sgg)} ${area.emd?.name ?? ''}`.trim();
  const address = {
    address_name: name,
    region_1depth_name: shortOf(area.sgg),
    region_2depth_name: area.sgg.name,
    region_3depth_name: area.emd?.name ?? '',
    mountain_yn: 'N',
    main_address_no: '',
    sub_address_no: '',
  };
  return { meta: { total_count: 1 }, documents: [{ address, road_address: null }] };
}

/** `geo/coord2regioncode.json`: the 법정동 (B) and 행정동 (H) of the nearest area, full 시도 names, x/y numbers. */
export function answerCoord2RegionCode(at: Point): unknown {
  const area = nearestArea(at);
  if (!area?.emd) return { meta: { total_count: 0 }, documents: [] };
  const { sgg, emd } = area;
  const full = getSido(sgg.sidoCode)?.name ?? '';
  // Near a workplace, its 법정동 is the answer, so forward and reverse agree on the place.
  const near = replicaWorkplaces().find(
    (w) => w.sigungu.code === sgg.code && metres(buildingPoint(w, '0'), at) < 1500,
  );
  const legalDong = near?.legalDong ?? emd.name.replace(/제?\d+(?:[.,·]\d+)*/g, '');
  const region = (type: 'B' | 'H', code: string, dong: string) => ({
    region_type: type,
    code,
    address_name: `${full} ${sgg.name} ${dong}`,
    region_1depth_name: full,
    region_2depth_name: sgg.name,
    region_3depth_name: dong,
    region_4depth_name: '',
    x: emd.lng,
    y: emd.lat,
  });
  return {
    meta: { total_count: 2 },
    documents: [region('B', legalCodeOf(sgg.code, legalDong), legalDong), region('H', emd.code, emd.name)],
  };
}

function nearestBuilding(at: Point): { place: ReplicaWorkplace; no: string; distance: number } | undefined {
  let best: { place: ReplicaWorkplace; no: string; distance: number } | undefined;
  for (const place of replicaWorkplaces()) {
    if (metres(buildingPoint(place, '0'), at) > 2000) continue;
    for (let n = 1; n <= 420; n++) {
      const p = coordinatesOf({
        sigungu: place.sigunguName,
        road: place.road,
        buildingNo: String(n),
      } as SyntheticPosting);
      const distance = metres(p, at);
      if (!best || distance < best.distance) best = { place, no: String(n), distance };
    }
  }
  return best;
}

function nearestArea(at: Point): { sgg: SigunguRecord; emd: EupmyeondongRecord | undefined } | undefined {
  let sgg: SigunguRecord | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const record of leafSigungu()) {
    const distance = metres(record, at);
    if (distance < best) {
      best = distance;
      sgg = record;
    }
  }
  // Farther than 40 km from every 시군구 centre: the sea or abroad, where Kakao has no region.
  if (!sgg || best > 40_000) return undefined;
  let emd: EupmyeondongRecord | undefined;
  best = Number.POSITIVE_INFINITY;
  for (const record of listEupmyeondong(sgg.code)) {
    const distance = metres(record, at);
    if (distance < best) {
      best = distance;
      emd = record;
    }
  }
  return { sgg, emd };
}

function shortOf(sgg: SigunguRecord): string {
  return getSido(sgg.sidoCode)?.shortName ?? '';
}

// coord2address objects carry no codes and no x/y.
function strip(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const rest: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of ['h_code', 'b_code', 'region_3depth_h_name', 'zip_code', 'x', 'y']) delete rest[key];
  return rest;
}
