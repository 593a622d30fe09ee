// What the ODsay replica answers for a pair, in the shapes of `searchPubTransPathT`
// (https://lab.odsay.com/guide/releaseReference): plausible times from the straight-line distance, so
// answers differ by pair; boarding and alighting at the nearest of a few real stations; three paths
// (subway+bus, subway, bus) in "recommended" order, so the quickest is not always the first.
import { haversineKm, type LatLng } from '../../geo/distance.js';

interface Station {
  name: string;
  /** As ODsay writes a line ('수도권 2호선'). */
  line: string;
  lat: number;
  lng: number;
}

const STATIONS: readonly Station[] = [
  { name: '시청', line: '수도권 1호선', lat: 37.5657, lng: 126.9769 },
  { name: '서울역', line: '수도권 1호선', lat: 37.5547, lng: 126.9707 },
  { name: '수원', line: '수도권 1호선', lat: 37.2664, lng: 127.0 },
  { name: '부평', line: '수도권 1호선', lat: 37.4895, lng: 126.7245 },
  { name: '합정', line: '수도권 2호선', lat: 37.5496, lng: 126.9139 },
  { name: '신도림', line: '수도권 2호선', lat: 37.5088, lng: 126.8912 },
  { name: '강남', line: '수도권 2호선', lat: 37.4979, lng: 127.0276 },
  { name: '삼성', line: '수도권 2호선', lat: 37.5088, lng: 127.0631 },
  { name: '잠실', line: '수도권 2호선', lat: 37.5133, lng: 127.1001 },
  { name: '대화', line: '수도권 3호선', lat: 37.676, lng: 126.7475 },
  { name: '고속터미널', line: '수도권 3호선', lat: 37.505, lng: 127.0049 },
  { name: '여의도', line: '수도권 5호선', lat: 37.5216, lng: 126.9243 },
  { name: '광화문', line: '수도권 5호선', lat: 37.571, lng: 126.9768 },
  { name: '왕십리', line: '수도권 5호선', lat: 37.5612, lng: 127.0371 },
  { name: '양재', line: '수도권 신분당선', lat: 37.4842, lng: 127.0343 },
  { name: '판교', line: '수도권 신분당선', lat: 37.3947, lng: 127.1112 },
  { name: '정자', line: '수도권 신분당선', lat: 37.367, lng: 127.1085 },
  { name: '인천시청', line: '인천 1호선', lat: 37.4573, lng: 126.7021 },
  { name: '서면', line: '부산 1호선', lat: 35.1579, lng: 129.059 },
  { name: '부산역', line: '부산 1호선', lat: 35.1152, lng: 129.0422 },
];

/** -98: ODsay refuses pairs closer than 700 m. */
export const TOO_NEAR_BODY = '{"error":{"code":"-98","msg":"출, 도착지가 700m이내입니다."}}';
/** -99: no route between the points. */
export const NO_ROUTE_BODY = '{"error":{"code":"-99","msg":"검색결과가 없습니다."}}';

function nearest(p: LatLng, stations: readonly Station[] = STATIONS): Station {
  let best = stations[0]!;
  for (const s of stations) if (haversineKm(p, s) < haversineKm(p, best)) best = s;
  return best;
}

/** Jeju (south of 34.1° N) is reached by plane or ferry only: no transit route from the mainland. */
const isJeju = (p: LatLng) => p.lat < 34.1 && p.lng > 126 && p.lng < 127;

function walk(metres: number) {
  return { trafficType: 3, distance: Math.round(metres), sectionTime: Math.max(1, Math.round(metres / 70)) };
}

function subway(from: Station, to: Station, km: number) {
  return {
    trafficType: 1,
    distance: Math.round(km * 1000),
    sectionTime: Math.max(2, Math.round((km / 32) * 60 + 2)),
    stationCount: Math.max(1, Math.round(km / 1.2)),
    lane: [{ name: from.line, subwayCode: 2, subwayCityCode: 1000 }],
    startName: from.name,
    startX: from.lng,
    startY: from.lat,
    endName: to.name,
    endX: to.lng,
    endY: to.lat,
  };
}

function bus(busNo: string, from: string, to: string, km: number) {
  return {
    trafficType: 2,
    distance: Math.round(km * 1000),
    sectionTime: Math.max(2, Math.round((km / 17) * 60)),
    stationCount: Math.max(1, Math.round(km / 0.5)),
    lane: [{ busNo, type: 11, busID: 1000 + Number(busNo) }],
    startName: `${from}역.정류장`,
    endName: `${to}역.정류장`,
  };
}

/** A path object: `info` totals from its legs, as ODsay computes them. */
function path(pathType: number, legs: ReturnType<typeof walk | typeof subway | typeof bus>[]) {
  const rides = legs.filter((leg) => leg.trafficType !== 3);
  const totalTime = legs.reduce((sum, leg) => sum + leg.sectionTime, 0) + 4 * rides.length;
  return {
    pathType,
    info: {
      trafficDistance: rides.reduce((sum, leg) => sum + leg.distance, 0),
      totalWalk: legs.filter((leg) => leg.trafficType === 3).reduce((sum, leg) => sum + leg.distance, 0),
      totalTime,
      payment: 1400 + 100 * rides.length,
      busTransitCount: rides.filter((leg) => leg.trafficType === 2).length,
      subwayTransitCount: rides.filter((leg) => leg.trafficType === 1).length,
      mapObj: '0:0@0:0',
      firstStartStation: (rides[0] as { startName: string }).startName,
      lastEndStation: (rides[rides.length - 1] as { endName: string }).endName,
      totalStationCount: rides.reduce(
        (sum, leg) => sum + ((leg as { stationCount?: number }).stationCount ?? 0),
        0,
      ),
      busStationCount: 0,
      subwayStationCount: 0,
      totalDistance: legs.reduce((sum, leg) => sum + leg.distance, 0),
      totalWalkTime: -1,
    },
    subPath: legs,
  };
}

/**
 * Returns the body ODsay would send for a pair: -98 under 700 m, -99 between Jeju and the mainland,
 * else three paths whose times grow with the distance.
 *
 * @example answerOdsayPath({ lat: 37.5496, lng: 126.9139 }, { lat: 37.4979, lng: 127.0276 }) // 합정 → 강남
 */
export function answerOdsayPath(from: LatLng, to: LatLng): string {
  const km = haversineKm(from, to);
  if (km < 0.7) return TOO_NEAR_BODY;
  if (isJeju(from) !== isJeju(to)) return NO_ROUTE_BODY;
  const board = nearest(from);
  const alight = nearest(to);
  const accessM = haversineKm(from, board) * 1300;
  const egressM = haversineKm(alight, to) * 1300;
  // A second line when the ends' nearest stations are on different lines: change at the station of the
  // alighting line nearest to the boarding one.
  const onAlightLine = STATIONS.filter((s) => s.line === alight.line);
  const change = board.line === alight.line ? undefined : nearest(board, onAlightLine);
  const rideKm = km * 1.25;
  const subwayLegs = change
    ? [
        walk(accessM),
        subway(board, change, haversineKm(board, change) * 1.25 + 0.5),
        walk(200),
        subway(change, alight, haversineKm(change, alight) * 1.25 + 0.5),
        walk(egressM),
      ]
    : [walk(accessM), subway(board, alight, rideKm), walk(egressM)];
  const busNo = String(100 + (Math.round(from.lat * 1000 + to.lng * 1000) % 600));
  const busLegs = [walk(300), bus(busNo, board.name, alight.name, km * 1.4), walk(300)];
  const mixedLegs = [
    walk(250),
    bus(String(Number(busNo) + 1), board.name, board.name, Math.min(3, km * 0.3)),
    walk(150),
    subway(board, alight, rideKm),
    walk(egressM),
  ];
  const result = {
    searchType: 0,
    outTrafficCheck: 0,
    busCount: 1,
    subwayCount: 1,
    subwayBusCount: 1,
    pointDistance: Math.round(km * 1000),
    startRadius: 700,
    endRadius: 700,
    path: [path(3, mixedLegs), path(1, subwayLegs), path(2, busLegs)],
  };
  return JSON.stringify({ result });
}
