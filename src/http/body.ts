// Reading answer bodies: text decoded by the charset the site declares (a few Korean sites still send
// EUC-KR), and short, safe copies of bodies for errors and quarantine.

/** At most this many characters of a body are kept in errors and quarantine entries. */
export const BODY_SNIPPET_CHARS = 2048;

/**
 * Returns the body of `response` as text, decoded with the `charset` of its Content-Type (UTF-8 when
 * absent or unknown to this runtime).
 *
 * @throws whatever reading the stream throws (a reset connection, an abort).
 * @example await decodeBody(response) // '<html lang="ko">…'
 */
export async function decodeBody(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8 rather than fail the request.
    }
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Returns `text` cut to {@link BODY_SNIPPET_CHARS} characters, with '…' when it was longer.
 *
 * @example truncateBody('x'.repeat(5000)).length // 2049
 */
export function truncateBody(text: string): string {
  return text.length > BODY_SNIPPET_CHARS ? `${text.slice(0, BODY_SNIPPET_CHARS)}…` : text;
}

/**
 * Returns an error answer's body for {@link HttpStatusError}: the parsed JSON when the text is short
 * JSON (so `isGone(status, body)` can read `{ code: 'C003' }`), else the text truncated to ~2 KB.
 *
 * @example errorBody('{"code":"C003"}') // { code: 'C003' }
 */
export function errorBody(text: string): unknown {
  if (text.length <= BODY_SNIPPET_CHARS) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return truncateBody(text);
}
