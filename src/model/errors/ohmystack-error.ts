/** Stable, machine-readable kinds of failure; the `code` of every {@link OhmystackError}. */
export type ErrorCode =
  | 'parse_failed'
  | 'validation_failed'
  | 'missing_option'
  | 'http_status'
  | 'network'
  | 'timeout'
  | 'body_too_large'
  | 'offsite_url'
  | 'private_network'
  | 'robots_disallowed'
  | 'quota_exceeded'
  | 'auth_failed'
  | 'sink_write_failed'
  | 'query_failed'
  | 'capability_missing'
  | 'invalid_config'
  | 'invalid_profile'
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

/**
 * What the details of every ohmystack error may hold besides its own fields: the context, the cause and
 * a hint that replaces the class's default one.
 */
export interface ErrorDetails extends ErrorContext {
  /** What to do next; replaces the hint the class would give. */
  hint?: string;
  /** The error (or abort reason) behind this one; becomes `error.cause`. */
  cause?: unknown;
}

/** What {@link OhmystackError} is built from: the message, the code and whether a retry may help. */
export interface OhmystackErrorDetails extends ErrorDetails {
  /** What happened, without the `[ohmystack:<scope>]` prefix or the hint; both are added. */
  message: string;
  code: ErrorCode;
  /** @default false */
  retryable?: boolean;
}

/** @deprecated Use {@link OhmystackErrorDetails}, which also holds the message. */
export type OhmystackErrorOptions = Omit<OhmystackErrorDetails, 'message'>;

// A brand survives the ESM/CJS double-package hazard where two copies of this class coexist
// and `instanceof` fails between them (ky checks error names for the same reason).
const BRAND = Symbol.for('ohmystack.error');

/**
 * The base of every error ohmystack throws: a stable `code`, whether a retry may help, and a hint
 * that says what to do next. Messages read `[ohmystack:<scope>] what happened; hint`, the scope being
 * the source, sink or provider; key-like query parameters are redacted from `url`.
 *
 * @example
 * new OhmystackError({ message: 'invalid table "공고"', code: 'validation_failed', sink: 'sql' }).message
 * // '[ohmystack:sql] invalid table "공고"'
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

  constructor(details: OhmystackErrorDetails) {
    const scope = details.source ?? details.sink ?? details.provider;
    const prefix = scope ? `[ohmystack:${scope}]` : '[ohmystack]';
    const url = details.url === undefined ? undefined : redactUrl(details.url);
    super(`${prefix} ${details.message}${details.hint ? `; ${details.hint}` : ''}`, { cause: details.cause });
    this.code = details.code;
    this.retryable = details.retryable ?? false;
    this.hint = details.hint;
    this.source = details.source;
    this.url = url;
    this.runId = details.runId;
    this.sink = details.sink;
    this.provider = details.provider;
  }
}

/** Query parameters whose values are keys: masked in every URL an error shows, and known to the HTTP client's scrubber. */
export const SECRET_PARAM_NAMES: readonly string[] = [
  'access-key',
  'access_key',
  'apikey',
  'api_key',
  'key',
  'token',
  'secret',
  'signature',
];

const SECRET_PARAMS = new RegExp(`([?&](?:${SECRET_PARAM_NAMES.join('|')})=)[^&#]*`, 'gi');

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
