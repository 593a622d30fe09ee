// The options and handle of the Kakao Local replica (see server.ts).

/** The endpoints the replica answers, as `calls()` counts them. */
export type KakaoReplicaEndpoint = 'search/address' | 'search/keyword' | 'coord2address' | 'coord2regioncode';

/** How the replica fails on demand, with the bodies Kakao sends for each failure. */
export type KakaoFaultMode = 'unauthorized' | 'throttled' | 'quota' | 'server-error' | 'slow' | 'malformed';

/** Faults of the Kakao replica. */
export interface KakaoReplicaFaults {
  /**
   * 'unauthorized' → 401 AccessDeniedError; 'throttled' → 429 RequestThrottled; 'quota' → 400 `{code:-10}`;
   * 'server-error' → 500 and 503 by turns; 'slow' → the normal answer after `latencyMs`; 'malformed' → a
   * 200 whose JSON is cut in half.
   * @default none
   */
  mode?: KakaoFaultMode;
  /**
   * Share (0..1) of eligible calls that fail; draws are seeded, so the same calls fail every run.
   * @default 1
   */
  rate?: number;
  /**
   * Calls (to any endpoint, counted from when these faults were set) answered normally before failures
   * start: a quota running out mid-run.
   * @default 0
   */
  afterCalls?: number;
  /**
   * Delay before every answer, ms ('slow' mode uses 1000 when unset).
   * @default 0
   */
  latencyMs?: number;
}

/** Options of {@link createKakaoReplica}. */
export interface KakaoReplicaOptions {
  /**
   * The REST API key the replica accepts in `Authorization: KakaoAK <key>`.
   * @default 'kakao-replica-key'
   */
  apiKey?: string;
  /** Faults from the first call on. @default none */
  faults?: KakaoReplicaFaults;
  /**
   * Seed of fault draws.
   * @default 2026
   */
  seed?: number;
}

/** A running Kakao replica. */
export interface KakaoReplica {
  /** 'http://127.0.0.1:PORT': pass it as `kakaoGeocoder({ baseUrl })`. */
  url: string;
  /** The key it accepts. */
  apiKey: string;
  /** Requests per endpoint since start or `resetCalls()`, failed ones included. */
  calls(): Record<KakaoReplicaEndpoint, number>;
  resetCalls(): void;
  /** Replaces the faults; `afterCalls` counts from now. */
  setFaults(faults: KakaoReplicaFaults): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}
