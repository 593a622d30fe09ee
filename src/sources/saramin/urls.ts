import { isRecord, readId, valueAt } from '../_read-values.js';

/** The site id of every Saramin RawPosting. */
export const SARAMIN_SOURCE = 'saramin';

/**
 * Returns the public page of a Saramin posting, keyed by its `rec_idx`.
 *
 * @example saraminJobUrl('41232704') // 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=41232704'
 */
export function saraminJobUrl(id: string): string {
  return `https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=${encodeURIComponent(id)}`;
}

/**
 * Returns the public page of a raw item whose `id` can be read, else undefined (for quarantine entries).
 *
 * @example saraminUrlOf({ id: '41232704' }) // 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=41232704'
 */
export function saraminUrlOf(raw: unknown): string | undefined {
  const id = readId(valueAt(raw, ['id']));
  return id === undefined || !/^\d+$/.test(id) ? undefined : saraminJobUrl(id);
}

// 'access-key=abc', 'access_key=abc', URL-encoded 'access-key%3Dabc' — the Open API key, which Saramin
// takes as a query parameter.
const ACCESS_KEY = /(access[-_]key(?:=|%3D))[^&#\s"'<>]*/gi;

/** What replaces a secret. */
export const REDACTED = '[redacted]';

/**
 * Returns `value` with every `access-key=…` query value (and the literal `key`, when given) replaced by
 * '[redacted]' in every string, however deep: the Open API key must never reach a RawPosting, a
 * quarantine entry or an error message.
 *
 * @example redactAccessKey({ url: 'https://oapi.saramin.co.kr/job-search?access-key=abc&count=10' })
 * // { url: 'https://oapi.saramin.co.kr/job-search?access-key=[redacted]&count=10' }
 */
export function redactAccessKey<T>(value: T, key?: string): T {
  const secret = key !== undefined && key.length >= 4 ? key : undefined;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const scrubbed = v.replace(ACCESS_KEY, `$1${REDACTED}`);
      return secret === undefined ? scrubbed : scrubbed.split(secret).join(REDACTED);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, inner]) => [walk(k), walk(inner)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * Returns the company id (`csn`) of a Saramin company link, else undefined.
 *
 * @example csnOf('/zf_user/company-info/view?csn=QkVqM2FZ&popup_yn=y') // 'QkVqM2FZ'
 */
export function csnOf(href: string | null | undefined): string | undefined {
  const match = href?.match(/[?&]csn=([^&#]+)/);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    // A malformed escape is kept as written: the id is still unique.
    return match[1];
  }
}
