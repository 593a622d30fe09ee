// What the Kakao Mobility replica answers for a pair, in the shape of the directions API
// (https://developers.kakaomobility.com/docs/navi-api/directions/): a route whose distance and duration
// grow with the straight-line distance (slower for a future departure, which meets the morning rush),
// `result_code` 104 within 5 m and 101 between Jeju and the mainland.
import { haversineKm, type LatLng } from '../../geo/distance.js';

const isJeju = (p: LatLng) => p.lat < 34.1 && p.lng > 126 && p.lng < 127;

/** A directions answer whose first route carries only a result code (no summary), as Kakao sends it. */
export function resultCodeBody(code: number, message: string): string {
  return JSON.stringify({
    trans_id: `replica-${code}`,
    routes: [{ result_code: code, result_msg: message }],
  });
}

/**
 * Returns the body Kakao Mobility would send for a pair; `future` for `/v1/future/directions`.
 *
 * @example answerDirections({ lat: 37.5665, lng: 126.978 }, { lat: 37.4011, lng: 127.1086 }, true)
 */
export function answerDirections(from: LatLng, to: LatLng, future: boolean): string {
  const km = haversineKm(from, to);
  if (km < 0.005)
    return resultCodeBody(104, '출발지와 도착지가 5 m 이내로 설정된 경우 경로를 탐색할 수 없음');
  if (isJeju(from) !== isJeju(to)) return resultCodeBody(101, '경로 탐색 불가');
  const metres = Math.round(km * 1350);
  const kmh = future ? 24 : 34;
  const duration = Math.round(180 + (metres / 1000 / kmh) * 3600);
  const bound = {
    min_x: Math.min(from.lng, to.lng),
    min_y: Math.min(from.lat, to.lat),
    max_x: Math.max(from.lng, to.lng),
    max_y: Math.max(from.lat, to.lat),
  };
  const summary = {
    origin: { name: '', x: from.lng, y: from.lat },
    destination: { name: '', x: to.lng, y: to.lat },
    waypoints: [],
    priority: 'RECOMMEND',
    bound,
    fare: { taxi: 4800 + Math.round(metres / 131) * 100, toll: 0 },
    distance: metres,
    duration,
  };
  const section = { distance: metres, duration, bound, roads: [], guides: [] };
  return JSON.stringify({
    trans_id: `replica-${Math.round(from.lat * 1e4)}-${Math.round(to.lng * 1e4)}`,
    routes: [{ result_code: 0, result_msg: '길찾기 성공', summary, sections: [section] }],
  });
}
