// What a request carries that must never come back out of the client: the values of headers that
// authenticate (Authorization and its token, cookies, API-key headers), of key-like query parameters
// and of password-like form fields. The client's scrubber learns them before the request is sent, so a
// server that echoes one into a body, a header or an error message cannot hand it to the caller.
// Every body the client reads passes that scrubber, so a value an adapter or a site chose (a query
// `key=java`, a cookie `consent=true`) is learned only when it looks like a credential: masking 'true'
// in every JSON answer would break them all.
import { SECRET_PARAM_NAMES } from '../model/errors/ohmystack-error.js';
import type { RequestSpec } from './types.js';

const SECRET_PARAMS: ReadonlySet<string> = new Set(SECRET_PARAM_NAMES);
/** Headers whose whole value is a credential. */
const SECRET_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization', 'cookie']);
/** Other headers named as holding a key, a token or a secret (X-Api-Key, X-Auth-Token, X-Client-Secret). */
const SECRET_HEADER_NAME = /key|token|secret|password/i;
/** Form fields of a login: a password, a token, a key. */
const SECRET_FIELD_NAME = /pass|pw$|token|secret|key/i;

/** Passwords shorter than this are not learned: masking a short word would garble the bodies read. */
const MIN_PASSWORD_LENGTH = 8;

/**
 * True for a value that looks generated rather than written: long, or mixing letters and digits. Real
 * keys, tokens and session ids do; words, flags and plain numbers do not.
 */
function looksLikeCredential(value: string): boolean {
  if (/\s/.test(value.trim())) return false;
  return value.length >= 20 || (value.length >= 8 && /\d/.test(value) && /[a-z]/i.test(value));
}

/**
 * Returns the secret values `spec` carries when sent to `url` with `cookie` (the jar's Cookie header):
 * each authenticating header's value and its token after the scheme ('KakaoAK …', 'Bearer …'); a Basic
 * credential's password and password-like form fields of 8 characters or more; cookie values and
 * key-like query parameters when they look like credentials.
 *
 * @example requestSecrets({ kind: 'detail', url: 'https://dapi.kakao.com/x', headers: { Authorization: 'KakaoAK k3y-value' }, responseType: 'json' }, new URL('https://dapi.kakao.com/x'))
 * // ['KakaoAK k3y-value', 'k3y-value']
 */
export function requestSecrets(spec: RequestSpec, url: URL, cookie?: string): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(spec.headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'cookie') found.push(value, ...cookieValues(value).filter(looksLikeCredential));
    else if (SECRET_HEADERS.has(lower)) found.push(value, ...credentialParts(value));
    else if (SECRET_HEADER_NAME.test(lower)) found.push(value);
  }
  if (cookie) found.push(...cookieValues(cookie).filter(looksLikeCredential));
  for (const [name, value] of url.searchParams)
    if (SECRET_PARAMS.has(name.toLowerCase()) && looksLikeCredential(value)) found.push(value);
  for (const [name, value] of Object.entries(spec.form ?? {}))
    if (SECRET_FIELD_NAME.test(name) && value.length >= MIN_PASSWORD_LENGTH) found.push(value);
  return found.filter((value) => value.trim() !== '');
}

/** The token after an Authorization scheme, and the password of a Basic credential. */
function credentialParts(value: string): string[] {
  const match = /^\s*(\S+)\s+(\S.*?)\s*$/.exec(value);
  if (!match) return [];
  const [, scheme, token] = match as unknown as [string, string, string];
  if (scheme.toLowerCase() !== 'basic') return [token];
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return decoded.includes(':') && password.length >= MIN_PASSWORD_LENGTH ? [token, password] : [token];
}

/** The value of each `name=value` of a Cookie header. */
function cookieValues(header: string): string[] {
  return header
    .split(';')
    .map((pair) => pair.slice(pair.indexOf('=') + 1).trim())
    .filter((value) => value !== '');
}
