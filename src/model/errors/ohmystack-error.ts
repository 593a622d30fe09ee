/** Stable, machine-readable kinds of failure; the `code` of every {@link OhmystackError}. */
export type ErrorCode =
  | 'parse_failed'
  | 'validation_failed'
  | 'missing_option'
  | 'http_status'
  | 'network'
  | 'timeout'
  | 'robots_disallowed'
  | 'quota_exceeded'
  | 'auth_failed'
  | 'sink_write_failed'
  | 'query_failed'
  | 'capability_missing'
  | 'invalid_config'
  | 'run_locked'
  | 'aborted';

/** Context every error may carry; each field is optional because not every error has it. */
export interface ErrorContext {
  source?: string;
  url?: string;
  runId?: string;
  sink?: string;
  provider?: string;
}

export interface OhmystackErrorOptions extends ErrorContext {
  code: ErrorCode;
  retryable?: boolean;
  hint?: string;
  cause?: unknown;
}

// A brand survives the ESM/CJS double-package hazard where two copies of this class coexist
// and `instanceof` fails between them (ky checks error names for the same reason).
const BRAND = Symbol.for('ohmystack.error');

/**
 * The base of every error ohmystack throws: a stable `code`, whether a retry may help, and a hint
 * that says what to do next. Messages read `[ohmystack:<scope>] what happened; hint`.
 */
export class OhmystackError extends Error {
  override name = 'OhmystackError';
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly hint: string | undefined;
  readonly source: string | undefined;
  readonly url: string | undefined;
  readonly runId: string | undefined;
  readonly sink: string | undefined;
  readonly provider: string | undefined;
  readonly [BRAND] = true;

  constructor(message: string, options: OhmystackErrorOptions) {
    const scope = options.source ?? options.sink ?? options.provider;
    const prefix = scope ? `[ohmystack:${scope}]` : '[ohmystack]';
    const url = options.url === undefined ? undefined : redactUrl(options.url);
    super(`${prefix} ${message}${options.hint ? `; ${options.hint}` : ''}`, { cause: options.cause });
    this.code = options.code;
    this.retryable = options.retryable ?? false;
    this.hint = options.hint;
    this.source = options.source;
    this.url = url;
    this.runId = options.runId;
    this.sink = options.sink;
    this.provider = options.provider;
  }
}

const SECRET_PARAMS = /([?&](?:access-key|access_key|apikey|api_key|key|token|secret|signature)=)[^&#]*/gi;

/** Returns `url` with the values of key-like query parameters replaced by `***`. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1***');
}

/** True for any ohmystack error, even one thrown by another copy of the package (ESM beside CJS). */
export function isOhmystackError(value: unknown): value is OhmystackError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** True when retrying the failed operation may succeed (rate limits, 5xx, network hiccups). */
export function isRetryable(value: unknown): boolean {
  return isOhmystackError(value) && value.retryable;
}
