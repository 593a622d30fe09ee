// The options and handle of the Kakao Mobility replica (see server.ts).
import type { FaultSchedule } from '../_fault-schedule.js';

/** The endpoints the replica answers, as `calls()` counts them. */
export type KakaoMobilityReplicaEndpoint = 'directions' | 'future/directions';

/**
 * How the Kakao Mobility replica fails on demand: 'unauthorized' → 401 `{code:-401}`; 'quota' → 400
 * `{code:-10}`; 'throttled' → 429 `{code:-10}`; 'server-error' → 500 and 503 by turns; 'slow' → the
 * normal answer after `latencyMs`; 'hang' → no answer at all; 'malformed' → a 200 whose JSON is cut in
 * half; 'echo-key' → failures that quote the Authorization header (400, 401, 429, 500 by turns);
 * 'same-place' → `result_code` 104; 'no-route' → `result_code` 102 (no road near the origin).
 */
export type KakaoMobilityFaultMode =
  | 'unauthorized'
  | 'quota'
  | 'throttled'
  | 'server-error'
  | 'slow'
  | 'hang'
  | 'malformed'
  | 'echo-key'
  | 'same-place'
  | 'no-route';

/** Faults of the Kakao Mobility replica. */
export type KakaoMobilityReplicaFaults = FaultSchedule<KakaoMobilityFaultMode>;

/** Options of {@link createKakaoMobilityReplica}. */
export interface KakaoMobilityReplicaOptions {
  /**
   * The REST API key the replica accepts in `Authorization: KakaoAK <key>`.
   * @default 'kakao-mobility-replica-key'
   */
  apiKey?: string;
  /** Faults from the first call on. @default none */
  faults?: KakaoMobilityReplicaFaults;
  /**
   * Seed of fault draws.
   * @default 2026
   */
  seed?: number;
}

/** A running Kakao Mobility replica. */
export interface KakaoMobilityReplica {
  /** 'http://127.0.0.1:PORT': pass it as `kakaoMobilityCommute({ baseUrl })`. */
  url: string;
  /** The key it accepts. */
  apiKey: string;
  /** Requests per endpoint since start or `resetCalls()`, failed ones included. */
  calls(): Record<KakaoMobilityReplicaEndpoint, number>;
  /** The query of the last request (origin, destination, priority, departure_time), or undefined. */
  lastQuery(): Record<string, string> | undefined;
  resetCalls(): void;
  /** Replaces the faults; `afterCalls` counts from now. */
  setFaults(faults: KakaoMobilityReplicaFaults): void;
  /** Stops listening and drops open connections (hanging ones included). */
  close(): Promise<void>;
}
