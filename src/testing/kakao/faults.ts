// Faults of the Kakao replica, with the bodies Kakao sends (its Local API's `{ errorType, message }` and the
// platform's `{ code, msg }`, https://developers.kakao.com/docs/latest/ko/rest-api/error-code). Draws depend
// on the seed and the call's number since the faults were set, so a run sees the same failures every time.
import type { KakaoFaultMode, KakaoReplicaFaults } from './types.js';

/** An answer the server writes as is. */
export interface KakaoReplicaResponse {
  status: number;
  body: string;
}

/** The 401 Kakao sends for a missing or unknown key. */
export const UNAUTHORIZED_BODY = '{"errorType":"AccessDeniedError","message":"cannot find appKey"}';
const THROTTLED_BODY = '{"errorType":"RequestThrottled","message":"API limit has been exceeded."}';
// Platform code -10 comes with HTTP 400, not 429.
const QUOTA_BODY = '{"code":-10,"msg":"API limit has been exceeded. (daily quota)"}';

function draw(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
  return ((hash ^ (hash >>> 13)) >>> 0) / 4294967296;
}

/** Decides, call by call, whether the replica fails and how. */
export class KakaoFaultInjector {
  private calls = 0;

  constructor(
    private faults: KakaoReplicaFaults,
    private readonly seed: number,
  ) {}

  /** Replaces the faults; `afterCalls` counts from now. */
  set(faults: KakaoReplicaFaults): void {
    this.faults = faults;
    this.calls = 0;
  }

  /** The delay before this answer, ms. */
  latencyMs(mode: KakaoFaultMode | undefined): number {
    return this.faults.latencyMs ?? (mode === 'slow' ? 1000 : 0);
  }

  /** Returns the fault mode of the next call, or undefined when it is answered normally. */
  next(): KakaoFaultMode | undefined {
    const n = ++this.calls;
    const { mode, rate = 1, afterCalls = 0 } = this.faults;
    if (!mode || n <= afterCalls) return undefined;
    return draw(`${this.seed}|${n}`) < rate ? mode : undefined;
  }

  /** Returns the failing answer of a mode, given the normal body (cut for 'malformed'); undefined for 'slow'. */
  respond(mode: KakaoFaultMode, normalBody: () => string): KakaoReplicaResponse | undefined {
    switch (mode) {
      case 'unauthorized':
        return { status: 401, body: UNAUTHORIZED_BODY };
      case 'throttled':
        return { status: 429, body: THROTTLED_BODY };
      case 'quota':
        return { status: 400, body: QUOTA_BODY };
      case 'server-error':
        return this.calls % 2 === 0
          ? { status: 503, body: '{"errorType":"ServiceUnavailable","message":"service unavailable"}' }
          : { status: 500, body: '{"errorType":"InternalServerError","message":"internal error"}' };
      case 'malformed': {
        const body = normalBody();
        return { status: 200, body: body.slice(0, Math.max(1, Math.floor(body.length / 2))) };
      }
      case 'slow':
        return undefined;
    }
  }
}
