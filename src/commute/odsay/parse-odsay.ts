// Reading ODsay's `searchPubTransPathT` answers (https://lab.odsay.com/guide/releaseReference). Pure and
// defensive: every field may be missing or of another type, and nothing here throws.
//
// A route answer is `{ result: { path: [{ pathType, info, subPath }] } }`: `info.totalTime` (minutes),
// `info.totalDistance` (m), `info.busTransitCount` / `subwayTransitCount` (rides of each kind),
// `info.firstStartStation` / `lastEndStation`; `subPath[]` legs with `trafficType` 1 subway, 2 bus,
// 3 walk, each ride with `startName`, `endName` and `lane[0].name` (subway line) or `lane[0].busNo`.
// `pathType` is 1 subway, 2 bus, 3 both; intercity answers use 11 train, 12 express bus, 13 intercity
// bus, 14 flight. Errors come as 2xx bodies in two shapes: `{ error: { code, msg } }` (-98 "출, 도착지가
// 700m이내입니다." — a walk; -99 no route; -8/-9 bad input) and `{ error: [{ code, message }] }`
// ('[ApiKeyAuthFailed] …' for a rejected key).

import { AuthError } from '../../model/errors/auth-error.js';
import { QuotaExceededError } from '../../model/errors/quota-exceeded-error.js';
import { readNumber, readRecord, readText } from '../_read.js';
import type { RouterAnswer } from '../_router.js';
import type { CommuteRoute, CommuteVia } from '../estimate-commute.js';

/** The setting a rejected ODsay key points at. */
export const ODSAY_AUTH_HINT =
  "check odsayCommute({ apiKey }) (or ODSAY_API_KEY): it must be a server key of the ODsay LAB app, with this machine's IP registered";

/** What an ODsay error body says, in either shape; undefined fields when absent. */
export interface OdsayErrorBody {
  code: string | undefined;
  message: string | undefined;
}

// '[ApiKeyAuthFailed] ApiKey authentication failed.' and other key refusals.
const AUTH_MESSAGE = /ApiKeyAuth|AuthFailed|Unauthori[sz]ed|invalid\s*api\s*key/i;
// ODsay's per-key daily limit; its wording varies, so any "limit exceeded" or quota word counts.
const QUOTA_MESSAGE = /limit\s*exceed|LimitExceeded|quota|한도|초과/i;

const VIA_OF_PATH_TYPE: Readonly<Record<number, CommuteVia>> = {
  1: 'rail',
  2: 'bus',
  3: 'rail',
  11: 'intercity-rail',
  12: 'intercity-bus',
  13: 'intercity-bus',
  14: 'flight',
};

/**
 * Returns the code and message of an ODsay error body in either shape (`{error:{code,msg}}` or
 * `{error:[{code,message}]}`), or undefined when the body carries no error.
 *
 * @example readOdsayError({ error: { code: '-98', msg: '출, 도착지가 700m이내입니다.' } }) // { code: '-98', message: '출, 도착지가 700m이내입니다.' }
 */
export function readOdsayError(body: unknown): OdsayErrorBody | undefined {
  const raw = readRecord(body)?.error;
  if (raw === undefined) return undefined;
  const first = readRecord(Array.isArray(raw) ? raw[0] : raw);
  const code = first?.code;
  return {
    code: typeof code === 'number' && Number.isFinite(code) ? String(code) : readText(code),
    message:
      readText(first?.msg) ??
      readText(first?.message) ??
      (typeof raw === 'string' ? readText(raw) : undefined),
  };
}

/**
 * Returns what an ODsay error says to do: auth and quota refusals as typed errors, -98 a walk, -99 no
 * route, anything else an unusable answer. Quoted text is cut to 120 characters (the router removes the key).
 *
 * @example odsayErrorAnswer({ code: '-99', message: '검색결과가 없습니다.' }) // { kind: 'no-route' }
 */
export function odsayErrorAnswer(error: OdsayErrorBody, status?: number): RouterAnswer {
  const said = `${error.code === undefined ? '' : ` code ${error.code}`}${error.message ? `: ${error.message.slice(0, 120)}` : ''}`;
  if (error.code === '-98') return { kind: 'walk' };
  if (error.code === '-99') return { kind: 'no-route' };
  if (status === 401 || status === 403 || AUTH_MESSAGE.test(error.message ?? ''))
    return {
      kind: 'auth',
      error: new AuthError({
        message: `ODsay refused the key${said}`,
        provider: 'odsay',
        hint: ODSAY_AUTH_HINT,
      }),
    };
  if (status === 429 || error.code === '429' || QUOTA_MESSAGE.test(error.message ?? ''))
    return {
      kind: 'quota',
      error: new QuotaExceededError({ message: `ODsay quota exhausted${said}`, provider: 'odsay' }),
    };
  return { kind: 'bad-answer', reason: `searchPubTransPathT refused the pair${said}` };
}

/**
 * Returns what a 2xx `searchPubTransPathT` body says: the quickest path as a route (minutes from
 * `info.totalTime`, km from `info.totalDistance`, the boarding and alighting names, lines and
 * transfers when the legs are there), a walk (-98), no route (-99 or no path), a typed refusal (a
 * rejected key, a used-up quota), or null when the body has no usable shape. Never throws.
 *
 * @example parseOdsayAnswer({ result: { path: [{ pathType: 1, info: { totalTime: 38, totalDistance: 14200 } }] } })
 * // { kind: 'route', minutes: 38, km: 14.2, via: 'rail' }
 */
export function parseOdsayAnswer(body: unknown): RouterAnswer | null {
  const error = readOdsayError(body);
  if (error) return odsayErrorAnswer(error);
  const paths = readRecord(readRecord(body)?.result)?.path;
  if (!Array.isArray(paths)) return null;
  if (paths.length === 0) return { kind: 'no-route' };
  let best: { path: Record<string, unknown>; info: Record<string, unknown>; minutes: number } | undefined;
  for (const item of paths) {
    const path = readRecord(item);
    const info = readRecord(path?.info);
    const minutes = readNumber(info?.totalTime);
    if (!path || !info || minutes === undefined || minutes < 0) continue;
    if (!best || minutes < best.minutes) best = { path, info, minutes };
  }
  if (!best) return null;
  const metres = readNumber(best.info.totalDistance);
  const pathType = readNumber(best.path.pathType);
  const via = pathType === undefined ? undefined : VIA_OF_PATH_TYPE[pathType];
  const route = describeRoute(best.path, best.info);
  return {
    kind: 'route',
    minutes: best.minutes,
    ...(metres !== undefined && metres >= 0 ? { km: metres / 1000 } : {}),
    ...(via ? { via } : {}),
    ...(route ? { route } : {}),
  };
}

/** The rides of a path as a {@link CommuteRoute}, or undefined when the names are not there. */
function describeRoute(
  path: Record<string, unknown>,
  info: Record<string, unknown>,
): CommuteRoute | undefined {
  const all = (Array.isArray(path.subPath) ? path.subPath : [])
    .map(readRecord)
    .filter((leg): leg is Record<string, unknown> => leg !== undefined);
  const legs = all.filter((leg) => readNumber(leg.trafficType) !== 3);
  const first = legs[0];
  const last = legs[legs.length - 1];
  const from = short(readText(first?.startName) ?? readText(info.firstStartStation));
  const to = short(readText(last?.endName) ?? readText(info.lastEndStation));
  if (!from || !to) return undefined;
  const lines = legs.map(lineOf).filter((line): line is string => line !== undefined);
  const rides =
    (readNumber(info.busTransitCount) ?? Number.NaN) + (readNumber(info.subwayTransitCount) ?? Number.NaN);
  const transfers = Number.isFinite(rides)
    ? Math.max(0, Math.round(rides) - 1)
    : Math.max(0, legs.length - 1);
  const riding = ridingMinutes(all, legs);
  return { from, to, lines, transfers, ...(riding === undefined ? {} : { minutes: riding }) };
}

/** Minutes from the first boarding to the last alighting (rides and the walks between them). */
function ridingMinutes(all: Record<string, unknown>[], rides: Record<string, unknown>[]): number | undefined {
  const start = all.indexOf(rides[0]!);
  const end = all.indexOf(rides[rides.length - 1]!);
  if (start < 0 || end < 0) return undefined;
  let minutes = 0;
  for (const leg of all.slice(start, end + 1)) {
    const section = readNumber(leg.sectionTime);
    if (section === undefined || section < 0) return undefined;
    minutes += section;
  }
  return minutes;
}

/** A ride's line: the subway line's name ('수도권 2호선') or the bus number ('146번'). */
function lineOf(leg: Record<string, unknown>): string | undefined {
  const lane = readRecord(Array.isArray(leg.lane) ? leg.lane[0] : undefined);
  const name = short(readText(lane?.name));
  if (name) return name;
  const bus = short(
    readText(lane?.busNo) ?? (typeof lane?.busNo === 'number' ? String(lane.busNo) : undefined),
  );
  return bus ? `${bus}번` : undefined;
}

// A name is a station or a stop; a long one is not a name but something a server stuffed there.
function short(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.slice(0, 60);
}
