// The Kakao Mobility replica: `GET /v1/directions` and `/v1/future/directions` answered in the directions
// API's shape, with the key checked and faults on demand. Failures of the call come in the Kakao
// platform's `{ code, msg }` shape (https://developers.kakao.com/docs/latest/ko/rest-api/error-code).
import { FaultDraw } from '../_fault-schedule.js';
import { type ReplicaAnswer, startJsonReplica } from '../_json-replica.js';
import { answerDirections, resultCodeBody } from './answers.js';
import type {
  KakaoMobilityFaultMode,
  KakaoMobilityReplica,
  KakaoMobilityReplicaEndpoint,
  KakaoMobilityReplicaOptions,
} from './types.js';

const ROUTES: Readonly<Record<string, KakaoMobilityReplicaEndpoint>> = {
  '/v1/directions': 'directions',
  '/v1/future/directions': 'future/directions',
};

const UNAUTHORIZED = { code: -401, msg: 'InvalidAccessKey' };
const QUOTA = { code: -10, msg: 'API limit has been exceeded.' };

const json = (status: number, value: unknown): ReplicaAnswer => ({ status, body: JSON.stringify(value) });
const badRequest = (msg: string) => json(400, { code: -2, msg });

/** Reads 'lng,lat'; undefined when it is not two finite numbers. */
function point(value: string | null): { lat: number; lng: number } | undefined {
  const [x, y, ...rest] = (value ?? '').split(',').map((part) => (part.trim() ? Number(part) : Number.NaN));
  if (rest.length > 0 || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return { lat: y!, lng: x! };
}

/** The normal answer, or Kakao's -2 for a bad parameter. */
function answer(endpoint: KakaoMobilityReplicaEndpoint, params: URLSearchParams): ReplicaAnswer {
  const from = point(params.get('origin'));
  const to = point(params.get('destination'));
  if (!from) return badRequest('origin is invalid');
  if (!to) return badRequest('destination is invalid');
  const future = endpoint === 'future/directions';
  if (future && !/^\d{12}$/.test(params.get('departure_time') ?? ''))
    return badRequest('departure_time must be yyyyMMddHHmm');
  return { status: 200, body: answerDirections(from, to, future) };
}

/** The failing answer of a mode; undefined for 'slow'. `turn` counts failures, for modes that cycle. */
function fault(
  mode: KakaoMobilityFaultMode,
  turn: number,
  normal: () => ReplicaAnswer,
  authorization: string,
): ReplicaAnswer | undefined {
  switch (mode) {
    case 'unauthorized':
      return json(401, UNAUTHORIZED);
    case 'quota':
      return json(400, QUOTA);
    case 'throttled':
      return json(429, QUOTA);
    case 'server-error':
      return turn % 2 === 0
        ? json(503, { code: -7, msg: 'service unavailable' })
        : json(500, { code: -1, msg: 'internal error' });
    case 'slow':
      return undefined;
    case 'hang':
      return { status: 200, body: '', hang: true };
    case 'malformed': {
      const body = normal().body;
      return { status: 200, body: body.slice(0, Math.max(1, Math.floor(body.length / 2))) };
    }
    case 'echo-key': {
      const statuses = [500, 400, 401, 429] as const;
      const status = statuses[turn % 4]!;
      return json(status, {
        code: status === 429 ? -10 : -2,
        msg: `rejected header Authorization: ${authorization}`,
      });
    }
    case 'same-place':
      return {
        status: 200,
        body: resultCodeBody(104, '출발지와 도착지가 5 m 이내로 설정된 경우 경로를 탐색할 수 없음'),
      };
    case 'no-route':
      return { status: 200, body: resultCodeBody(102, '출발지 주변 도로 탐색 불가') };
  }
}

const zeroCalls = (): Record<KakaoMobilityReplicaEndpoint, number> => ({
  directions: 0,
  'future/directions': 0,
});

/**
 * Starts the Kakao Mobility replica: a real HTTP server on 127.0.0.1 that answers `/v1/directions` and
 * `/v1/future/directions` in their documented shape with distances and durations from the straight-line
 * distance (slower for a future departure), `result_code` 104 within 5 m and 101 across the sea to Jeju;
 * it checks `Authorization: KakaoAK <key>`, counts requests per endpoint, and fails on demand (see
 * {@link KakaoMobilityFaultMode}).
 *
 * @example
 * const mobility = await createKakaoMobilityReplica({ faults: { mode: 'throttled', afterCalls: 10 } });
 * const driving = kakaoMobilityCommute({ apiKey: mobility.apiKey, baseUrl: mobility.url });
 * await mobility.close();
 */
export async function createKakaoMobilityReplica(
  options: KakaoMobilityReplicaOptions = {},
): Promise<KakaoMobilityReplica> {
  const apiKey = options.apiKey ?? 'kakao-mobility-replica-key';
  const faults = new FaultDraw<KakaoMobilityFaultMode>(options.faults ?? {}, options.seed ?? 2026);
  let calls = zeroCalls();
  let last: Record<string, string> | undefined;
  const server = await startJsonReplica((req, url) => {
    const endpoint = ROUTES[url.pathname];
    if (!endpoint || req.method !== 'GET')
      return { answer: json(404, { code: -2, msg: 'no such API' }), latencyMs: 0 };
    calls[endpoint]++;
    last = Object.fromEntries(url.searchParams);
    const mode = faults.next();
    const authorization = req.headers.authorization ?? '';
    const normal = () => answer(endpoint, url.searchParams);
    const reply =
      authorization !== `KakaoAK ${apiKey}`
        ? json(401, UNAUTHORIZED)
        : ((mode && fault(mode, faults.failed, normal, authorization)) ?? normal());
    return { answer: reply, latencyMs: faults.latencyMs(mode) };
  });
  return {
    url: server.url,
    apiKey,
    calls: () => ({ ...calls }),
    lastQuery: () => (last ? { ...last } : undefined),
    resetCalls: () => {
      calls = zeroCalls();
      last = undefined;
    },
    setFaults: (next) => faults.set(next),
    close: server.close,
  };
}
