import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback, PendingTimers } from '../_loopback-server.js';
import {
  answerAddressSearch,
  answerCoord2Address,
  answerCoord2RegionCode,
  answerKeywordSearch,
} from './answers.js';
import { KakaoFaultInjector, type KakaoReplicaResponse, UNAUTHORIZED_BODY } from './faults.js';
import type { KakaoReplica, KakaoReplicaEndpoint, KakaoReplicaOptions } from './types.js';

const ROUTES: Readonly<Record<string, KakaoReplicaEndpoint>> = {
  '/v2/local/search/address.json': 'search/address',
  '/v2/local/search/keyword.json': 'search/keyword',
  '/v2/local/geo/coord2address.json': 'coord2address',
  '/v2/local/geo/coord2regioncode.json': 'coord2regioncode',
};

const zeroCalls = (): Record<KakaoReplicaEndpoint, number> => ({
  'search/address': 0,
  'search/keyword': 0,
  coord2address: 0,
  coord2regioncode: 0,
});

function json(status: number, value: unknown): KakaoReplicaResponse {
  return { status, body: JSON.stringify(value) };
}

function missing(name: string): KakaoReplicaResponse {
  return json(400, { errorType: 'MissingParameter', message: `${name} parameter required` });
}

/** The normal answer of one endpoint. */
function answer(endpoint: KakaoReplicaEndpoint, params: URLSearchParams): KakaoReplicaResponse {
  if (endpoint === 'search/address' || endpoint === 'search/keyword') {
    const query = params.get('query')?.trim();
    if (!query) return missing('query');
    return json(200, endpoint === 'search/address' ? answerAddressSearch(query) : answerKeywordSearch(query));
  }
  const x = Number(params.get('x'));
  const y = Number(params.get('y'));
  if (!params.get('x')) return missing('x');
  if (!params.get('y')) return missing('y');
  if (!Number.isFinite(x) || !Number.isFinite(y))
    return json(400, { errorType: 'InvalidArgument', message: 'x or y is not a number' });
  const at = { lat: y, lng: x };
  return json(200, endpoint === 'coord2address' ? answerCoord2Address(at) : answerCoord2RegionCode(at));
}

/**
 * Starts the Kakao Local replica: a real HTTP server on 127.0.0.1 that answers `search/address`,
 * `search/keyword`, `geo/coord2address` and `geo/coord2regioncode` in their documented shapes
 * (https://developers.kakao.com/docs/latest/ko/local/dev-guide) from a deterministic table — every synthetic
 * workplace at the coordinates the site replica gives it, every 시도/시군구/읍면동 at its centroid — and fails on
 * demand (401, 429, quota -10, 5xx, slow, cut JSON). It checks `Authorization: KakaoAK <key>` as Kakao does.
 *
 * @example
 * const kakao = await createKakaoReplica({ faults: { mode: 'quota', afterCalls: 100 } });
 * const geocoder = kakaoGeocoder({ apiKey: kakao.apiKey, baseUrl: kakao.url });
 * await kakao.close();
 */
export async function createKakaoReplica(options: KakaoReplicaOptions = {}): Promise<KakaoReplica> {
  const apiKey = options.apiKey ?? 'kakao-replica-key';
  const faults = new KakaoFaultInjector(options.faults ?? {}, options.seed ?? 2026);
  let calls = zeroCalls();
  const timers = new PendingTimers();

  const send = (res: ServerResponse, response: KakaoReplicaResponse) => {
    const body = Buffer.from(response.body, 'utf8');
    res.writeHead(response.status, {
      'content-type': 'application/json;charset=UTF-8',
      'content-length': String(body.length),
    });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const endpoint = ROUTES[url.pathname];
    if (!endpoint || req.method !== 'GET') {
      send(res, json(404, { errorType: 'NotFound', message: 'no such API' }));
      return;
    }
    calls[endpoint]++;
    const mode = faults.next();
    let response: KakaoReplicaResponse;
    if (req.headers.authorization !== `KakaoAK ${apiKey}`)
      response = { status: 401, body: UNAUTHORIZED_BODY };
    else
      response =
        (mode && faults.respond(mode, () => answer(endpoint, url.searchParams).body)) ||
        answer(endpoint, url.searchParams);
    const latency = faults.latencyMs(mode);
    if (latency <= 0) return send(res, response);
    timers.later(latency, () => send(res, response));
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      // A replica bug answers 500 rather than hanging the client.
      if (!res.headersSent)
        send(res, json(500, { errorType: 'InternalServerError', message: 'replica error' }));
    }
  });
  const url = await listenOnLoopback(server);

  return {
    url,
    apiKey,
    calls: () => ({ ...calls }),
    resetCalls: () => {
      calls = zeroCalls();
    },
    setFaults: (next) => faults.set(next),
    close: () => closeLoopback(server, timers),
  };
}
