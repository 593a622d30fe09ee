// The options and handle of the ODsay replica (see server.ts).
import type { FaultSchedule } from '../_fault-schedule.js';

/**
 * How the ODsay replica fails on demand: 'unauthorized' → `[ApiKeyAuthFailed]`; 'quota' → a
 * `[LimitExceeded]` error body (HTTP 200, as ODsay sends its errors); 'throttled' → HTTP 429 with it;
 * 'server-error' → HTTP 500 and 503 by turns; 'slow' → the normal answer after `latencyMs`; 'hang' →
 * no answer at all; 'malformed' → a 200 whose JSON is cut in half; 'echo-key' → failures that quote the
 * key (an auth body, a route whose station names hold it, a 429 and a 500 body with it and the URL, by
 * turns); 'too-near' → -98; 'no-route' → -99.
 */
export type OdsayFaultMode =
  | 'unauthorized'
  | 'quota'
  | 'throttled'
  | 'server-error'
  | 'slow'
  | 'hang'
  | 'malformed'
  | 'echo-key'
  | 'too-near'
  | 'no-route';

/** Faults of the ODsay replica. */
export type OdsayReplicaFaults = FaultSchedule<OdsayFaultMode>;

/** Options of {@link createOdsayReplica}. */
export interface OdsayReplicaOptions {
  /**
   * The key the replica accepts as the `apiKey` query parameter.
   * @default 'odsay-replica-key/7Qz+w1'
   */
  apiKey?: string;
  /** Faults from the first call on. @default none */
  faults?: OdsayReplicaFaults;
  /**
   * Seed of fault draws.
   * @default 2026
   */
  seed?: number;
}

/** A running ODsay replica. */
export interface OdsayReplica {
  /** 'http://127.0.0.1:PORT': pass it as `odsayCommute({ baseUrl })`. */
  url: string;
  /** The key it accepts. */
  apiKey: string;
  /** Requests to `searchPubTransPathT` since start or `resetCalls()`, failed ones included. */
  calls(): number;
  resetCalls(): void;
  /** Replaces the faults; `afterCalls` counts from now. */
  setFaults(faults: OdsayReplicaFaults): void;
  /** Stops listening and drops open connections (hanging ones included). */
  close(): Promise<void>;
}
