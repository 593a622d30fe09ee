// The ODsay replica: `GET /v1/api/searchPubTransPathT` answered in ODsay's shapes, with the key checked
// and faults on demand.
import { FaultDraw } from '../_fault-schedule.js';
import { type ReplicaAnswer, startJsonReplica } from '../_json-replica.js';
import { answerOdsayPath, NO_ROUTE_BODY, TOO_NEAR_BODY } from './answers.js';
import type { OdsayFaultMode, OdsayReplica, OdsayReplicaOptions } from './types.js';

const PATH = '/v1/api/searchPubTransPathT';
/** ODsay's answer to a missing or unknown key (HTTP 200, like all its errors). */
const AUTH_FAILED_BODY =
  '{"error":[{"code":"500","message":"[ApiKeyAuthFailed] ApiKey authentication failed."}]}';
// ODsay's documentation shows no quota answer; this is its key-error shape with a limit message.
const LIMIT_BODY =
  '{"error":[{"code":"429","message":"[LimitExceeded] The daily request limit of this ApiKey is exceeded."}]}';

const json = (status: number, value: unknown): ReplicaAnswer => ({ status, body: JSON.stringify(value) });

/** The normal answer for the query, or ODsay's -9 when a coordinate is missing or not a number. */
function answer(params: URLSearchParams): ReplicaAnswer {
  const [sx, sy, ex, ey] = ['SX', 'SY', 'EX', 'EY'].map((name) => Number(params.get(name) ?? Number.NaN));
  if (![sx, sy, ex, ey].every((n) => Number.isFinite(n)))
    return json(200, { error: { code: '-9', msg: '필수 입력값 누락' } });
  return { status: 200, body: answerOdsayPath({ lat: sy!, lng: sx! }, { lat: ey!, lng: ex! }) };
}

/** The failing answer of a mode; undefined for 'slow'. `turn` counts failures, for modes that cycle. */
function fault(
  mode: OdsayFaultMode,
  turn: number,
  params: URLSearchParams,
  key: string,
): ReplicaAnswer | undefined {
  switch (mode) {
    case 'unauthorized':
      return { status: 200, body: AUTH_FAILED_BODY };
    case 'quota':
      return { status: 200, body: LIMIT_BODY };
    case 'throttled':
      return { status: 429, body: LIMIT_BODY };
    case 'server-error':
      return turn % 2 === 0
        ? json(503, { error: [{ code: '503', message: 'Service Unavailable' }] })
        : json(500, { error: [{ code: '500', message: '서버 내부 오류' }] });
    case 'slow':
      return undefined;
    case 'hang':
      return { status: 200, body: '', hang: true };
    case 'malformed': {
      const body = answer(params).body;
      return { status: 200, body: body.slice(0, Math.max(1, Math.floor(body.length / 2))) };
    }
    case 'echo-key':
      return echo(turn, params, key);
    case 'too-near':
      return { status: 200, body: TOO_NEAR_BODY };
    case 'no-route':
      return { status: 200, body: NO_ROUTE_BODY };
  }
}

/** A server that quotes the key: in an auth error, in station names, in a 429 and in a 500, by turns. */
function echo(turn: number, params: URLSearchParams, key: string): ReplicaAnswer {
  const request = `${PATH}?${params.toString()}`;
  switch (turn % 4) {
    case 1:
      return json(200, {
        error: [{ code: '500', message: `[ApiKeyAuthFailed] apiKey=${key} is not registered` }],
      });
    case 2:
      return { status: 200, body: answer(params).body.replaceAll('"startName":"', `"startName":"${key} `) };
    case 3:
      return json(429, { error: [{ code: '429', message: `[LimitExceeded] ${key}` }], request });
    default:
      return json(500, { error: [{ code: '500', message: `internal error for apiKey ${key}` }], request });
  }
}

/**
 * Starts the ODsay replica: a real HTTP server on 127.0.0.1 that answers `searchPubTransPathT` in its
 * documented shapes (https://lab.odsay.com/guide/releaseReference) with plausible times from the
 * straight-line distance (three paths, boarding at the nearest of a few real stations), -98 under
 * 700 m and -99 between Jeju and the mainland; it checks the `apiKey` query parameter, counts
 * requests, and fails on demand (see {@link OdsayFaultMode}).
 *
 * @example
 * const odsay = await createOdsayReplica({ faults: { mode: 'quota', afterCalls: 10 } });
 * const transit = odsayCommute({ apiKey: odsay.apiKey, baseUrl: odsay.url });
 * await odsay.close();
 */
export async function createOdsayReplica(options: OdsayReplicaOptions = {}): Promise<OdsayReplica> {
  const apiKey = options.apiKey ?? 'odsay-replica-key/7Qz+w1';
  const faults = new FaultDraw<OdsayFaultMode>(options.faults ?? {}, options.seed ?? 2026);
  let calls = 0;
  const server = await startJsonReplica((req, url) => {
    if (url.pathname !== PATH || req.method !== 'GET')
      return { answer: json(404, { error: [{ code: '404', message: 'no such API' }] }), latencyMs: 0 };
    calls++;
    const mode = faults.next();
    const params = url.searchParams;
    const reply =
      params.get('apiKey') !== apiKey
        ? { status: 200, body: AUTH_FAILED_BODY }
        : ((mode && fault(mode, faults.failed, params, apiKey)) ?? answer(params));
    return { answer: reply, latencyMs: faults.latencyMs(mode) };
  });
  return {
    url: server.url,
    apiKey,
    calls: () => calls,
    resetCalls: () => {
      calls = 0;
    },
    setFaults: (next) => faults.set(next),
    close: server.close,
  };
}
